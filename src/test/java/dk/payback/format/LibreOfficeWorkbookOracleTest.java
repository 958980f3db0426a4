package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.Checker;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * LibreOffice Calc, an outside program, recalculated the workbook's formulas on load and got
 * payback's figures: for the real cases as written, and with one line's amount changed in the
 * workbook (its stored totals left stale), where it must get what payback computes for the changed
 * case. The results are those of {@code src/scripts/workbook-oracle.sh}, kept in {@code
 * src/test/resources/oracle/workbook-libreoffice.csv}; no LibreOffice is needed here.
 */
class LibreOfficeWorkbookOracleTest {

  private static final Path ORACLE = Path.of("src/test/resources/oracle/workbook-libreoffice.csv");

  private static final Pattern CHANGE =
      Pattern.compile("# changed: ([^!]+)!([A-Z]+)([0-9]+) = (-?[0-9]+)");

  @Test
  void libreOfficeComputesEveryFormulaAsPaybackDoes() throws Exception {
    List<String> lines = Files.readAllLines(ORACLE, StandardCharsets.UTF_8);
    Map<String, Map<String, String>> calc = new HashMap<>();
    Matcher change = null;
    for (String line : lines) {
      Matcher m = CHANGE.matcher(line);
      if (m.matches()) {
        change = m;
      } else if (!line.startsWith("#") && !line.startsWith("workbook,")) {
        String[] f = line.split(",");
        calc.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1] + "!" + f[2], f[3]);
      }
    }
    assertThat(change).as("the oracle names its change").isNotNull();

    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.ok()).isTrue();
    Map<String, List<XlsxText.Cell>> written = XlsxText.sheets(workbook(r.cases()));
    assertThat(formulasAgree(written, calc.get("as-written"))).isGreaterThan(300);

    // The changed cell: its line by the text in column A, its year by the header above it.
    String sheet = change.group(1);
    String column = change.group(2);
    int row = Integer.parseInt(change.group(3));
    Map<String, String> cells = new HashMap<>();
    written.get(sheet).forEach(c -> cells.put(c.ref(), c.value()));
    String lineText = cells.get("A" + row);
    int header = 1;
    while (!"1.000 kr.".equals(cells.get("A" + header))) {
      header++;
    }
    int year = Integer.parseInt(cells.get(column + header));
    CaseSet changed =
        ChangedCase.of(r.cases(), sheet, lineText, year, Long.parseLong(change.group(4)));
    Map<String, List<XlsxText.Cell>> expected = XlsxText.sheets(workbook(changed));
    // The budget's areas are fixed figures, which a change in a proposal's sheet does not reach
    // (the sheet says so): its sums follow the areas, so they stay those of the cases as written.
    String budget = "Budget";
    assertThat(expected).containsKey(budget);
    expected.remove(budget);
    formulasAgree(expected, calc.get("changed"));

    int followed = 0;
    for (String name : expected.keySet()) {
      for (int i = 0; i < written.get(name).size(); i++) {
        XlsxText.Cell before = written.get(name).get(i);
        if (before.isFormula() && !before.value().equals(expected.get(name).get(i).value())) {
          followed++;
        }
      }
    }
    // The subtotal, the net impact, four cumulative years, the overview's cell and I ALT.
    assertThat(followed).as("formulas that followed the change").isGreaterThanOrEqualTo(8);
  }

  /** Each formula's value in payback's workbook is LibreOffice's; how many there were. */
  private static int formulasAgree(
      Map<String, List<XlsxText.Cell>> workbook, Map<String, String> calc) {
    assertThat(calc).isNotNull();
    int n = 0;
    for (Map.Entry<String, List<XlsxText.Cell>> sheet : workbook.entrySet()) {
      for (XlsxText.Cell c : sheet.getValue()) {
        if (c.isFormula()) {
          assertThat(calc.get(sheet.getKey() + "!" + c.ref()))
              .as("%s!%s =%s", sheet.getKey(), c.ref(), c.formula())
              .isEqualTo(c.value());
          n++;
        }
      }
    }
    return n;
  }

  private static byte[] workbook(CaseSet cases) {
    Analysis analysis = Analysis.of(cases);
    return new XlsxFormat()
        .render(
            Documents.report(
                analysis, Scenario.BASE, Discounting.DEFAULT, Checker.check(analysis, 0), Lang.DA));
  }
}
