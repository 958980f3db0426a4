package dk.payback.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How large a difference between a stated and a computed amount is rounding: shared by check and
 * report.
 */
final class ToleranceOptions {

  @Option(
      names = "--tolerance",
      paramLabel = "N",
      description =
          "Differences of at most N (thousands of kroner) are rounding, not findings. Default: 0",
      converter = ToleranceConverter.class)
  long tolerance;

  long tolerance() {
    return tolerance;
  }

  static final class ToleranceConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      if (!value.matches("[0-9]{1,15}")) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a tolerance: write a whole number of thousands of kroner, 0 or more, such as 1");
      }
      return Long.parseLong(value);
    }
  }
}
