package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.check.Checker;
import dk.payback.check.FailOn;
import dk.payback.check.Revision;
import dk.payback.format.OutputFormat;
import dk.payback.load.GitRevision;
import dk.payback.load.LoadResult;
import dk.payback.model.Diagnostic;
import dk.payback.model.PaybackException;
import dk.payback.view.DiffView;
import dk.payback.view.Documents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show what a change to the proposals does to the money: OLD and NEW are each a case file or"
          + " a folder; with --base, OLD is the same PATHs at a git revision.",
      "Proposals are matched by ID; for each one added, withdrawn or changed: its lines, figures,"
          + " payback, present value, stated figures and check's findings before and after, and the"
          + " overview's totals. Exit 0 whatever changed, 1 when a --fail-on condition holds, 2 on"
          + " invalid input or usage."
    },
    footer = {
      "",
      "Example:  payback diff old-cases cases",
      "          payback diff --base origin/main --format md cases",
      "          payback diff --base main --fail-on payback-increase --fail-on new-findings"
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LayoutOptions layout;

  @Mixin DiscountOptions discount;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "OLD and NEW: two case files or folders; with --base, the case files or folders to"
              + " compare with the revision (default: cases).")
  List<Path> paths;

  @Option(
      names = "--base",
      paramLabel = "REV",
      description =
          "Read the old version from this git revision (a branch such as origin/main, a tag or a"
              + " commit) of the repository the PATHs are in, without touching the work tree.")
  String base;

  @Option(names = "--all", description = "Also list the proposals that did not change.")
  boolean all;

  @Option(
      names = "--fail-on",
      paramLabel = "COND",
      converter = FailOnConverter.class,
      description =
          "Exit 1 when the condition holds: payback-increase, investment-increase[=N|N%%],"
              + " npv-decrease[=N] (thousands of kroner) or new-findings. May be repeated.")
  List<FailOn> failOn = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), md (a pull-request comment), json, github (annotations), html (a page"
              + " to hand round), csv (a row per figure and year) or xlsx (a workbook, with -o);"
              + " without it, from the ending of the -o file, else text.",
      converter = FormatConverter.Diff.class,
      completionCandidates = FormatConverter.Diff.class)
  OutputFormat format;

  @Mixin DocumentOutput out;

  @Override
  public Integer call() {
    OutputFile.refuseFolder(
        spec, "diff." + (format == null || format == OutputFormat.TEXT ? "txt" : format.key()));
    OutputFormat chosen = out.choose(spec, format, Optional.of(OutputFormat.TEXT), "");
    Path output = out.output;
    OutputFile.refuseCaseFileName(output);
    List<Path> given = paths == null ? List.of() : paths;
    LoadResult before;
    LoadResult after;
    String beforeName;
    String afterName;
    if (base == null) {
      if (given.size() != 2) {
        throw PaybackException.usage(
            "give two versions to compare, OLD and NEW (files or folders), or --base REV to"
                + " compare with a git revision; got "
                + given.size()
                + " path"
                + (given.size() == 1 ? "" : "s"));
      }
      beforeName = display(List.of(given.get(0)));
      afterName = display(List.of(given.get(1)));
      before = Inputs.read(List.of(given.get(0)), spec);
      after = Inputs.read(List.of(given.get(1)), spec);
    } else {
      List<Path> read = Inputs.orDefault(given);
      afterName = display(read);
      beforeName = base + ":" + afterName;
      before = GitRevision.load(base, read);
      after = Inputs.read(read, spec);
    }
    OutputFile.refuseInput(output, after);
    List<Diagnostic> errors = new ArrayList<>(before.errors());
    errors.addAll(after.errors());
    if (!errors.isEmpty()) {
      throw PaybackException.input(errors);
    }
    Analysis old = Analysis.of(before.cases());
    Analysis now = Analysis.of(after.cases());
    Revision revision =
        Revision.of(old, Checker.check(old, 0), now, Checker.check(now, 0), discount.discounting());
    List<FailOn.Breach> breaches =
        failOn.stream().flatMap(f -> f.breaches(revision).stream()).toList();
    DiffView view =
        DiffView.of(
            revision,
            all,
            beforeName,
            afterName,
            old.cases().proposals().size(),
            now.cases().proposals().size(),
            breaches,
            layout.language.lang);
    out.print(spec, chosen, layout.formatOptions(output).width(), Documents.diff(view));
    return breaches.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static String display(List<Path> paths) {
    return paths.stream()
        .map(p -> p.toString().replace('\\', '/'))
        .collect(Collectors.joining(" "));
  }

  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
