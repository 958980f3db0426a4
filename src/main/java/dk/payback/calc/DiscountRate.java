package dk.payback.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A yearly discount rate in percent, kept as an exact decimal. The Danish Ministry of Finance's
 * real social discount rate ("kalkulationsrente") has been 3.5 % a year for years 0–35 since 2021,
 * and was 4 % from 2013 to 2020, when the source's proposals were made.
 *
 * @param percent the rate in percent, such as 3.5
 */
public record DiscountRate(BigDecimal percent) {

  /**
   * The precision of every division: 34 significant digits (IEEE 754 decimal128). Multiplication
   * and addition stay exact; only a quotient is cut, far below a krone, and results are rounded
   * once, at the end, to whole thousands.
   */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The Ministry of Finance's rate in force since 2021: 3.5 % a year. */
  public static final DiscountRate MINISTRY_2021 = new DiscountRate(new BigDecimal("3.5"));

  /** The Ministry of Finance's rate from 2013 to 2020: 4 % a year. */
  public static final DiscountRate MINISTRY_2013 = new DiscountRate(new BigDecimal("4"));

  public DiscountRate {
    // 3.5 and 3.50 are the same rate, and must be equal as records.
    percent = percent.stripTrailingZeros();
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "a discount rate lies from 0 up to (not including) 100 %: " + percent.toPlainString());
    }
  }

  /** Reads "3.5", "3,5" or "3.5%"; a comma is taken as the Danish decimal mark. */
  public static DiscountRate parse(String text) {
    return new DiscountRate(
        Decimals.parse(text, "a percentage: write it like 3.5 (for 3.5 % a year)").number());
  }

  /**
   * The exact growth factor of {@code t} years: (1 + rate)^t. A run takes the same few factors for
   * every proposal and scenario (a report of 10,000 proposals some two million times), so each is
   * computed once per rate and kept; kept or not, it is the same exact number.
   */
  public BigDecimal growth(int t) {
    if (t < 0) {
      throw new IllegalArgumentException("a year before year 0: " + t);
    }
    if (t >= CACHED_YEARS) {
      return BigDecimal.ONE.add(percent.movePointLeft(2)).pow(t);
    }
    BigDecimal[] factors = GROWTH.computeIfAbsent(percent, p -> new BigDecimal[CACHED_YEARS]);
    BigDecimal g = factors[t];
    if (g == null) {
      g = BigDecimal.ONE.add(percent.movePointLeft(2)).pow(t);
      factors[t] = g;
    }
    return g;
  }

  /** Years 0 to the case's 60 years and the longest horizon, and a little more. */
  private static final int CACHED_YEARS = 256;

  /**
   * By rate in percent; a race between two threads computes a factor twice, never a wrong one (an
   * array slot holds null or the exact factor).
   */
  private static final ConcurrentHashMap<BigDecimal, BigDecimal[]> GROWTH =
      new ConcurrentHashMap<>();

  /**
   * The growth factors of years 0 to 255 as doubles, each within a unit of roundoff of the exact
   * factor, made once per rate; for {@link RoughSum}s. Shared: never to be written.
   */
  double[] roughGrowth() {
    return ROUGH_GROWTH.computeIfAbsent(
        percent,
        p -> {
          // Each factor at 34 digits from the one before: 255 such steps are off by less than
          // 10^-31 of the factor, far below the unit of roundoff of the double made of it, and
          // far quicker than the exact factors' hundreds of digits.
          BigDecimal step = BigDecimal.ONE.add(p.movePointLeft(2));
          BigDecimal factor = BigDecimal.ONE;
          double[] factors = new double[CACHED_YEARS];
          for (int t = 0; t < CACHED_YEARS; t++) {
            factors[t] = factor.doubleValue();
            factor = factor.multiply(step, PRECISION);
          }
          return factors;
        });
  }

  /** Per rate: the sensitivity grid and the scenarios ask for a handful of rates, each often. */
  private static final ConcurrentHashMap<BigDecimal, double[]> ROUGH_GROWTH =
      new ConcurrentHashMap<>();

  /** The value in year 0 of {@code amount} paid in year {@code t}: amount / (1 + rate)^t. */
  public BigDecimal discount(BigDecimal amount, int t) {
    if (t == 0) {
      return amount;
    }
    return amount.divide(growth(t), PRECISION);
  }
}
