package dk.payback.calc;

import dk.payback.model.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A net present value ("nutidsværdi") in thousands of kroner, in the sign convention of the source:
 * negative is a net saving. Year 0 is not discounted; each later year's amount is divided by (1 +
 * rate)^t. The sum is exact and is rounded once, at the end, to whole thousands, half up (as
 * spreadsheets' ROUND does).
 *
 * <p>The whole thousands are found from a {@link RoughSum} wherever its bound leaves no doubt about
 * them (all but the rare value with a half within the bound), and the exact sum is then worked out
 * only when asked for; either way both are the numbers the exact arithmetic gives. Immutable: the
 * exact sum, once worked out, is kept (two threads asking at once may both work it out, and get the
 * same number).
 */
public final class NetPresentValue {

  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final long thousands;
  private final int baseYear;
  private final int endYear;
  private final DiscountRate rate;

  /** The sum in floating point, and how far from it the exact sum can lie. */
  private final double rough;

  private final double bound;

  /** Works the exact sum out, where it is not known yet. */
  private final Supplier<BigDecimal> exactly;

  private BigDecimal exact;

  private NetPresentValue(
      long thousands,
      int baseYear,
      int endYear,
      DiscountRate rate,
      double rough,
      double bound,
      BigDecimal exact,
      Supplier<BigDecimal> exactly) {
    this.thousands = thousands;
    this.baseYear = baseYear;
    this.endYear = endYear;
    this.rate = rate;
    this.rough = rough;
    this.bound = bound;
    this.exact = exact;
    this.exactly = exactly;
  }

  /**
   * @param exact the sum before rounding
   * @param baseYear year 0: the year whose money the value is in
   * @param endYear the last year counted
   */
  public static NetPresentValue of(BigDecimal exact, int baseYear, int endYear, DiscountRate rate) {
    double rough = exact.doubleValue();
    // doubleValue() is the nearest double: within one unit of roundoff, bounded eight times over.
    double bound = Math.abs(rough) * 0x1p-50;
    long thousands = exact.setScale(0, ROUNDING).longValueExact();
    return new NetPresentValue(thousands, baseYear, endYear, rate, rough, bound, exact, null);
  }

  private static NetPresentValue of(
      RoughSum sum,
      long thousands,
      int baseYear,
      int endYear,
      DiscountRate rate,
      Supplier<BigDecimal> exactly) {
    return new NetPresentValue(
        thousands, baseYear, endYear, rate, sum.value(), sum.bound(), null, exactly);
  }

  /** The sum before rounding. */
  public BigDecimal exact() {
    BigDecimal e = exact;
    if (e == null) {
      e = exactly.get();
      exact = e;
    }
    return e;
  }

  /** The sum rounded to whole thousands of kroner. */
  public long thousands() {
    return thousands;
  }

  /** Year 0: the year whose money the value is in. */
  public int baseYear() {
    return baseYear;
  }

  /** The last year counted. */
  public int endYear() {
    return endYear;
  }

  public DiscountRate rate() {
    return rate;
  }

  /** Equal as the values are: the same exact sum, years and rate. */
  @Override
  public boolean equals(Object o) {
    return o instanceof NetPresentValue v
        && thousands == v.thousands
        && baseYear == v.baseYear
        && endYear == v.endYear
        && rate.equals(v.rate)
        && exact().equals(v.exact());
  }

  @Override
  public int hashCode() {
    return Objects.hash(thousands, baseYear, endYear, rate);
  }

  @Override
  public String toString() {
    return "NetPresentValue[exact="
        + exact()
        + ", thousands="
        + thousands
        + ", baseYear="
        + baseYear
        + ", endYear="
        + endYear
        + ", rate="
        + rate
        + "]";
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
   *
   * @param again the same amounts, made again should the exact sum be asked for later (so that it
   *     need not keep them meanwhile)
   */
  static NetPresentValue of(
      Amounts amounts, int baseYear, int endYear, Quotients quotients, Supplier<Amounts> again) {
    DiscountRate rate = quotients.rate();
    RoughSum sum = new RoughSum();
    boolean rough = true;
    for (int i = 0; i < amounts.size() && rough; i++) {
      int year = amounts.yearAt(i);
      rough = year >= baseYear && quotients.roughlyIn(year - baseYear);
      if (rough && year <= endYear) {
        sum.add(quotients.roughly(amounts.valueAt(i), year - baseYear));
      }
    }
    OptionalLong thousands = rough ? sum.rounded() : OptionalLong.empty();
    if (thousands.isEmpty()) {
      return of(exactSum(amounts, baseYear, endYear, quotients), baseYear, endYear, rate);
    }
    return of(
        sum,
        thousands.getAsLong(),
        baseYear,
        endYear,
        rate,
        () -> exactSum(again.get(), baseYear, endYear, new Quotients(rate)));
  }

  private static BigDecimal exactSum(
      Amounts amounts, int baseYear, int endYear, Quotients quotients) {
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
    return sum;
  }

  /**
   * The sum of present values, each first moved to {@code baseYear}'s money, rounded once: not the
   * sum of the rounded parts.
   */
  public static NetPresentValue total(
      List<NetPresentValue> parts, int baseYear, DiscountRate rate) {
    double[] growth = rate.roughGrowth();
    RoughSum sum = new RoughSum();
    boolean rough = true;
    int end = baseYear;
    for (NetPresentValue part : parts) {
      end = Math.max(end, part.endYear);
    }
    for (int i = 0; i < parts.size() && rough; i++) {
      NetPresentValue part = parts.get(i);
      int shift = part.baseYear - baseYear;
      rough = part.rate.equals(rate) && shift >= 0 && shift < growth.length;
      // A part within its bound of its exact sum, moved by a factor of at least 1, stays within it.
      if (rough) {
        sum.add(part.rough / growth[shift], part.bound);
      }
    }
    OptionalLong thousands = rough ? sum.rounded() : OptionalLong.empty();
    if (thousands.isEmpty()) {
      return of(exactTotal(parts, baseYear, rate), baseYear, end, rate);
    }
    List<NetPresentValue> kept = List.copyOf(parts);
    return of(
        sum, thousands.getAsLong(), baseYear, end, rate, () -> exactTotal(kept, baseYear, rate));
  }

  private static BigDecimal exactTotal(
      List<NetPresentValue> parts, int baseYear, DiscountRate rate) {
    BigDecimal sum = BigDecimal.ZERO;
    for (NetPresentValue part : parts) {
      if (!part.rate.equals(rate)) {
        throw new IllegalArgumentException("present values at different rates");
      }
      sum = sum.add(rate.discount(part.exact(), part.baseYear - baseYear));
    }
    return sum;
  }
}
