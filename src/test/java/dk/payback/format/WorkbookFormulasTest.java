package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Overview;
import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.check.Checker;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.CaseSet;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import dk.payback.view.OverviewWords;
import dk.payback.view.ProposalWords;
import dk.payback.view.Selection;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook's formulas compute what payback computes: Apache POI's formula evaluator calculates
 * every formula of the real cases' report, and each result is compared with the formula's stored
 * value and with payback's own figure; then one line's amount is changed in the sheet, as an
 * analyst would, and the subtotal, the net impact, the cumulative row, the overview and I ALT must
 * follow to what payback computes for the changed case.
 */
class WorkbookFormulasTest {

  private static final ProposalWords PW = ProposalWords.of(Lang.DA);
  private static final OverviewWords OW = OverviewWords.of(Lang.DA);

  static CaseSet cases;

  @BeforeAll
  static void readCases() {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.ok()).isTrue();
    cases = r.cases();
  }

  @Test
  void everyFormulaComputesItsStoredValueAndPaybacksFigure() throws Exception {
    Analysis analysis = Analysis.of(cases);
    try (XSSFWorkbook wb = workbook(analysis)) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      // 19 proposals' subtotals, net impact and cumulative; the overview's rows and totals.
      assertThat(formulasComputeTheirStoredValues(wb, ev)).isGreaterThan(300);
      assertFiguresAre(wb, ev, analysis);
    }
  }

  /**
   * Subtotals per centre, sorted by investment: each subtotal adds its rows, and I ALT adds the
   * subtotals, not the rows twice.
   */
  @Test
  void aGroupedOverviewsTotalsAddEachRowOnce() throws Exception {
    Analysis analysis = Analysis.of(cases);
    Selection byCentre =
        new Selection(
            List.of(), null, null, null, Selection.Sort.INVESTMENT, Selection.Grouping.CENTRE);
    try (XSSFWorkbook wb = workbook(analysis, byCentre)) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      formulasComputeTheirStoredValues(wb, ev);
      assertFiguresAre(wb, ev, analysis);
    }
  }

  /** How many formulas the workbook has; each computes the value stored beside it. */
  private static int formulasComputeTheirStoredValues(XSSFWorkbook wb, FormulaEvaluator ev) {
    int formulas = 0;
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            double stored = cell.getNumericCellValue();
            assertThat(ev.evaluate(cell).getNumberValue())
                .as("%s!%s =%s", sheet.getSheetName(), cell.getAddress(), cell.getCellFormula())
                .isEqualTo(stored);
            formulas++;
          }
        }
      }
    }
    return formulas;
  }

  @Test
  void aChangedLineCarriesThroughToTheSubtotalNetImpactCumulativeAndTotal() throws Exception {
    try (XSSFWorkbook wb = workbook(Analysis.of(cases))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      Proposal ha02 = cases.find("HA02").orElseThrow();
      Line first = ha02.permanent().get(0);
      long before = first.amounts().get(2019).orElseThrow();
      long after = before + 1234;

      // The analyst's change, in the sheet ...
      Sheet sheet = wb.getSheet("HA02");
      int row = rowOf(sheet, first.text());
      int column = yearColumns(sheet).get(2019);
      assertThat(sheet.getRow(row).getCell(column).getNumericCellValue()).isEqualTo(before);
      sheet.getRow(row).getCell(column).setCellValue(after);
      ev.clearAllCachedResultValues();

      // ... and the same change in the case, computed by payback.
      Analysis analysis = Analysis.of(ChangedCase.of(cases, ha02.id(), first.text(), 2019, after));
      Proposal changed = analysis.cases().find(ha02.id()).orElseThrow();
      assertThat(analysis.figures(changed).netImpact())
          .isNotEqualTo(Analysis.of(cases).figures(ha02).netImpact());

      assertFiguresAre(wb, ev, analysis);
    }
  }

  private static XSSFWorkbook workbook(Analysis analysis) throws Exception {
    return workbook(analysis, Selection.ALL);
  }

  private static XSSFWorkbook workbook(Analysis analysis, Selection selection) throws Exception {
    byte[] xlsx =
        new XlsxFormat()
            .render(
                Documents.report(
                    analysis,
                    Scenario.BASE,
                    Discounting.DEFAULT,
                    Checker.check(analysis, 0),
                    selection,
                    Lang.DA));
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  /**
   * Each proposal's subtotals, net impact and cumulative row, the overview's investment and savings
   * per proposal and its two I ALT rows, as the evaluator calculates them, are payback's figures.
   */
  private static void assertFiguresAre(XSSFWorkbook wb, FormulaEvaluator ev, Analysis analysis) {
    Overview overview = analysis.overview(Scenario.BASE);
    for (ProposalFigures f : overview.totals().proposals()) {
      Proposal p = f.proposal();
      Sheet sheet = wb.getSheet(p.id());
      Map<Integer, Integer> years = yearColumns(sheet);
      Map<String, Amounts> expected = new HashMap<>();
      if (!p.permanent().isEmpty() || p.isSummaryOnly()) {
        expected.put(p.isSummaryOnly() ? PW.savings() : PW.permanentTotal(), f.permanentTotal());
      }
      if (!p.isSummaryOnly()) {
        expected.put(PW.implementationTotal(p.type()), f.implementationTotal());
      }
      expected.put(PW.netImpact(), f.netImpact());
      expected.put(PW.cumulative(), f.cumulative());
      expected.forEach(
          (label, amounts) -> {
            Row row = sheet.getRow(rowOf(sheet, label));
            boolean derived = !p.isSummaryOnly() || !label.equals(PW.savings());
            amounts
                .byYear()
                .forEach(
                    (year, value) -> {
                      var cell = row.getCell(years.get(year));
                      assertThat(value(ev, cell))
                          .as("%s %s %d", p.id(), label, year)
                          .isEqualTo(value);
                      assertThat(cell.getCellType() == CellType.FORMULA)
                          .as("%s %s %d is a formula", p.id(), label, year)
                          .isEqualTo(derived);
                    });
          });
    }
    Sheet sheet = wb.getSheet(OW.overviewHeading());
    int header = rowOf(sheet, OW.number());
    Map<Integer, Integer> savings = new TreeMap<>();
    for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(header)) {
      String text = c.getStringCellValue();
      if (text.startsWith(PW.savings())) {
        savings.put(Integer.parseInt(text.substring(text.length() - 4)), c.getColumnIndex());
      }
    }
    for (Overview.Row r : overview.investments()) {
      overviewRow(ev, sheet.getRow(idRow(sheet, r.proposal().id())), r.figures(), savings);
    }
    for (Overview.Row r : overview.innovations()) {
      overviewRow(ev, sheet.getRow(idRow(sheet, r.proposal().id())), r.figures(), savings);
    }
    totalRow(ev, sheet, OW.totalInvestment(), overview.totals().investment(), savings);
    totalRow(ev, sheet, OW.totalInnovation(), overview.totals().innovation(), savings);
  }

  private static void overviewRow(
      FormulaEvaluator ev, Row row, ProposalFigures f, Map<Integer, Integer> savings) {
    String id = f.proposal().id();
    assertThat(value(ev, row.getCell(3))).as("%s investment", id).isEqualTo(f.investment());
    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
    savings.forEach(
        (year, column) -> {
          if (f.savings().has(year)) {
            assertThat(value(ev, row.getCell(column)))
                .as("%s savings %d", id, year)
                .isEqualTo(f.savings().valueOr0(year));
            assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.FORMULA);
          }
        });
  }

  private static void totalRow(
      FormulaEvaluator ev,
      Sheet sheet,
      String label,
      PortfolioFigures.Total total,
      Map<Integer, Integer> savings) {
    Row row = null;
    for (Row r : sheet) {
      if (r.getCell(2) != null && label.equals(r.getCell(2).getStringCellValue())) {
        row = r;
      }
    }
    assertThat(row).as(label).isNotNull();
    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
    assertThat(value(ev, row.getCell(3))).as(label).isEqualTo(total.investment());
    for (Map.Entry<Integer, Integer> e : savings.entrySet()) {
      assertThat(value(ev, row.getCell(e.getValue())))
          .as("%s %d", label, e.getKey())
          .isEqualTo(total.savings().valueOr0(e.getKey()));
    }
  }

  /** A figure as the evaluator calculates it: exact, as the sheet holds whole thousands. */
  private static long value(FormulaEvaluator ev, org.apache.poi.ss.usermodel.Cell cell) {
    assertThat(cell).isNotNull();
    double v =
        cell.getCellType() == CellType.FORMULA
            ? ev.evaluate(cell).getNumberValue()
            : cell.getNumericCellValue();
    assertThat(v).isEqualTo(Math.rint(v));
    return (long) v;
  }

  /** The first row whose first column is the label. */
  private static int rowOf(Sheet sheet, String label) {
    for (Row r : sheet) {
      var c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
  }

  private static int idRow(Sheet sheet, String id) {
    for (Row r : sheet) {
      var c = r.getCell(1);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no row for " + id);
  }

  /** The column of each year in a proposal's table 1.1, from its header row. */
  private static Map<Integer, Integer> yearColumns(Sheet sheet) {
    Map<Integer, Integer> years = new TreeMap<>();
    for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(rowOf(sheet, PW.unit()))) {
      if (c.getColumnIndex() >= 2) {
        years.put(Integer.parseInt(c.getStringCellValue()), c.getColumnIndex());
      }
    }
    return years;
  }
}
