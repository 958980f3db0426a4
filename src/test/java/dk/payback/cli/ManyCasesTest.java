package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * A report of more proposals than one thread lays out keeps the overview's order for the tables
   * and the files' order for the findings, as a single thread would: every seventh proposal states
   * a net impact that its lines do not add up to.
   */
  @Test
  void aReportOfManyProposalsKeepsItsOrder() throws IOException {
    int count = 300;
    for (int i = 1; i <= count; i++) {
      String stated = i % 7 == 0 ? "stated: {net_impact: {2018: 1, 2019: -" + (i + 1) + "}}\n" : "";
      Files.writeString(dir.resolve(String.format("P%05d.yaml", i)), tinyCase(i) + stated);
    }
    Cli.Result r = Cli.run("report", "--format", "md", dir.toString());
    assertThat(r.err()).isEmpty();

    List<String> tables = lines(r.out(), "^#+ .*P\\d{5}").stream().map(ManyCasesTest::id).toList();
    assertThat(tables).hasSize(count);
    assertThat(tables).isSorted();
    List<String> findings =
        lines(r.out(), "^\\| \\S*P\\d{5}\\.yaml:\\d+:\\d+ \\|").stream()
            .map(ManyCasesTest::id)
            .distinct()
            .toList();
    List<String> broken = new ArrayList<>();
    for (int i = 7; i <= count; i += 7) {
      broken.add(String.format("P%05d", i));
    }
    assertThat(findings).isEqualTo(broken);
  }

  private static List<String> lines(String text, String pattern) {
    Pattern p = Pattern.compile(pattern);
    return text.lines().filter(l -> p.matcher(l).find()).toList();
  }

  private static String id(String line) {
    Matcher m = Pattern.compile("P\\d{5}").matcher(line);
    assertThat(m.find()).isTrue();
    return m.group();
  }
}
