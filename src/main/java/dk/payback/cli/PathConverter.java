package dk.payback.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Paths from the command line. An empty argument (a shell variable that was not set) would be the
 * current folder, read recursively: a usage error is kinder.
 */
final class PathConverter implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("an empty path: give a case file or a folder of cases, such as cases");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
    }
  }
}
