package dk.payback.cli;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/** An option's value from a closed list, compared without regard to case. */
final class OneOf {

  private OneOf() {}

  /** A value of a closed list, or a usage error listing them. */
  static <T> T of(String value, String what, List<T> values, Function<T, String> key) {
    return values.stream()
        .filter(v -> key.apply(v).equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not "
                        + what
                        + ": use "
                        + values.stream().map(key).collect(Collectors.joining(", "))));
  }
}
