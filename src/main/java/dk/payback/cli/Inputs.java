package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.load.CaseLoader;
import dk.payback.model.PaybackException;
import dk.payback.model.Diagnostic;
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

  /**
   * The cases, loaded and computed, each figure once.
   *
   * @throws PaybackException with every input error of every file, or amounts too large to add up
   */
  static Analysis analyse(List<Path> paths) {
    LoadResult result = read(paths);
    if (!result.ok()) {
      throw PaybackException.input(result.errors());
    }
    return Analysis.of(result.cases());
  }

  static void printErrors(LoadResult result, PrintWriter err) {
    ExitCode.printErrors(result.errors(), err);
  }
}
