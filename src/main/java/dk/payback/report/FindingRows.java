package dk.payback.report;

import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Figure;
import dk.payback.check.Status;
import dk.payback.render.Labels;
import java.util.List;

/**
 * The findings of {@code check} as rows of cells, the same in every format that lays out tables
 * (Markdown, HTML, Excel): where, what, the year, the stated and the computed figure, their
 * difference, and what the computed figure comes from.
 */
final class FindingRows {

  /** @param year "" for a figure without a year */
  record Row(String location, String subject, String figure, String year, Cell stated, Cell computed, Cell difference, String basis) {}

  private FindingRows() {}

  static List<String> headers(Labels l) {
    return List.of(l.location(), l.subject(), l.figure(), l.year(), l.stated(), l.computed(), l.difference(), l.basis());
  }

  /** Which of the columns hold figures, to be right-aligned: year, stated, computed, difference. */
  static boolean isNumberColumn(int column) {
    return column >= 3 && column <= 6;
  }

  static List<Row> of(FindingsSection s, Labels l) {
    return s.findings().stream().map(r -> row(r, l)).toList();
  }

  /** "408 kontroller i 20 filer: 9 afvigelser i 3 filer". */
  static String count(FindingsSection s, Labels l) {
    CheckReport c = s.checks();
    return l.checkCount(c.results().size(), c.files(), c.count(Status.FINDING), c.filesWithFindings(), c.tolerance(),
        c.count(Status.WITHIN_TOLERANCE));
  }

  private static Row row(CheckResult r, Labels l) {
    boolean years = r.figure() == Figure.PAYBACK_YEARS;
    boolean ids = r.figure() == null;
    return new Row(
        r.location().toString(),
        r.subject(),
        l.checkedFigure(r),
        r.year() == null ? "" : String.valueOf(r.year()),
        ids ? Cell.EMPTY : cell(r.stated(), years, l),
        ids ? Cell.EMPTY : cell(r.computed(), years, l),
        ids || r.difference() == null ? Cell.EMPTY : cell(r.difference(), years, l),
        l.checkBasis(r));
  }

  private static Cell cell(Long value, boolean years, Labels l) {
    if (value == null) {
      return Cell.text(years ? l.none() : l.blank());
    }
    if (years) {
      return Cell.text(l.years(Math.toIntExact(value)));
    }
    return Cell.amount(value, l.lang());
  }
}
