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

  /** By year t: the amount last discounted to year 0 from year t, and its quotient. */
  private long[] amounts = new long[64];

  private BigDecimal[] quotients = new BigDecimal[64];

  Quotients(DiscountRate rate) {
    this.rate = rate;
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
      int n = Math.max(t + 1, quotients.length * 2);
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
