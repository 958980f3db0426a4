package dk.payback.calc;

/**
 * How present values are taken: the rate, and how many years past the case's last year the last
 * year's permanent total is counted on.
 *
 * @param rate the yearly discount rate
 * @param horizon the number of years after the case's last year (0 = the case's years only)
 */
public record Discounting(DiscountRate rate, int horizon) {

  public static final int DEFAULT_HORIZON = 10;

  /** A sane bound: past a century the rate no longer means anything for a municipal budget. */
  public static final int MAX_HORIZON = 100;

  public static final Discounting DEFAULT =
      new Discounting(DiscountRate.MINISTRY_2021, DEFAULT_HORIZON);

  public Discounting {
    if (horizon < 0 || horizon > MAX_HORIZON) {
      throw new IllegalArgumentException(
          "the horizon is 0 to " + MAX_HORIZON + " years: " + horizon);
    }
  }
}
