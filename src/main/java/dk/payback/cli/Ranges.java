package dk.payback.cli;

import picocli.CommandLine.TypeConversionException;

/** Whole-number options with a sane range, and a message that says what would do. */
final class Ranges {

  private Ranges() {}

  static int wholeNumber(String value, int min, int max, String unit) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a whole number of " + unit + " (" + min + " to " + max + ")");
    }
    if (n < min || n > max) {
      throw new TypeConversionException(n + " is outside " + min + " to " + max + " " + unit);
    }
    return n;
  }
}
