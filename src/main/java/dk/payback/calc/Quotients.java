package dk.payback.calc;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Amounts discounted at one rate, each quotient kept by its year and amount. The present value and
 * the discounted payback of a proposal divide many of the same amounts by the same growth factors
 * (every year past the case's last, and every year without implementation costs), and so do its
 * scenarios that only move savings; a division at 34 digits costs far more than the look-up. A kept
 * quotient is the very number {@link DiscountRate#discount} returns, so nothing computed changes.
 *
 * <p>One per proposal and thread: not thread-safe.
 */
final class Quotients {

  private final DiscountRate rate;

  /**
   * By year t: the amount last discounted to year 0 from year t, and its quotient; made at the
   * first division, which a proposal whose figures all come from {@link RoughSum}s never needs.
   */
  private long[] amounts = new long[0];

  private BigDecimal[] quotients = new BigDecimal[0];

  private final double[] roughGrowth;

  Quotients(DiscountRate rate) {
    this.rate = rate;
    this.roughGrowth = rate.roughGrowth();
  }

  /**
   * Whether {@link #roughly} takes year {@code t}: years 0 to 255, which every case's years and
   * horizon lie within.
   */
  boolean roughlyIn(int t) {
    return t >= 0 && t < roughGrowth.length;
  }

  /**
   * {@code amount / (1 + rate)^t} in floating point, for a {@link RoughSum}: the amount and the
   * factor each within a unit of roundoff of the exact ones, then divided.
   */
  double roughly(long amount, int t) {
    return t == 0 ? amount : amount / roughGrowth[t];
  }

  DiscountRate rate() {
    return rate;
  }

  /** {@code amount / (1 + rate)^t}, as {@link DiscountRate#discount} computes it. */
  BigDecimal discount(long amount, int t) {
    if (t < 0 || t >= 1024) {
      return rate.discount(BigDecimal.valueOf(amount), t);
    }
    if (t >= quotients.length) {
      int n = Math.max(Math.max(t + 1, 64), quotients.length * 2);
      amounts = Arrays.copyOf(amounts, n);
      quotients = Arrays.copyOf(quotients, n);
    }
    BigDecimal q = quotients[t];
    if (q != null && amounts[t] == amount) {
      return q;
    }
    q = rate.discount(BigDecimal.valueOf(amount), t);
    amounts[t] = amount;
    quotients[t] = q;
    return q;
  }
}
