package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.format.XlsxText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payback budget} beyond its golden command lines: the workbook, and a file written in the
 * format its name says. Regenerate the workbook's golden cells with {@code -Dgolden.update=true}.
 */
class BudgetCommandTest {

  @TempDir Path tmp;

  @Test
  void theWorkbookMatchesItsGoldenCells() throws Exception {
    Path xlsx = tmp.resolve("budget.xlsx");
    Cli.Result r = Cli.run("budget", "--by-proposal", "-o", xlsx.toString(), "cases");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).as("a file, not standard output").isEmpty();
    matchesGolden(XlsxText.dump(Files.readAllBytes(xlsx)), "budget-by-proposal-da.xlsx.txt");
  }

  @Test
  void aFilteredWorkbookSumsTheRowsItShows() throws Exception {
    Path xlsx = tmp.resolve("budget.xlsx");
    Cli.Result r =
        Cli.run("budget", "--risk", "lav", "--by-proposal", "-o", xlsx.toString(), "cases");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    String dump = XlsxText.dump(Files.readAllBytes(xlsx));
    matchesGolden(dump, "budget-risk-low-by-proposal-da.xlsx.txt");
    // Service: UD02, HJ03, BU04, BU08, TV01 beneath it; the investment total over its two areas;
    // the total of all over the two sections' totals, "6 af 19".
    assertThat(dump)
        .contains("C6 n -24630 =SUM(C7:C11)")
        .contains("A15 s I ALT (5 af 18 investeringsforslag)")
        .contains("C15 n -17120 =C6+C12")
        .contains("A20 s I ALT (6 af 19 forslag)")
        .contains("C20 n -16620 =C15+C19");
  }

  @Test
  void aWorkbookOfNoProposalSaysSo() throws Exception {
    Path xlsx = tmp.resolve("budget.xlsx");
    Cli.Result r = Cli.run("budget", "--risk", "høj", "-o", xlsx.toString(), "cases");
    assertThat(r.err()).contains("no proposal matches --risk høj");
    assertThat(r.exitCode()).isZero();
    String dump = XlsxText.dump(Files.readAllBytes(xlsx));
    matchesGolden(dump, "budget-risk-high-da.xlsx.txt");
    assertThat(dump).contains("Intet forslag passer til filtrene").doesNotContain("Styringsområde");
  }

  private static void matchesGolden(String dump, String name) throws Exception {
    Path golden = Path.of("src/test/resources/golden/budget").resolve(name);
    if (GoldenTest.UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, dump, StandardCharsets.UTF_8);
    }
    assertThat(dump).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void aFileGetsTheFormatItsNameSaysAndTheSameTextAsStandardOutput() throws Exception {
    Path md = tmp.resolve("budget.md");
    assertThat(Cli.run("budget", "--lang", "en", "-o", md.toString(), "cases").exitCode()).isZero();
    Cli.Result printed = Cli.run("budget", "--lang", "en", "--format", "md", "cases");
    assertThat(Files.readString(md, StandardCharsets.UTF_8)).isEqualTo(printed.out());
    assertThat(printed.out()).contains("| **Service** | **8,739** | **-43,222** |");

    Path txt = tmp.resolve("budget.txt");
    assertThat(Cli.run("budget", "-o", txt.toString(), "cases").exitCode()).isZero();
    assertThat(Files.readString(txt, StandardCharsets.UTF_8))
        .isEqualTo(Cli.run("budget", "cases").out());
  }

  @Test
  void aFormatThatContradictsTheFileNameIsAUsageError() {
    Cli.Result r =
        Cli.run("budget", "--format", "csv", "-o", tmp.resolve("b.json").toString(), "cases");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--format csv does not match -o").contains("whose name says json");
    assertThat(tmp.resolve("b.json")).doesNotExist();
  }
}
