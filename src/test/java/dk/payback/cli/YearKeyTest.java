package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A year key counts only as plain digits, exactly as written: another spelling of a year beside the
 * plain one must never replace its figure without a word, and no number may wrap round into a year.
 */
class YearKeyTest {

  @TempDir Path dir;

  /** Line 7 holds the permanent line's amounts; a second key after 2019 starts in column 39. */
  private Path proposal(String secondKey) throws IOException {
    return amounts("2019: -100, " + secondKey + ": -200");
  }

  /** A case whose one line has these amounts; they start in column 27 of line 7. */
  private Path amounts(String amounts) throws IOException {
    return Files.writeString(
        dir.resolve("XX01.yaml"),
        """
        kind: proposal
        id: XX01
        type: investment
        title: Forslag
        years: [2018, 2019]
        permanent:
          - { text: p, amounts: { %s } }
        stated: { permanent_total: { 2019: -200 } }
        """
            .formatted(amounts));
  }

  private String name(Path p) {
    return p.toString().replace('\\', '/');
  }

  static Stream<Arguments> otherSpellings() {
    String spaces = " is not a year (write the year without spaces or tabs: 2019)";
    String digits =
        " is not a year (key each amount by its year in plain digits, such as 2019: -6000)";
    String range = " is out of range (write a year between 1900 and 2200)";
    return Stream.of(
        // Before the fix, "2019 " was trimmed after the duplicate check: check balanced and show
        // printed -200.
        Arguments.of("\"2019 \"", "'2019 '" + spaces),
        Arguments.of("\"2019\\t\"", "'2019\\t'" + spaces),
        Arguments.of("\" 2019\"", "' 2019'" + spaces),
        Arguments.of("+2019", "'+2019'" + digits),
        Arguments.of("02019", "'02019'" + digits),
        Arguments.of("0x7E3", "'0x7E3'" + digits),
        Arguments.of("2019.0", "'2019.0'" + digits),
        Arguments.of("\"2019\"", "duplicate key '2019' (first at line 7)"),
        Arguments.of("-4294965277", "year -4294965277" + range),
        Arguments.of("4294969315", "year 4294969315" + range),
        Arguments.of("99999999999999999999999", "year 99999999999999999999999" + range));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherSpellings")
  void noOtherSpellingOfAYearLoads(String key, String message) throws IOException {
    Path f = proposal(key);
    Cli.Result r = Cli.run("check", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(name(f) + ":7:39: error: " + message);
    assertThat(r.err()).endsWith("\n1 error in 1 file; nothing was computed\n");
    Cli.Result show = Cli.run("show", "--cases", f.toString(), "XX01");
    assertThat(show.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(show.out()).isEmpty();
  }

  /** -2^32 + 2019 was narrowed to an int after a clamp that only caught the top of the range. */
  @Test
  void aYearThatWouldWrapRoundToAYearOfTheCaseIsOutOfRange() throws IOException {
    Path f = amounts("-4294965277: -100");
    Cli.Result r = Cli.run("summary", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            name(f)
                + ":7:27: error: year -4294965277 is out of range (write a year between"
                + " 1900 and 2200)\n1 error in 1 file; nothing was computed\n");
  }

  /**
   * The same rule wherever a year keys an amount: stated figures, summary-only savings, overview
   * rows and totals.
   */
  @Test
  void everyPlaceThatKeysAmountsByYearRefusesAnotherSpelling() throws IOException {
    Path stated =
        Files.writeString(
            dir.resolve("XX01.yaml"),
            """
        kind: proposal
        id: XX01
        type: investment
        title: Forslag
        years: [2018, 2019]
        permanent: [{ text: p, amounts: { 2019: -100 } }]
        stated: { permanent_total: { 2019: -100, "2019 ": -200 }, net_impact: { "2019\\t": 1 } }
        """);
    Path summaryOnly =
        Files.writeString(
            dir.resolve("XX02.yaml"),
            """
        kind: proposal
        id: XX02
        type: investment
        title: Forslag
        years: [2018, 2019]
        summary_only: { reason: r, investment: 10, savings: { 2019: -100, "2019 ": -200 } }
        """);
    Path overview =
        Files.writeString(
            dir.resolve("portfolio.yaml"),
            """
        kind: portfolio
        title: Bilag
        investment_years: [2018, 2019]
        savings_years: [2019]
        rows:
          - { number: 1, id: XX01, investment: 0, savings: { 2019: -100, " 2019": -200 } }
          - { number: 2, id: XX02, investment: 10, savings: { 2019: -100 } }
        totals:
          investment: { label: I ALT, investment: 10, savings: { 2019: -200, "2019 ": -300 } }
        """);
    Cli.Result r = Cli.run("check", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            String.join(
                "\n",
                name(stated)
                    + ":7:42: error: '2019 ' is not a year (write the year without spaces or tabs: 2019)",
                name(stated)
                    + ":7:73: error: '2019\\t' is not a year (write the year without spaces or tabs: 2019)",
                name(summaryOnly)
                    + ":6:67: error: '2019 ' is not a year (write the year without spaces or tabs: 2019)",
                name(overview)
                    + ":6:66: error: ' 2019' is not a year (write the year without spaces or tabs: 2019)",
                name(overview)
                    + ":9:70: error: '2019 ' is not a year (write the year without spaces or tabs: 2019)",
                "5 errors in 3 files; nothing was computed",
                ""));
  }
}
