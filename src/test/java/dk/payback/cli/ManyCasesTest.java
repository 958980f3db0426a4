package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many case files load and add up. The bounds that stop a run pointed at a folder far above the
 * cases are tested in {@code load.InputBoundsTest} with small bounds; 100,000 files take longer to
 * create than a unit test may, so {@code src/bench/} runs that size against the built jar.
 */
class ManyCasesTest {

  @TempDir Path dir;

  /** The smallest complete proposal: about 150 bytes. */
  private static String tinyCase(int i) {
    return String.format(
        """
        kind: proposal
        id: P%05d
        type: investment
        title: Forslag %d
        years: [2018, 2019]
        permanent: [{text: Besparelse, amounts: {2019: -%d}}]
        implementation: [{text: Udgift, amounts: {2018: 1}}]
        """,
        i, i, i);
  }

  private void tinyCases(int count) throws IOException {
    for (int i = 1; i <= count; i++) {
      Files.writeString(dir.resolve(String.format("P%05d.yaml", i)), tinyCase(i));
    }
  }

  @Test
  void tenThousandCaseFilesLoadAndAddUp() throws IOException {
    tinyCases(10_000);
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    // Investment 1 each; savings 1 + 2 + ... + 10,000 in 2019.
    assertThat(r.out())
        .containsPattern("I ALT \\(investeringsforslag\\) +10\\.000 +-50\\.005\\.000");
  }
}
