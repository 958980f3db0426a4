package dk.payback.cli;

import dk.payback.load.CaseSkeleton;
import dk.payback.load.OtherWords;
import dk.payback.load.YearList;
import dk.payback.model.Diagnostic;
import dk.payback.model.PaybackException;
import dk.payback.model.ProposalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Write the skeleton of a new proposal, cases/ID.yaml: every key, with the template's words,"
          + " and zero amounts that already pass check. Never overwrites a file."
    },
    footer = {
      "",
      "Example:  payback new XY01 --years 2025-2029 --title 'Ny visitationsmodel'",
      "          payback new IN02 --type innovation -o mine/IN02.yaml"
    })
final class NewCommand implements Callable<Integer> {

  /** As the real cases' IDs are: letters, then digits (HA02, BU10). */
  private static final Pattern ID = Pattern.compile("[A-Za-z]{1,20}[0-9]{1,20}");

  private static final int DEFAULT_YEARS = 5;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "The proposal's ID: letters, then digits, such as XY01.")
  String id;

  @Option(
      names = "--years",
      paramLabel = "YEARS",
      description =
          "The years of table 1.1: 2025-2029 or 2025,2026,2027. Default: the five years after this one.")
  String years;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The proposal's title (Forslagets titel).")
  String title = "Forslagets titel";

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "investment (default) or innovation.")
  String type = ProposalType.INVESTMENT.key();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write it. Default: cases/ID.yaml")
  Path output;

  @Override
  public Integer call() {
    if (!ID.matcher(id).matches()) {
      throw PaybackException.usage(
          "the ID '" + id + "' is not like a proposal's: write letters, then digits, such as XY01");
    }
    ProposalType kind =
        ProposalType.fromKey(type)
            .orElseThrow(
                () ->
                    PaybackException.usage(
                        "--type "
                            + type
                            + " is no type of proposal"
                            + OneOf.didYouMean(
                                type,
                                Stream.of(ProposalType.values()).map(ProposalType::key).toList(),
                                w -> OtherWords.meant("type", w).orElse(null))
                            + ": write investment or innovation"));
    if (title.isBlank() || title.codePoints().anyMatch(Character::isISOControl)) {
      throw PaybackException.usage(
          "--title is one line of text, such as --title 'Ny visitationsmodel'");
    }
    List<Integer> columns =
        years == null
            ? nextYears()
            : YearList.parse(years)
                .orElseThrow(
                    () ->
                        PaybackException.usage(
                            "--years "
                                + years
                                + " is not a run of years: write 2025-2029 or 2025,2026,2027"));
    Path target = output == null ? Path.of(Inputs.DEFAULT_FOLDER, id + ".yaml") : output;
    refuse(target);
    String text = CaseSkeleton.of(id, kind, columns, title.strip(), schema(target));
    List<Diagnostic> problems = CaseSkeleton.problems(target.toString(), text);
    if (!problems.isEmpty()) {
      // Only what was given can make the skeleton unreadable: the title, most likely too long.
      Diagnostic d = problems.get(0);
      throw PaybackException.usage(
          "--title: " + d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")"));
    }
    // A new proposal often starts a new folder (cases/ in a fresh directory, mine/): make it.
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw PaybackException.output(
            "cannot make the folder " + folder + " for " + target + ": " + e.getMessage());
      }
    }
    OutputFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    var out = spec.commandLine().getOut();
    out.println(
        "wrote "
            + target
            + ": "
            + (kind == ProposalType.INVESTMENT ? "an investment" : "an innovation")
            + " proposal for "
            + columns.get(0)
            + "-"
            + columns.get(columns.size() - 1)
            + (years == null
                ? " (the " + DEFAULT_YEARS + " years after this one; --years to choose others)"
                : ""));
    out.println(
        "next: fill in the lines and the stated figures, then run: payback check " + target);
    return ExitCode.OK;
  }

  private static List<Integer> nextYears() {
    int next = Year.now().getValue() + 1;
    return IntStream.range(next, next + DEFAULT_YEARS).boxed().toList();
  }

  /**
   * A case's file is named by its ID, or check reports it; and a file once written is the writer's.
   */
  private void refuse(Path target) {
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.equals(id.toLowerCase(Locale.ROOT) + ".yaml")
        && !lower.equals(id.toLowerCase(Locale.ROOT) + ".yml")) {
      Path folder = target.getParent();
      throw PaybackException.usage(
          "-o "
              + target
              + ": a case's file is named by its ID; write -o "
              + (folder == null ? Path.of(id + ".yaml") : folder.resolve(id + ".yaml")));
    }
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw PaybackException.usage(
          target
              + " exists already, and payback new never overwrites a file:"
              + " choose another ID, or another folder with -o");
    }
  }

  /**
   * The schema's path from the file's folder, where the file is inside this repository, so that an
   * editor finds it; elsewhere the path the cases use, to be mended by hand.
   */
  private static String schema(Path target) {
    Path folder = target.toAbsolutePath().normalize().getParent();
    for (Path root = folder; root != null; root = root.getParent()) {
      Path schema = root.resolve("src/main/resources/schema/case.schema.json");
      if (Files.isRegularFile(schema)) {
        return folder.relativize(schema).toString().replace('\\', '/');
      }
    }
    return CaseSkeleton.SCHEMA_FROM_CASES;
  }
}
