package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The present-value tables stay within 100 columns unless --wide is given. */
class WidthTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sensitivity",
        "sensitivity --lang en --discount-rate 4",
        "summary --npv",
        "summary --npv --lang en --savings-factor 0.5 --cost-factor 2 --delay 2",
        "show --npv --delay 2 --savings-factor 0.5 HA02 BU05 TV01",
      })
  void fitsOneHundredColumns(String commandLine) {
    Cli.Result r = Cli.run(commandLine.split(" "));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().filter(l -> !l.startsWith("Tilbagebetalingstid baseret")))
        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
  }
}
