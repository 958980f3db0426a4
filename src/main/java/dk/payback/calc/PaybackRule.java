package dk.payback.calc;

import dk.payback.model.Amounts;
import java.util.List;

/**
 * The payback rule of src/docs/calculations.md: from the first year with any amount, the first year
 * in which the cumulative savings (the negated permanent total) reach the whole investment; past
 * the last year the last year's permanent total goes on unchanged.
 */
public final class PaybackRule {

  /**
   * Keeps the calendar year within an int; a payback is reported however late it comes short of
   * that.
   */
  private static final long MAX_EXTRA_YEARS = 1_000_000_000L;

  private PaybackRule() {}

  /**
   * @param years the case's consecutive years
   * @param startYear the first year with any non-zero amount
   * @param investment the investment over the whole period
   * @param permanentTotal the permanent total per year (negative = saving)
   */
  public static Payback apply(
      List<Integer> years,
      int startYear,
      long investment,
      Amounts permanentTotal,
      boolean estimate) {
    if (investment <= 0) {
      return Payback.notApplicable(estimate);
    }
    long saved = 0;
    int lastYear = years.get(years.size() - 1);
    for (int year : years) {
      if (year < startYear) {
        continue;
      }
      saved = Math.subtractExact(saved, permanentTotal.valueOr0(year));
      if (saved >= investment) {
        return Payback.after(year - startYear + 1, year, false, estimate);
      }
    }
    long perYear = Math.negateExact(permanentTotal.valueOr0(lastYear));
    if (perYear <= 0) {
      return Payback.none(estimate);
    }
    long missing = Math.subtractExact(investment, saved);
    // Rounded up without adding first: missing + perYear - 1 can overflow and turn negative.
    long extraYears = missing / perYear + (missing % perYear == 0 ? 0 : 1);
    if (extraYears > MAX_EXTRA_YEARS) {
      // Reached only beyond any calendar year an int can hold: no year to name, so none.
      return Payback.none(estimate);
    }
    int year = lastYear + (int) extraYears;
    return Payback.after(year - startYear + 1, year, true, estimate);
  }
}
