package dk.payback.cli;

import dk.payback.load.CaseLoader;
import dk.payback.load.Diagnostic;
import dk.payback.load.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads the cases for a command and reports input errors the same way for every command. */
final class Inputs {

  static final String DEFAULT_FOLDER = "cases";

  private Inputs() {}

  static List<Path> orDefault(List<Path> paths) {
    return paths == null || paths.isEmpty() ? List.of(Path.of(DEFAULT_FOLDER)) : paths;
  }

  /** Reads the cases, defaulting to cases/; the result may carry input errors. */
  static LoadResult read(List<Path> paths) {
    return CaseLoader.load(orDefault(paths));
  }

  /** The result, or empty after printing every input error to {@code err}. */
  static Optional<LoadResult> load(List<Path> paths, PrintWriter err) {
    LoadResult result = read(paths);
    if (result.ok()) {
      return Optional.of(result);
    }
    printErrors(result, err);
    return Optional.empty();
  }

  /** Every input error, compiler style, then how many there were. */
  static void printErrors(LoadResult result, PrintWriter err) {
    printErrors(result.errors(), err);
  }

  static void printErrors(List<Diagnostic> errors, PrintWriter err) {
    for (Diagnostic d : errors) {
      err.println(d.format());
    }
    long files = errors.stream().map(d -> d.location().file()).distinct().count();
    err.println(
        errors.size() + (errors.size() == 1 ? " error" : " errors") + " in " + files
            + (files == 1 ? " file" : " files") + "; nothing was computed");
  }
}
