package dk.payback.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Paths from the command line, for every command's options. An empty argument (a shell variable
 * that was not set) would be the current folder, read recursively: a usage error is kinder.
 */
final class PathConverter implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("the path is empty (a shell variable that is not set?)");
    }
    Optional<String> undecodable = undecodable(List.of(value));
    if (undecodable.isPresent()) {
      throw new TypeConversionException(undecodable.get());
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
    }
  }

  /**
   * Says so if an argument could not be decoded: the JVM decodes the command line in the locale's
   * encoding and puts U+FFFD for every byte it cannot, so that under LC_ALL=C "sager-ø" arrives as
   * "sager-\uFFFD\uFFFD" and names no file that exists. Nothing the user can retype mends that;
   * only a UTF-8 locale does.
   */
  static Optional<String> undecodable(List<String> args) {
    return args.stream()
        .filter(a -> a.indexOf('\uFFFD') >= 0)
        .findFirst()
        .map(
            a ->
                "the argument '"
                    + a
                    + "' cannot be decoded in the current locale (encoding "
                    + System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name())
                    + "): run payback with a UTF-8 locale, such as LC_ALL=C.UTF-8");
  }
}
