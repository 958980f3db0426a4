package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amounts are exact {@code long}s. A sum beyond its range is an input error pointing at the largest
 * amount (a figure with too many digits is nearly always the cause), never a total that wrapped round.
 */
class OverflowTest {

  @TempDir Path dir;

  private static final long MAX = Long.MAX_VALUE;

  private Path proposal(String id, String permanent, String implementation) throws IOException {
    return Files.writeString(dir.resolve(id + ".yaml"), """
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
        """.formatted(id, permanent, implementation));
  }

  private String name(Path p) {
    return p.toString().replace('\\', '/');
  }

  @Test
  void a_line_of_long_max_plus_another_line_is_an_error_not_a_wrap() throws IOException {
    Path file = Files.writeString(dir.resolve("XX01.yaml"), """
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
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(name(file) + ":9:22: error: the amounts of XX01 are too large to add up exactly"
        + " (the largest is 9223372036854775807 thousand kroner, here; check the number of digits)\n"
        + "1 error in 1 file; nothing was computed\n");
  }

  @Test
  void long_min_is_too_large_as_well() throws IOException {
    Path file = proposal("XX01", "2019: -9223372036854775808, 2020: -1", "2018: 5");
    Cli.Result r = Cli.run("show", "--cases", dir.toString(), "XX01");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).startsWith(name(file) + ":8:22: error: the amounts of XX01 are too large to add up exactly"
        + " (the largest is -9223372036854775808 thousand kroner, here;");
  }

  /** Each proposal adds up on its own; the overview's "I ALT" over all of them would not. */
  @Test
  void the_investment_total_over_many_proposals_is_an_error_not_a_wrap() throws IOException {
    long each = MAX / 4 + 1; // four of them are one more than the range
    for (int i = 1; i <= 4; i++) {
      proposal("XX0" + i, "2019: -1", "2018: " + each);
    }
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(name(dir.resolve("XX01.yaml")) + ":11:22: error: the totals over all 4 proposals are too large to add up exactly"
        + " (the largest amount is " + each + " thousand kroner, here; check the number of digits)\n"
        + "1 error in 1 file; nothing was computed\n");
    // One proposal fewer is within the range, and adds up exactly.
    Files.delete(dir.resolve("XX04.yaml"));
    Cli.Result three = Cli.run("summary", "--wide", dir.toString());
    assertThat(three.exitCode()).isZero();
    assertThat(three.out()).contains("6.917.529.027.641.081.856");
  }

  @Test
  void the_savings_total_of_a_year_over_two_proposals_is_an_error_too() throws IOException {
    proposal("XX01", "2020: -9000000000000000000", "2018: 1");
    proposal("XX02", "2020: -9000000000000000000", "2018: 1");
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).startsWith(name(dir.resolve("XX01.yaml")) + ":8:22: error: the totals over all 2 proposals are too large to add up exactly");
  }

  /**
   * The payback past the last year divides the missing amount by the yearly saving, rounding up. Done as
   * (missing + saving - 1) / saving, the sum wrapped and gave 3 years (before the saving even began to
   * pay) where the rule gives 5: the investment of 2^62 is repaid in 2023 by a saving of 1.5 * 2^62.
   */
  @Test
  void a_payback_past_the_last_year_with_huge_amounts_is_not_bent_by_overflow() throws IOException {
    long saving = 6917529027641081856L; // 1.5 * 2^62
    proposal("XX01", "2019: " + saving + ", 2022: -" + saving, "2022: 4611686018427387904");
    Cli.Result r = Cli.run("show", "--cases", dir.toString(), "XX01");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Tilbagebetalingstid baseret på serviceeffektivisering: 5 år (ekstrapoleret efter 2022)");
  }
}
