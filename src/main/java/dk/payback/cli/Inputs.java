package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.PaybackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Reads the cases for a command, the same way for every command. */
final class Inputs {

  static final String DEFAULT_FOLDER = "cases";

  private Inputs() {}

  /**
   * The paths given, or the cases folder where none are.
   *
   * @throws PaybackException where none are given and there is no cases folder here
   */
  static List<Path> orDefault(List<Path> paths) {
    if (paths != null && !paths.isEmpty()) {
      return paths;
    }
    Path folder = Path.of(DEFAULT_FOLDER);
    if (!Files.exists(folder)) {
      throw PaybackException.usage(
          "there is no '"
              + DEFAULT_FOLDER
              + "' folder here: give the case files or folders"
              + " to read, such as payback summary path/to/cases");
    }
    return List.of(folder);
  }

  /**
   * Reads the cases, with a line on the command's standard error while a long run reads them; the
   * result may carry input errors.
   */
  static LoadResult read(List<Path> paths, CommandSpec command) {
    List<Path> read = orDefault(paths);
    try (ProgressLine line = ProgressLine.on(command.commandLine().getErr())) {
      return CaseLoader.loadWithProgress(read, line);
    }
  }

  /**
   * Reads the cases.
   *
   * @throws PaybackException with every input error of every file
   */
  static LoadResult load(List<Path> paths, CommandSpec command) {
    LoadResult result = read(paths, command);
    if (!result.ok()) {
      throw PaybackException.input(result.errors());
    }
    return result;
  }

  /**
   * The cases, loaded and computed, each figure once.
   *
   * @throws PaybackException with every input error of every file, or amounts too large to add up
   */
  static Analysis analyse(List<Path> paths, CommandSpec command) {
    return Analysis.of(load(paths, command).cases());
  }
}
