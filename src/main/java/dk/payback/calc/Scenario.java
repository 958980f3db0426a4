package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.model.SummaryOnly;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A "what if" for a proposal: the savings come out smaller, the costs larger, or the savings late.
 *
 * <ul>
 *   <li>Savings are the negative amounts (of permanent and implementation lines, and a summary-only
 *       proposal's savings): each is multiplied by {@code savingsFactor}.
 *   <li>Costs are the positive amounts (running costs among the permanent lines, every
 *       implementation cost, a summary-only proposal's investment): each is multiplied by {@code
 *       costFactor}.
 *   <li>Each scaled amount is rounded to whole thousands, half up, line by line and year by year,
 *       so the scenario is again a case of whole thousands that the template's arithmetic applies
 *       to.
 *   <li>{@code delay} moves the savings of the permanent lines that many years later; the costs
 *       come as planned, which is how a late saving usually goes. The case gains {@code delay}
 *       years at the end so that no saving is lost: in them each permanent line goes on at its last
 *       year's amount, as the payback rule extrapolates, its savings shifted like the rest.
 * </ul>
 */
public record Scenario(BigDecimal savingsFactor, BigDecimal costFactor, int delay) {

  public static final BigDecimal MAX_FACTOR = BigDecimal.TEN;
  public static final int MAX_DELAY = 10;

  /** The proposal as it stands. */
  public static final Scenario BASE = new Scenario(BigDecimal.ONE, BigDecimal.ONE, 0);

  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  public Scenario {
    savingsFactor = checkFactor(savingsFactor);
    costFactor = checkFactor(costFactor);
    if (delay < 0 || delay > MAX_DELAY) {
      throw new IllegalArgumentException("a delay is 0 to " + MAX_DELAY + " years: " + delay);
    }
  }

  private static BigDecimal checkFactor(BigDecimal f) {
    if (f.signum() < 0 || f.compareTo(MAX_FACTOR) > 0) {
      throw new IllegalArgumentException(
          "a factor lies from 0 to " + MAX_FACTOR + " (0.9 = 90 %): " + f.toPlainString());
    }
    return f.stripTrailingZeros();
  }

  public static Scenario savingsAt(String factor) {
    return new Scenario(new BigDecimal(factor), BigDecimal.ONE, 0);
  }

  public static Scenario delayed(int years) {
    return new Scenario(BigDecimal.ONE, BigDecimal.ONE, years);
  }

  /** Reads a factor as "0.9", "0,9" or "90%". */
  public static BigDecimal parseFactor(String text) {
    Decimals.Typed t = Decimals.parse(text, "a factor: write it like 0.9 or 90% (for 90 %)");
    return t.percent() ? t.number().movePointLeft(2) : t.number();
  }

  public boolean isBase() {
    // As equals(BASE), without comparing records: the factors are kept without trailing zeros.
    return delay == 0 && savingsFactor.equals(BigDecimal.ONE) && costFactor.equals(BigDecimal.ONE);
  }

  /** The proposal under this scenario; its stated figures stay those of the source. */
  public Proposal apply(Proposal p) {
    if (isBase()) {
      return p;
    }
    List<Integer> years = new ArrayList<>(p.years());
    for (int i = 1; i <= delay; i++) {
      years.add(p.lastYear() + i);
    }
    SummaryOnly summaryOnly = p.summaryOnly();
    if (summaryOnly != null) {
      summaryOnly =
          new SummaryOnly(
              summaryOnly.reason(),
              scale(summaryOnly.investment()),
              permanent(summaryOnly.savings(), p.lastYear()));
    }
    // Loops, not streams: a sensitivity grid applies a scenario to every proposal five times.
    Line[] permanent = new Line[p.permanent().size()];
    for (int i = 0; i < permanent.length; i++) {
      Line l = p.permanent().get(i);
      permanent[i] = new Line(l.text(), l.area(), permanent(l.amounts(), p.lastYear()));
    }
    Line[] implementation = new Line[p.implementation().size()];
    for (int i = 0; i < implementation.length; i++) {
      Line l = p.implementation().get(i);
      implementation[i] = new Line(l.text(), l.area(), l.amounts().map(this::scale));
    }
    return p.withAmounts(years, List.of(permanent), List.of(implementation), summaryOnly);
  }

  /**
   * A permanent line: savings scaled and shifted, costs scaled, continued through the added years.
   */
  private Amounts permanent(Amounts amounts, int lastYear) {
    int newLast = lastYear + delay;
    if (amounts.isEmpty() || amounts.yearAt(0) > newLast) {
      return Amounts.empty();
    }
    // By target year from the first: a cost stays in its year, a saving moves on by the delay, so a
    // year receives at most one of each and the order of the two additions cannot matter.
    int first = amounts.yearAt(0);
    long[] sums = new long[newLast - first + 1];
    boolean[] present = new boolean[sums.length];
    int count = 0;
    for (int year = first; year <= newLast; year++) {
      int from = Math.min(year, lastYear);
      if (!amounts.has(from)) {
        continue;
      }
      long value = amounts.valueOr0(from);
      int target = (value < 0 ? year + delay : year) - first;
      if (target < sums.length) {
        sums[target] = present[target] ? Math.addExact(sums[target], scale(value)) : scale(value);
        count += present[target] ? 0 : 1;
        present[target] = true;
      }
    }
    int[] years = new int[count];
    long[] values = new long[count];
    for (int i = 0, n = 0; i < sums.length; i++) {
      if (present[i]) {
        years[n] = first + i;
        values[n++] = sums[i];
      }
    }
    return Amounts.sorted(years, values);
  }

  /**
   * Half up to whole thousands; a factor of 1 leaves an amount as it is, which is what the product
   * rounds to.
   */
  private long scale(long amount) {
    BigDecimal factor = amount < 0 ? savingsFactor : costFactor;
    if (factor.equals(BigDecimal.ONE)) {
      return amount;
    }
    // In longs where the product fits, the same number: the factor is unscaled / 10^scale exactly,
    // and the quotient, moved one away from zero where the remainder is half the divisor or more,
    // is the product rounded half up.
    int scale = factor.scale();
    if (scale >= 0 && scale < TENS.length && factor.precision() < 19) {
      long unscaled = factor.unscaledValue().longValue();
      long product = amount * unscaled;
      if (Math.multiplyHigh(amount, unscaled) == product >> 63) {
        long divisor = TENS[scale];
        long remainder = product % divisor;
        long quotient = product / divisor;
        return 2 * Math.abs(remainder) >= divisor ? quotient + Long.signum(product) : quotient;
      }
    }
    return BigDecimal.valueOf(amount).multiply(factor).setScale(0, ROUNDING).longValueExact();
  }

  /** 10^0 to 10^18: every power of ten a long holds. */
  private static final long[] TENS = new long[19];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }
}
