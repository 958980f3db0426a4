package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview's columns and row numbers are what an analyst cites ("row 11, 2020"): a saving
 * outside the columns would be neither printed nor checked, a number that wraps or repeats points
 * at the wrong row, and a repeated column prints the same figures twice.
 */
class OverviewColumnsTest {

  @TempDir Path dir;

  @BeforeEach
  void proposal() throws IOException {
    Files.copy(Path.of("cases/HA02.yaml"), dir.resolve("HA02.yaml"));
  }

  private Cli.Result check(String savingsYears, String row) throws IOException {
    Files.writeString(
        dir.resolve("portfolio.yaml"),
        """
        kind: portfolio
        title: Bilag
        investment_years: [2018, 2022]
        savings_years: %s
        rows:
          - %s
        """
            .formatted(savingsYears, row));
    return Cli.run("check", dir.toString());
  }

  private String portfolio() {
    return dir.resolve("portfolio.yaml").toString().replace('\\', '/');
  }

  private static final String ROW =
      "{ number: 1, id: HA02, page: 2, investment: 3985, savings: { 2019: -6000 } }";

  @Test
  void theRowAsWrittenBalances() throws IOException {
    Cli.Result r = check("[2019]", ROW);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
  }

  /** Before the fix this passed check: the saving was never compared with anything. */
  @Test
  void aSavingOutsideTheSavingsYearsIsAnErrorAtItsYear() throws IOException {
    Cli.Result r =
        check(
            "[2025]",
            "{ number: 1, id: HA02, page: 2, investment: 3985, savings: { 2019: -999 } }");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            portfolio()
                + ":6:66: error: year 2019 is not among the overview's savings_years [2025]"
                + " (add it to 'savings_years', or move the amount to the right year)\n1 error in 1 file; nothing was computed\n");
  }

  @Test
  void aTotalSavingOutsideTheSavingsYearsIsAnErrorToo() throws IOException {
    Files.writeString(
        dir.resolve("portfolio.yaml"),
        """
        kind: portfolio
        title: Bilag
        investment_years: [2018, 2022]
        savings_years: [2019]
        rows:
          - %s
        totals:
          investment: { label: I ALT, investment: 3985, savings: { 2019: -6000, 2018: 0 } }
        """
            .formatted(ROW));
    Cli.Result r = Cli.run("check", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith(
            portfolio()
                + ":8:73: error: year 2018 is not among the overview's savings_years [2019]");
  }

  /** 4294967297 is 2^32 + 1: narrowed to an int it printed as row " 1.". */
  @Test
  void aRowNumberBeyondAnIntIsRefusedNotWrapped() throws IOException {
    Cli.Result r = check("[2019]", ROW.replace("number: 1,", "number: 4294967297,"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            portfolio()
                + ":6:15: error: row number 4294967297 is not a row number"
                + " (number the rows 1, 2, 3, ... as the overview prints them)\n1 error in 1 file; nothing was computed\n");
  }

  @Test
  void aRowNumberBelow1IsRefused() throws IOException {
    assertThat(check("[2019]", ROW.replace("number: 1,", "number: -5,")).err())
        .startsWith(portfolio() + ":6:15: error: row number -5 is not a row number");
    assertThat(check("[2019]", ROW.replace("number: 1,", "number: 0,")).err())
        .startsWith(portfolio() + ":6:15: error: row number 0 is not a row number");
  }

  @Test
  void aRepeatedRowNumberIsAnErrorAtTheSecond() throws IOException {
    Files.copy(Path.of("cases/HJ03.yaml"), dir.resolve("HJ03.yaml"));
    Cli.Result r =
        check(
            "[2019]",
            ROW
                + "\n  - { number: 1, id: HJ03, page: 29, investment: 500, savings: { 2019: -5600 } }");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            portfolio()
                + ":7:15: error: row number 1 is used twice (first at line 6, column 15)"
                + " (give each row its own number, as the overview prints them)\n1 error in 1 file; nothing was computed\n");
  }

  /** Before the fix, summary printed two 2019 columns with the same figures. */
  @Test
  void aRepeatedSavingsYearIsAnErrorAtTheSecond() throws IOException {
    Cli.Result r = check("[2019, 2020, 2019]", ROW);
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            portfolio()
                + ":4:29: error: year 2019 is in savings_years twice (first at line 4,"
                + " column 17) (list each savings column once)\n1 error in 1 file; nothing was computed\n");
    assertThat(Cli.run("summary", dir.toString()).exitCode()).isEqualTo(ExitCode.INVALID);
  }
}
