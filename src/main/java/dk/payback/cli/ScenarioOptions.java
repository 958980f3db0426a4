package dk.payback.cli;

import dk.payback.calc.Scenario;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** One "what if" applied to every proposal shown; the output then says so in a header line. */
final class ScenarioOptions {

  @Option(
      names = "--savings-factor",
      paramLabel = "F",
      converter = FactorConverter.class,
      description =
          "Scale every saving (negative amount), such as 0.9 or 90%% for savings 10 %% short. Default: 1.")
  BigDecimal savingsFactor = BigDecimal.ONE;

  @Option(
      names = "--cost-factor",
      paramLabel = "F",
      converter = FactorConverter.class,
      description =
          "Scale every cost (positive amount), such as 1.2 or 120%% for costs 20 %% over. Default: 1.")
  BigDecimal costFactor = BigDecimal.ONE;

  @Option(
      names = "--delay",
      paramLabel = "N",
      converter = DelayConverter.class,
      description = "Let the permanent savings start N years late (costs as planned). Default: 0.")
  int delay;

  Scenario scenario() {
    return new Scenario(savingsFactor, costFactor, delay);
  }

  static final class FactorConverter implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      BigDecimal f;
      try {
        f = Scenario.parseFactor(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (f.signum() < 0 || f.compareTo(Scenario.MAX_FACTOR) > 0) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is outside 0 to "
                + Scenario.MAX_FACTOR
                + ": write 0.9 (or 90%) for 90 %");
      }
      return f;
    }
  }

  static final class DelayConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return Ranges.wholeNumber(value, 0, Scenario.MAX_DELAY, "years");
    }
  }
}
