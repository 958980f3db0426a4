package dk.payback.calc;

import dk.payback.model.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A net present value ("nutidsværdi") in thousands of kroner, in the sign convention of the source:
 * negative is a net saving. Year 0 is not discounted; each later year's amount is divided by (1 +
 * rate)^t. The sum is exact and is rounded once, at the end, to whole thousands, half up (as
 * spreadsheets' ROUND does).
 *
 * @param exact the sum before rounding
 * @param thousands the sum rounded to whole thousands of kroner
 * @param baseYear year 0: the year whose money the value is in
 * @param endYear the last year counted
 */
public record NetPresentValue(
    BigDecimal exact, long thousands, int baseYear, int endYear, DiscountRate rate) {

  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  public static NetPresentValue of(BigDecimal exact, int baseYear, int endYear, DiscountRate rate) {
    return new NetPresentValue(
        exact, exact.setScale(0, ROUNDING).longValueExact(), baseYear, endYear, rate);
  }

  /**
   * The present value in {@code baseYear} of the amounts of the years {@code baseYear..endYear}.
   */
  public static NetPresentValue of(
      Map<Integer, Long> byYear, int baseYear, int endYear, DiscountRate rate) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<Integer, Long> e : byYear.entrySet()) {
      int year = e.getKey();
      if (year < baseYear) {
        throw new IllegalArgumentException(
            "an amount in " + year + ", before year 0 (" + baseYear + ")");
      }
      if (year <= endYear) {
        sum = sum.add(rate.discount(BigDecimal.valueOf(e.getValue()), year - baseYear));
      }
    }
    return of(sum, baseYear, endYear, rate);
  }

  /**
   * The present value in {@code baseYear} of the amounts of the years {@code baseYear..endYear}, as
   * {@link #of(Map, int, int, DiscountRate)} computes it, each year's quotient taken from {@code
   * quotients}.
   */
  static NetPresentValue of(Amounts amounts, int baseYear, int endYear, Quotients quotients) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < amounts.size(); i++) {
      int year = amounts.yearAt(i);
      if (year < baseYear) {
        throw new IllegalArgumentException(
            "an amount in " + year + ", before year 0 (" + baseYear + ")");
      }
      if (year <= endYear) {
        sum = sum.add(quotients.discount(amounts.valueAt(i), year - baseYear));
      }
    }
    return of(sum, baseYear, endYear, quotients.rate());
  }

  /**
   * The sum of present values, each first moved to {@code baseYear}'s money, rounded once: not the
   * sum of the rounded parts.
   */
  public static NetPresentValue total(
      List<NetPresentValue> parts, int baseYear, DiscountRate rate) {
    BigDecimal sum = BigDecimal.ZERO;
    int end = baseYear;
    for (NetPresentValue part : parts) {
      if (!part.rate.equals(rate)) {
        throw new IllegalArgumentException("present values at different rates");
      }
      sum = sum.add(rate.discount(part.exact, part.baseYear - baseYear));
      end = Math.max(end, part.endYear);
    }
    return of(sum, baseYear, end, rate);
  }
}
