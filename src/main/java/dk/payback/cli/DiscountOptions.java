package dk.payback.cli;

import dk.payback.calc.DiscountRate;
import dk.payback.calc.Discounting;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The discount rate and horizon of present values, shared by the commands that show them. */
final class DiscountOptions {

  @Option(
      names = "--discount-rate",
      paramLabel = "PCT",
      converter = RateConverter.class,
      description =
          "Yearly discount rate in percent, such as 3.5 or 4. Default: 3.5 (the Ministry of Finance's since 2021; 4 in 2013-2020).")
  DiscountRate rate;

  @Option(
      names = "--horizon",
      paramLabel = "N",
      converter = HorizonConverter.class,
      description =
          "Years counted after the case's last year, at that year's permanent total. Default: "
              + Discounting.DEFAULT_HORIZON
              + ".")
  Integer horizon;

  boolean given() {
    return rate != null || horizon != null;
  }

  Discounting discounting() {
    return new Discounting(
        rate == null ? Discounting.DEFAULT.rate() : rate,
        horizon == null ? Discounting.DEFAULT_HORIZON : horizon);
  }

  static final class RateConverter implements ITypeConverter<DiscountRate> {
    @Override
    public DiscountRate convert(String value) {
      try {
        return DiscountRate.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class HorizonConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return Ranges.wholeNumber(value, 0, Discounting.MAX_HORIZON, "years");
    }
  }
}
