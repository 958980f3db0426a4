package dk.payback.calc;

import java.util.OptionalLong;

/**
 * A sum of discounted amounts worked out in floating point, with a bound on how far from it the
 * exact sum (of the quotients at 34 digits, as {@link DiscountRate#discount} makes them) can lie.
 * Where the bound leaves no doubt, a rounded present value or a comparison is the exact one's,
 * found without the BigDecimal divisions; where it does leave doubt, the caller works the sum out
 * exactly. Nothing printed ever comes from the floating-point sum itself.
 *
 * <p>Why not exact arithmetic in longs: (1.035)^t is 207^t / 200^t, a denominator of 35 digits by
 * year 15, so the exact sum of a proposal's quotients does not fit in a long; and the printed value
 * is the sum of quotients each cut at 34 digits, which the exact rational sum need not round like.
 *
 * <p>The bound: each term, an amount over a growth factor, each within a unit of roundoff (u =
 * 2^-53) of the exact one, divided, is within 3 units of roundoff of the exact quotient, and the
 * quotient at 34 digits is within 10^-33 of that (relatively); adding n terms adds at most (n −
 * 1)·u·Σ|term|. So (n + 3)·u·Σ|term| bounds the distance; {@link #bound} takes eight times that,
 * and adds the bounds of terms that were themselves sums.
 *
 * <p>One sum, one thread.
 */
final class RoughSum {

  /**
   * Eight times double's unit roundoff: a wide margin over the (n + 3)·u the terms can add up to.
   */
  private static final double UNIT = 0x1p-50;

  /** Below 2^50 a double holds every whole and half number, and their differences exactly. */
  private static final double LARGEST = 0x1p50;

  /** A floor under every margin, against the roundoff of the checks themselves. */
  private static final double SLACK = 0x1p-40;

  private double sum;
  private double magnitude;
  private double carried;
  private int terms;

  /** Adds a term worked out from one amount (a quotient, or the amount itself). */
  void add(double term) {
    add(term, 0);
  }

  /**
   * Adds a term that is itself within {@code error} of its exact value (a sum already bounded,
   * moved to another year).
   */
  void add(double term, double error) {
    sum += term;
    magnitude += Math.abs(term);
    carried += error;
    terms++;
  }

  double value() {
    return sum;
  }

  /** How far the exact sum can lie from {@link #value}, at most. */
  double bound() {
    return carried + (terms + 8) * UNIT * magnitude;
  }

  /** Whether every term was exactly 0, as a quotient of 0 is: then so is the exact sum. */
  boolean isZero() {
    return magnitude == 0 && carried == 0;
  }

  /**
   * The exact sum rounded to a whole number, half up, where no half lies within the bound of the
   * rough sum; empty where one might, or where the sum is too large to tell.
   */
  OptionalLong rounded() {
    double bound = bound();
    if (!(Math.abs(sum) + bound < LARGEST)) {
      return OptionalLong.empty();
    }
    double nearest = Math.rint(sum);
    // The exact sum lies within the bound of sum, so strictly within a half of nearest: it rounds
    // to nearest, whichever way a half would go.
    double margin = 0.5 - Math.abs(sum - nearest);
    return margin > 2 * bound + SLACK ? OptionalLong.of((long) nearest) : OptionalLong.empty();
  }

  /**
   * The sign of the exact sum minus {@code other}'s (as {@code compareTo}), where the bounds leave
   * no doubt; 2 where they do.
   */
  int compareTo(RoughSum other) {
    double difference = sum - other.sum;
    double bound = bound() + other.bound();
    double doubt = 2 * (bound + UNIT * Math.abs(difference)) + SLACK;
    if (isZero() && other.isZero()) {
      return 0;
    }
    if (difference > doubt) {
      return 1;
    }
    if (difference < -doubt) {
      return -1;
    }
    return UNSURE;
  }

  /** What {@link #compareTo} says where the bounds leave doubt. */
  static final int UNSURE = 2;
}
