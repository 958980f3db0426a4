package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.format.XlsxText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of {@code payback diff}, the real cases against {@link DiffGoldenTest}'s revision:
 * its cells as a golden file, and the figures a reader filters and sums checked as numbers.
 */
class DiffWorkbookTest {

  /** A revision of its own, so that no other test's rewriting of one can meet this one's. */
  static final Path REVISED = Path.of("target/diff-workbook/revised");

  @TempDir Path tmp;

  @BeforeAll
  static void revise() throws Exception {
    DiffGoldenTest.revise(Path.of("cases"), REVISED);
  }

  private byte[] workbook(String... options) throws Exception {
    Path file = tmp.resolve("diff.xlsx");
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("diff", "--format", "xlsx", "-o", file.toString()),
                    java.util.Arrays.stream(options)),
                java.util.stream.Stream.of("cases", REVISED.toString()))
            .toArray(String[]::new);
    Cli.Result r = Cli.run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    return Files.readAllBytes(file);
  }

  @Test
  void workbookMatchesGoldenCells() throws Exception {
    matchesGolden("diff-da.xlsx.txt");
  }

  @Test
  void englishWorkbookMatchesGoldenCells() throws Exception {
    matchesGolden("diff-en.xlsx.txt", "--lang", "en");
  }

  private void matchesGolden(String name, String... options) throws Exception {
    byte[] dump = XlsxText.dump(workbook(options)).getBytes(StandardCharsets.UTF_8);
    Path golden = ReportGoldenTest.DIR.resolve(name);
    ReportGoldenTest.assertGolden(golden, dump);
  }

  @Test
  void theNameOfTheFileAloneChoosesTheWorkbook() throws Exception {
    Path file = tmp.resolve("named.xlsx");
    Cli.Result r = Cli.run("diff", "-o", file.toString(), "cases", REVISED.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(XlsxText.dump(Files.readAllBytes(file))).isEqualTo(XlsxText.dump(workbook()));
  }

  @Test
  void theSummarySheetHoldsEachProposalsFiguresAsNumbers() throws Exception {
    Map<String, List<XlsxText.Cell>> sheets = XlsxText.sheets(workbook("--lang", "en"));
    assertThat(sheets.keySet()).containsExactly("Changes", "Figures");
    Map<String, XlsxText.Cell> bu07 = row(sheets.get("Changes"), "A", "BU07");
    // Investment before, after, difference; payback before, after; present value difference.
    assertThat(number(bu07, "C")).isEqualTo("2700");
    assertThat(number(bu07, "D")).isEqualTo("2700");
    assertThat(number(bu07, "E")).isEqualTo("0");
    assertThat(bu07.get("F").value()).isEqualTo("3 years");
    assertThat(bu07.get("G").value()).isEqualTo("4 years");
    assertThat(number(bu07, "H")).isEqualTo("8736");
    Map<String, XlsxText.Cell> hj04 = row(sheets.get("Changes"), "A", "HJ04");
    assertThat(hj04).doesNotContainKey("C");
    assertThat(number(hj04, "D")).isEqualTo("1800");
    assertThat(hj04.get("B").value()).isEqualTo("added");
  }

  @Test
  void theFiguresSheetHoldsARowPerFigureAndYearAsNumbers() throws Exception {
    Map<String, List<XlsxText.Cell>> sheets = XlsxText.sheets(workbook());
    List<XlsxText.Cell> figures = sheets.get("Tal");
    Map<String, XlsxText.Cell> header = byColumn(figures, 1);
    assertThat(header.get("A").value()).isEqualTo("id");
    assertThat(header.get("I").value()).isEqualTo("before");
    assertThat(header.get("K").value()).isEqualTo("difference");
    Map<String, XlsxText.Cell> npv = row(figures, "BU07", "net_present_value", null);
    assertThat(number(npv, "I")).isEqualTo("-19261");
    assertThat(number(npv, "J")).isEqualTo("-10525");
    assertThat(number(npv, "K")).isEqualTo("8736");
    Map<String, XlsxText.Cell> savings = row(figures, "BU07", "permanent_total", "2020");
    assertThat(savings.get("H").type()).isEqualTo("n");
    assertThat(number(savings, "I")).isEqualTo("-2000");
    assertThat(number(savings, "J")).isEqualTo("-1200");
    assertThat(number(savings, "K")).isEqualTo("800");
    // A withdrawn proposal has no after: blank, not 0.
    Map<String, XlsxText.Cell> withdrawn = row(figures, "BU10", "investment", null);
    assertThat(number(withdrawn, "I")).isEqualTo("1125");
    assertThat(withdrawn).doesNotContainKey("J");
    assertThat(number(withdrawn, "K")).isEqualTo("-1125");
    Map<String, XlsxText.Cell> total = row(figures, "", "total_investment", null);
    assertThat(number(total, "I")).isEqualTo("75435");
    assertThat(number(total, "J")).isEqualTo("76110");
    assertThat(number(total, "K")).isEqualTo("675");
  }

  @Test
  void bothSheetsKeepTheirHeaderInViewAndFilterOnIt() throws Exception {
    Map<String, String> layouts = XlsxText.layouts(workbook());
    assertThat(layouts.get("Ændringer"))
        .contains("pane frozen at B9")
        .contains("autofilter A8:I14");
    assertThat(layouts.get("Tal")).contains("pane frozen at A2").contains("autofilter A1:N165");
  }

  private static String number(Map<String, XlsxText.Cell> row, String column) {
    XlsxText.Cell c = row.get(column);
    assertThat(c).as("cell %s", column).isNotNull();
    assertThat(c.type()).as("%s is a number", c.ref()).isEqualTo("n");
    return c.value();
  }

  private static Map<String, XlsxText.Cell> byColumn(List<XlsxText.Cell> cells, int row) {
    return cells.stream()
        .filter(c -> c.row() == row)
        .collect(Collectors.toMap(XlsxText.Cell::column, c -> c));
  }

  /** The row whose cell in {@code column} says {@code value}. */
  private static Map<String, XlsxText.Cell> row(
      List<XlsxText.Cell> cells, String column, String value) {
    int row =
        cells.stream()
            .filter(c -> c.column().equals(column) && c.value().equals(value))
            .findFirst()
            .orElseThrow()
            .row();
    return byColumn(cells, row);
  }

  /** The figures sheet's row of a proposal's figure ("" for the overview's) in a year, or none. */
  private static Map<String, XlsxText.Cell> row(
      List<XlsxText.Cell> cells, String id, String section, String year) {
    for (int row = 2; ; row++) {
      Map<String, XlsxText.Cell> r = byColumn(cells, row);
      assertThat(r).as("a row of %s %s %s", id, section, year).isNotEmpty();
      String rowId = r.containsKey("A") ? r.get("A").value() : "";
      String rowYear = r.containsKey("H") ? r.get("H").value() : null;
      if (rowId.equals(id)
          && r.get("D").value().equals(section)
          && java.util.Objects.equals(rowYear, year)) {
        return r;
      }
    }
  }
}
