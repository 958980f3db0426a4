package dk.payback.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The case files and folders a command reads, for the commands that take nothing else as arguments.
 */
final class CasesOption {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Case files or folders (read recursively). Default: cases")
  List<Path> paths;

  List<Path> paths() {
    return paths == null ? List.of() : paths;
  }
}
