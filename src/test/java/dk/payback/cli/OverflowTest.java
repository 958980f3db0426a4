package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Amounts are exact {@code long}s. A sum beyond its range is an input error pointing at the largest
 * amount (a figure with too many digits is nearly always the cause), never a total that wrapped
 * round.
 */
class OverflowTest {

  @TempDir Path dir;

  private static final long MAX = Long.MAX_VALUE;

  private Path proposal(String id, String permanent, String implementation) throws IOException {
    return Files.writeString(
        dir.resolve(id + ".yaml"),
        """
        kind: proposal
        id: %s
        type: investment
        title: Forslag
        years: [2018, 2019, 2020, 2021, 2022]
        permanent:
          - text: Besparelse
            amounts: { %s }
        implementation:
          - text: Udgift
            amounts: { %s }
        """
            .formatted(id, permanent, implementation));
  }

  private String name(Path p) {
    return p.toString().replace('\\', '/');
  }

  @Test
  void aLineOfLongMaxPlusAnotherLineIsAnErrorNotAWrap() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("XX01.yaml"),
            """
        kind: proposal
        id: XX01
        type: investment
        title: Forslag
        years: [2018, 2019]
        permanent: []
        implementation:
          - text: Udgift
            amounts: { 2018: 9223372036854775807 }
          - text: Ekstra
            amounts: { 2018: 1 }
        """);
    assertRefused(
        Cli.run("summary", dir.toString()),
        name(file)
            + ":9:22: error: the amounts of XX01 are too large"
            + " to add up exactly (the largest is 9223372036854775807 thousand kroner, here; check the number of digits)");
  }

  @Test
  void longMinIsTooLargeAsWell() throws IOException {
    Path file = proposal("XX01", "2019: -9223372036854775808, 2020: -1", "2018: 5");
    Cli.Result r = Cli.run("show", "--cases", dir.toString(), "XX01");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith(
            name(file)
                + ":8:22: error: the amounts of XX01 are too large to add up exactly"
                + " (the largest is -9223372036854775808 thousand kroner, here;");
  }

  /** Each proposal adds up on its own; the overview's "I ALT" over all of them would not. */
  @Test
  void theInvestmentTotalOverManyProposalsIsAnErrorNotAWrap() throws IOException {
    long each = MAX / 4 + 1; // four of them are one more than the range
    for (int i = 1; i <= 4; i++) {
      proposal("XX0" + i, "2019: -1", "2018: " + each);
    }
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            name(dir.resolve("XX01.yaml"))
                + ":11:22: error: the totals over all 4 proposals are too large to add up exactly"
                + " (the largest amount is "
                + each
                + " thousand kroner, here; check the number of digits)\n"
                + "1 error in 1 file; nothing was computed\n");
    // One proposal fewer is within the range, and adds up exactly.
    Files.delete(dir.resolve("XX04.yaml"));
    Cli.Result three = Cli.run("summary", "--wide", dir.toString());
    assertThat(three.exitCode()).isZero();
    assertThat(three.out()).contains("6.917.529.027.641.081.856");
  }

  @Test
  void theSavingsTotalOfAYearOverTwoProposalsIsAnErrorToo() throws IOException {
    proposal("XX01", "2020: -9000000000000000000", "2018: 1");
    proposal("XX02", "2020: -9000000000000000000", "2018: 1");
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith(
            name(dir.resolve("XX01.yaml"))
                + ":8:22: error: the totals over all 2 proposals are too large to add up exactly");
  }

  /**
   * The payback past the last year divides the missing amount by the yearly saving, rounding up.
   * Done as (missing + saving - 1) / saving, the sum wrapped and gave 3 years (before the saving
   * even began to pay) where the rule gives 5: the investment of 2^62 is repaid in 2023 by a saving
   * of 1.5 * 2^62.
   */
  @Test
  void aPaybackPastTheLastYearWithHugeAmountsIsNotBentByOverflow() throws IOException {
    long saving = 6917529027641081856L; // 1.5 * 2^62
    proposal("XX01", "2019: " + saving + ", 2022: -" + saving, "2022: 4611686018427387904");
    Cli.Result r = Cli.run("show", "--cases", dir.toString(), "XX01");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "Tilbagebetalingstid baseret på serviceeffektivisering: 5 år (ekstrapoleret efter 2022)");
  }

  /** A copy of the balanced check cases, with one line of XX01.yaml or portfolio.yaml replaced. */
  private Path balancedWith(String file, String line, String replacement) throws IOException {
    Path cases = Files.createDirectory(dir.resolve("cases"));
    for (String name : List.of("XX01.yaml", "XX02.yaml", "portfolio.yaml")) {
      String text = Files.readString(Path.of(CheckCommandTest.DIR + "balanced", name));
      if (name.equals(file)) {
        assertThat(text).contains(line);
        text = text.replace(line, replacement);
      }
      Files.writeString(cases.resolve(name), text);
    }
    return cases;
  }

  /**
   * check subtracts each stated figure from the computed one. A stated -9223372036854775807 against
   * a computed 600 is 9223372036854776407 apart, past the range of long: an input error at the
   * figure, for check and for report (whose findings and footnotes show the same difference), never
   * a difference that wrapped round or was left blank.
   */
  @Test
  void aStatedFigureTooFarFromTheComputedOneIsAnInputError() throws IOException {
    Path cases =
        balancedWith(
            "XX01.yaml",
            "implementation_total: { 2018: 600 }",
            "implementation_total: { 2018: -9223372036854775807 }");
    assertInputError(
        cases,
        "XX01.yaml:18:33",
        "implementation total 2018: stated -9223372036854775807 is too far from the computed 600 to compare exactly");
  }

  /** The overview's "I ALT" is compared with the sum of its printed rows, which may not fit. */
  @Test
  void printedRowsTooLargeToAddUpAreAnInputError() throws IOException {
    Path investment =
        balancedWith(
            "portfolio.yaml",
            "investment: 600, savings: { 2019: -700, 2020: -700 } }\n  - { number: 2",
            "investment: 9223372036854775800, savings: { 2019: -700, 2020: -700 } }\n  - { number: 2");
    assertInputError(
        investment,
        "portfolio.yaml:12:17",
        "I ALT (investeringsforslag): the rows' investment is too large to add up exactly");
    Files.writeString(
        investment.resolve("portfolio.yaml"),
        Files.readString(investment.resolve("portfolio.yaml"))
            .replace(
                "investment: 9223372036854775800, savings: { 2019: -700, 2020: -700 }",
                "investment: 600, savings: { 2019: -700, 2020: -9223372036854775800 }"));
    assertInputError(
        investment,
        "portfolio.yaml:13:35",
        "I ALT (investeringsforslag): the rows' savings are too large to add up exactly");
  }

  /**
   * check and report alike: exit 2 with the one message. check -o writes its report of invalid
   * input over a stale one (a CI server must not show the last run's), report -o leaves the old
   * report.
   */
  /**
   * A case that loads (each amount fits, and so do the sums) whose present value does not: every
   * command that takes one names the proposal, its file and the amount, as the loader does.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "summary --npv DIR",
        "sensitivity --cases DIR",
        "show --npv --cases DIR XX01",
        "report --format md DIR",
        "report --format json DIR"
      })
  void aPresentValueTooLargeToComputeNamesTheProposalAndTheAmount(String command)
      throws IOException {
    Path file = proposal("XX01", "2022: -3000000000000000000", "2018: 400");
    assertThat(Cli.run("show", "--cases", dir.toString(), "XX01").exitCode()).isZero();
    assertRefused(
        Cli.run(command.replace("DIR", dir.toString()).split(" ")),
        name(file)
            + ":8:22: error: the net"
            + " present value and payback of XX01 are too large to compute exactly (the largest amount is"
            + " -3000000000000000000 thousand kroner, here; check the number of digits, or use a smaller --horizon or factor)");
  }

  /**
   * Each proposal's present value fits (about -8.1e18 over 2022-2032), their total in the "I ALT"
   * row does not.
   */
  @Test
  void aTotalPresentValueTooLargeNamesTheLargestAmountOfItsProposals() throws IOException {
    proposal("XX01", "2022: -1000000000000000000", "2018: 400");
    Path second = proposal("XX02", "2022: -1000000000000000001", "2018: 400");
    assertRefused(
        Cli.run("summary", "--npv", dir.toString()),
        name(second)
            + ":8:22: error: the net present value"
            + " of the investment proposals together is too large to compute exactly (the largest amount is"
            + " -1000000000000000001 thousand kroner, here; check the number of digits, or use a smaller --horizon or factor)");
  }

  /** Exit 2, nothing on standard output, and exactly this one error with its count line. */
  private static void assertRefused(Cli.Result r, String error) {
    assertThat(r.err()).isEqualTo(error + "\n1 error in 1 file; nothing was computed\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
  }

  private void assertInputError(Path cases, String at, String message) throws IOException {
    String expected =
        name(cases)
            + "/"
            + at
            + ": error: "
            + message
            + " (amounts are thousands of kroner; check the number of digits)\n1 error in 1 file; nothing was computed\n";
    Cli.Result check = Cli.run("check", cases.toString());
    assertThat(check.err()).isEqualTo(expected);
    assertThat(check.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(check.out()).isEmpty();

    Path junit = Files.writeString(dir.resolve("check.xml"), "stale");
    Cli.Result checkFile =
        Cli.run("check", "--format", "junit", "-o", junit.toString(), cases.toString());
    assertThat(checkFile.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(Files.readString(junit))
        .contains("<error type=\"invalid_input\"", "check the number of digits");

    Path old = Files.writeString(dir.resolve("report.json"), "old");
    for (String format : List.of("md", "json")) {
      Cli.Result report = Cli.run("report", "--format", format, cases.toString());
      assertThat(report.err()).isEqualTo(expected);
      assertThat(report.exitCode()).isEqualTo(ExitCode.INVALID);
      assertThat(report.out()).isEmpty();
    }
    Cli.Result reportFile = Cli.run("report", "-o", old.toString(), cases.toString());
    assertThat(reportFile.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(Files.readString(old)).isEqualTo("old");
  }

  /**
   * Each proposal and their total fit as read; scaled by a scenario, the total of savings no longer
   * does. That is still the input's amounts, said at the largest one, not a bug.
   */
  @Test
  void aTotalThatOnlyAScenarioTakesPastTheRangeIsAnInputError() throws IOException {
    proposal("XX01", "2020: -3000000000000000000", "2018: 1");
    proposal("XX02", "2020: -3000000000000000000", "2018: 1");
    assertThat(Cli.run("summary", dir.toString()).exitCode()).isZero();
    Cli.Result r = Cli.run("summary", "--savings-factor", "2", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            name(dir.resolve("XX01.yaml"))
                + ":8:22: error: the totals over all 2 proposals are too large to add up exactly"
                + " under the scenario (the largest amount is -3000000000000000000 thousand kroner");
  }
}
