package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.model.CaseSet;
import dk.payback.model.PaybackException;
import dk.payback.model.Proposal;
import dk.payback.util.Similar;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The proposals a command is about, named by ID, by case file or folder, or both: {@code show
 * HA02}, {@code show mine/XY01.yaml}, {@code show --cases mine XY01}. IDs are looked up without
 * regard to case among the cases read, which are the files and folders named (and {@code --cases}),
 * or the cases folder.
 */
final class ProposalArguments {

  @Parameters(
      paramLabel = "ID|PATH",
      arity = "0..*",
      description = "Proposal IDs such as HA02 (case-insensitive), or case files or folders.")
  List<String> arguments;

  @Option(
      names = "--cases",
      paramLabel = "PATH",
      description = "Case files or folders to look in. Default: cases")
  List<Path> cases;

  /** The case files and folders to read. */
  List<Path> paths() {
    List<Path> paths = new ArrayList<>(cases == null ? List.of() : cases);
    for (String a : arguments()) {
      if (isPath(a)) {
        paths.add(Path.of(a));
      }
    }
    return paths;
  }

  /** The IDs asked for, in order. */
  List<String> ids() {
    return arguments().stream().filter(a -> !isPath(a)).toList();
  }

  private List<String> arguments() {
    return arguments == null ? List.of() : arguments;
  }

  /** A case file's name, anything with a folder in it, or a folder that is there: never an ID. */
  private static boolean isPath(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml")
        || lower.endsWith(".yml")
        || argument.contains("/")
        || argument.contains("\\")) {
      return true;
    }
    try {
      return Files.isDirectory(Path.of(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * The proposals asked for, in the order asked; every proposal read, in the overview's order,
   * where no ID is given.
   *
   * @throws PaybackException naming every ID that is not there, where it looked, and the nearest
   *     IDs
   */
  List<Proposal> find(Analysis analysis) {
    List<String> ids = ids();
    CaseSet set = analysis.cases();
    if (ids.isEmpty()) {
      return analysis.overview().proposals();
    }
    List<Proposal> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      Optional<Proposal> p = set.find(id);
      if (p.isPresent()) {
        found.add(p.get());
      } else {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw PaybackException.usage(notFound(unknown, set));
    }
    return found;
  }

  private String notFound(List<String> unknown, CaseSet set) {
    List<Path> searched = paths().isEmpty() ? List.of(Path.of(Inputs.DEFAULT_FOLDER)) : paths();
    List<String> known = set.proposals().stream().map(Proposal::id).sorted().toList();
    List<String> near = new ArrayList<>();
    unknown.forEach(
        id ->
            Similar.closest(id, known, 3).stream()
                .filter(n -> !near.contains(n))
                .forEach(near::add));
    return "no proposal with ID "
        + String.join(", ", unknown.stream().map(id -> "'" + id + "'").toList())
        + " in "
        + String.join(", ", searched.stream().map(Path::toString).toList())
        + (near.isEmpty()
            ? "; the IDs there are " + String.join(", ", known) + "."
            : "; did you mean " + String.join(", ", near) + "?")
        + " To look elsewhere, name the case file or folder, such as --cases path/to/cases";
  }
}
