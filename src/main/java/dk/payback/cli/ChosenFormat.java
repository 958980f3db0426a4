package dk.payback.cli;

import dk.payback.format.OutputFormat;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The format a command writes: --format, or what the -o file's name says, which must agree. */
final class ChosenFormat {

  private ChosenFormat() {}

  /**
   * @param format --format, or null
   * @param output -o, or null
   * @param otherwise the format (or the usage error) where neither names one
   */
  static OutputFormat of(
      CommandSpec spec,
      OutputFormat format,
      Path output,
      Supplier<? extends RuntimeException> otherwise) {
    return of(spec, format, output).orElseThrow(otherwise);
  }

  static Optional<OutputFormat> of(CommandSpec spec, OutputFormat format, Path output) {
    Optional<OutputFormat> named =
        output == null || output.getFileName() == null
            ? Optional.empty()
            : OutputFormat.fromFileName(output.getFileName().toString());
    if (format != null) {
      if (named.isPresent() && named.get() != format) {
        throw new ParameterException(
            spec.commandLine(),
            "--format "
                + format.key()
                + " does not match -o "
                + output
                + ", whose name says "
                + named.get().key()
                + ": change one of them");
      }
      return Optional.of(format);
    }
    return named.filter(f -> f != OutputFormat.JUNIT);
  }
}
