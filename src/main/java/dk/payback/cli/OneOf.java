package dk.payback.cli;

import dk.payback.util.Similar;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/** An option's value from a closed list, compared without regard to case. */
final class OneOf {

  private OneOf() {}

  /** A value of a closed list, or a usage error listing them. */
  static <T> T of(String value, String what, List<T> values, Function<T, String> key) {
    return of(value, what, values, key, w -> null);
  }

  /**
   * @param otherName the key another name for a value stands for, or null, for the suggestion
   */
  static <T> T of(
      String value,
      String what,
      List<T> values,
      Function<T, String> key,
      Function<String, String> otherName) {
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
                        + didYouMean(value, values.stream().map(key).toList(), otherName)
                        + ": use "
                        + values.stream().map(key).collect(Collectors.joining(", "))));
  }

  /**
   * " (did you mean excel-da?)" for a value that is another name for one of {@code keys} ({@code
   * otherName} gives it, or null) or near one; "" otherwise. A suggestion only: the value itself
   * stays refused, so that scripts and golden files spell each value one way.
   */
  static String didYouMean(String value, List<String> keys, Function<String, String> otherName) {
    return Similar.meant(value, keys, otherName).map(m -> " (did you mean " + m + "?)").orElse("");
  }
}
