package dk.payback.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The file a command that writes documents writes to, instead of standard output. */
final class OutputOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (required for xlsx).")
  Path output;
}
