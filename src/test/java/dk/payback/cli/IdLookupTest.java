package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * show and sensitivity find an ID without regard to case, whatever case the file spells it in: only
 * the argument used to be upper-cased, so an ID written "Cd01" or "hi01" could not be found at all.
 */
class IdLookupTest {

  @TempDir Path dir;

  private void proposal(String id) throws IOException {
    Files.writeString(
        dir.resolve(id + ".yaml"),
        """
        kind: proposal
        id: %s
        type: investment
        title: Forslag %s
        years: [2018, 2019]
        permanent: [{ text: Besparelse, amounts: { 2019: -600 } }]
        implementation: [{ text: Udgift, amounts: { 2018: 400 } }]
        """
            .formatted(id, id));
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    "CD01, Cd01",
    "cd01, Cd01",
    "Cd01, Cd01",
    "cD01, Cd01",
    "HI01, hi01",
    "hi01, hi01",
    "Hi01, hi01"
  })
  void showFindsAnIdInAnyCase(String asked, String id) throws IOException {
    proposal("Cd01");
    proposal("hi01");
    Cli.Result r = Cli.run("show", "--cases", dir.toString(), asked);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith(id + " – Forslag " + id + "\n");
    assertThat(r.out()).contains("-600");
    Cli.Result s = Cli.run("sensitivity", "--cases", dir.toString(), asked);
    assertThat(s.exitCode()).isZero();
    assertThat(s.out()).contains(id + " Forslag " + id);
  }

  /** In a Turkish locale "hi01" upper-cases to "Hİ01" (dotted capital I), which matches nothing. */
  @Test
  void theComparisonDoesNotDependOnTheLocale() throws IOException {
    proposal("hi01");
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      Cli.Result r = Cli.run("show", "--cases", dir.toString(), "HI01");
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("hi01 – Forslag hi01\n");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownIdIsStillAnErrorWithASuggestion() throws IOException {
    proposal("Cd01");
    Cli.Result r = Cli.run("show", "--cases", dir.toString(), "cd02");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith("payback: no proposal with ID 'cd02' in " + dir + "; did you mean Cd01?");
  }
}
