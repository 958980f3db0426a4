package dk.payback.calc;

/**
 * Payback time in whole years, by the rule behind the source's "Tilbagebetalingstid".
 *
 * @param kind whether a payback exists
 * @param years the number of years from the start year through the year the savings catch up (only
 *     for {@link Kind#YEARS})
 * @param year the calendar year in which the cumulative savings first reach the investment
 * @param extrapolated the year lies after the case's last year, reached by continuing the last
 *     year's permanent total
 * @param estimate the investment's yearly split is unknown (summary-only proposals)
 */
public record Payback(Kind kind, int years, int year, boolean extrapolated, boolean estimate) {

  public enum Kind {
    YEARS,
    /** Savings never catch up with the investment: no lasting saving. */
    NONE,
    /** Nothing to pay back: no investment. */
    NOT_APPLICABLE
  }

  public static Payback none(boolean estimate) {
    return new Payback(Kind.NONE, 0, 0, false, estimate);
  }

  public static Payback notApplicable(boolean estimate) {
    return new Payback(Kind.NOT_APPLICABLE, 0, 0, false, estimate);
  }

  public static Payback after(int years, int year, boolean extrapolated, boolean estimate) {
    return new Payback(Kind.YEARS, years, year, extrapolated, estimate);
  }

  public boolean isYears() {
    return kind == Kind.YEARS;
  }
}
