package dk.payback.check;

import dk.payback.calc.Payback;
import dk.payback.model.Location;
import java.util.List;

/**
 * One check and its outcome, pointing at the stated figure (or the id) it is about.
 *
 * @param subject what the check is about: a proposal id, or an "I ALT" label
 * @param figure the figure compared, or null for a check of ids
 * @param year the year compared, or null for a figure without one
 * @param stated the printed value, or null for a blank cell (or a check of ids)
 * @param computed the computed value, or null for a blank cell, no payback, or a check of ids
 * @param basis what the computed value comes from: "lines sum", "payback rule", a case file …
 * @param title a short name of the check, unique within a file, in English whatever the output's
 *     language, so that a test report's names stay the same: for test reports and annotations
 * @param detail what the message about the check names besides the fields above; the message itself
 *     is put into words by the view, in the output's language
 */
public record CheckResult(
    CheckKind kind,
    Status status,
    Location location,
    String subject,
    Figure figure,
    Integer year,
    Long stated,
    Long computed,
    String basis,
    String title,
    Detail detail) {

  /**
   * @param row the overview's row number the check is about, or 0
   * @param file the other file the check names: a row's case file, the overview file, or the case's
   *     own file name; or null
   * @param others the other places with the same ID: locations, or row numbers; or empty
   * @param payback the computed payback of a payback check, or null
   * @param lastYear the proposal's last year, for a payback extrapolated beyond it; or 0
   */
  public record Detail(int row, String file, List<String> others, Payback payback, int lastYear) {

    public static final Detail NONE = new Detail(0, null, List.of(), null, 0);

    public Detail {
      others = List.copyOf(others);
    }

    /** A check names the overview's row, if any; most name none and share one detail. */
    static Detail row(int row) {
      return row == 0 ? NONE : new Detail(row, null, List.of(), null, 0);
    }
  }

  public boolean isFinding() {
    return status == Status.FINDING;
  }

  /**
   * Computed minus stated, a blank counting as 0; null where either is not a number. A difference
   * past the range of long is refused before a result is made (an input error), so none is left out
   * here.
   *
   * @throws ArithmeticException for a result made elsewhere whose difference does not fit
   */
  public Long difference() {
    if (figure == null || (stated == null && computed == null)) {
      return null;
    }
    if (figure == Figure.PAYBACK_YEARS && (stated == null || computed == null)) {
      return null;
    }
    return Math.subtractExact(computed == null ? 0 : computed, stated == null ? 0 : stated);
  }
}
