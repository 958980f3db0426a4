package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The centres' names in portfolio.yaml are read as strictly as the rest: every mistake is a located
 * error, all of them in one run, and nothing is printed from a file that has one.
 */
class CentresTest {

  @TempDir Path dir;

  @BeforeEach
  void proposal() throws IOException {
    Files.copy(Path.of("cases/HA02.yaml"), dir.resolve("HA02.yaml"));
  }

  private Cli.Result summary(String centres, String... options) throws IOException {
    Files.writeString(
        dir.resolve("portfolio.yaml"),
        """
        kind: portfolio
        title: Bilag
        investment_years: [2018, 2022]
        savings_years: [2019, 2020, 2021, 2022]
        rows:
          - { number: 1, id: HA02, page: 2, investment: 3985 }
        """
            + centres);
    String[] args = new String[options.length + 2];
    args[0] = "summary";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = dir.toString();
    return Cli.run(args);
  }

  private String file() {
    return dir.resolve("portfolio.yaml").toString();
  }

  @Test
  void aCentresNameLabelsItsSubtotal() throws IOException {
    Cli.Result r =
        summary("centres:\n  ha: { name: Borgercenter Handicap, page: 2 }\n", "--by", "centre");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("I alt HA (Borgercenter Handicap)");
  }

  @Test
  void withoutANameTheSubtotalIsLabelledByTheLetters() throws IOException {
    Cli.Result r = summary("", "--by", "centre", "--lang", "en");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Total HA ").doesNotContain("Total HA (");
  }

  @Test
  void everyMistakeInTheMapIsALocatedErrorInOneRun() throws IOException {
    Cli.Result r =
        summary(
            """
            centres:
              HA: { name: Borgercenter Handicap, page: 0 }
              ha: { name: Igen }
              H2: { name: X }
              SI: Borgercenter Voksne
              UD: { navn: Borgercenter Voksne }
            """);
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .containsExactly(
            file() + ":8:44: error: page 0 is not a page number (write the page as printed)",
            file()
                + ":9:3: error: centre HA is named twice (first at line 8, column 3) (name each"
                + " centre once: its letters are compared without regard to case)",
            file()
                + ":10:3: error: centre 'H2' is not the letters of proposal IDs (write the letters"
                + " the centre's IDs begin with, such as HA for HA02)",
            file()
                + ":11:7: error: 'SI' must be a mapping, found the text \"Borgercenter Voksne\""
                + " (write SI: { name: \"...\", page: 2 })",
            file() + ":12:9: error: unknown key 'navn' in a centre (did you mean 'name'?)",
            file() + ":12:7: error: missing key 'name' (add 'name: ...')",
            "6 errors in 1 file; nothing was computed");
  }

  @Test
  void aListInsteadOfAMapIsAnError() throws IOException {
    Cli.Result r = summary("centres: [HA]\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith(file() + ":7:10: error: 'centres' must be a mapping, found a list");
  }
}
