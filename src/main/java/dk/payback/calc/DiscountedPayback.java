package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.Proposal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The payback rule of src/docs/calculations.md applied to discounted amounts: each year's permanent
 * total and implementation total is first discounted to year 0, then the same rule runs, compared
 * exactly. Past the case's last year the last year's permanent total goes on, discounted, through
 * the end of the horizon; a payback not reached by then is "none". Reached within the horizon
 * exactly when the net present value over the same years is a net saving (or 0).
 */
public final class DiscountedPayback {

  private DiscountedPayback() {}

  /**
   * @param baseYear year 0
   * @param endYear the last year counted
   */
  public static Payback of(ProposalFigures f, DiscountRate rate, int baseYear, int endYear) {
    return of(f, new Quotients(rate), baseYear, endYear);
  }

  /** As {@link #of(ProposalFigures, DiscountRate, int, int)}, the quotients taken from a memo. */
  static Payback of(ProposalFigures f, Quotients rate, int baseYear, int endYear) {
    return roughly(f, rate, baseYear, endYear).orElseGet(() -> exactly(f, rate, baseYear, endYear));
  }

  /**
   * The same rule on {@link RoughSum}s: the payback wherever their bounds leave no doubt about each
   * comparison, empty where one is in doubt.
   */
  private static Optional<Payback> roughly(
      ProposalFigures f, Quotients rate, int baseYear, int endYear) {
    boolean estimate = f.proposal().isSummaryOnly();
    RoughSum investment = new RoughSum();
    Amounts implementation = f.implementationTotal();
    for (int i = 0; i < implementation.size(); i++) {
      int t = implementation.yearAt(i) - baseYear;
      if (!rate.roughlyIn(t)) {
        return Optional.empty();
      }
      investment.add(rate.roughly(implementation.valueAt(i), t));
    }
    int sign = investment.compareTo(new RoughSum());
    if (sign == RoughSum.UNSURE) {
      return Optional.empty();
    }
    if (sign <= 0) {
      return Optional.of(Payback.notApplicable(estimate));
    }
    int last = f.proposal().lastYear();
    RoughSum saved = new RoughSum();
    for (int year = f.startYear(); year <= endYear; year++) {
      long permanent = f.permanentTotal().valueOr0(Math.min(year, last));
      if (!rate.roughlyIn(year - baseYear)) {
        return Optional.empty();
      }
      saved.add(-rate.roughly(permanent, year - baseYear));
      int reached = saved.compareTo(investment);
      if (reached == RoughSum.UNSURE) {
        return Optional.empty();
      }
      if (reached >= 0) {
        return Optional.of(Payback.after(year - f.startYear() + 1, year, year > last, estimate));
      }
    }
    return Optional.of(Payback.none(estimate));
  }

  /** The rule on the exact sums: what {@link #roughly} must agree with wherever it answers. */
  static Payback exactly(ProposalFigures f, Quotients rate, int baseYear, int endYear) {
    Proposal p = f.proposal();
    boolean estimate = p.isSummaryOnly();
    BigDecimal investment = BigDecimal.ZERO;
    Amounts implementation = f.implementationTotal();
    for (int i = 0; i < implementation.size(); i++) {
      investment =
          investment.add(
              rate.discount(implementation.valueAt(i), implementation.yearAt(i) - baseYear));
    }
    if (investment.signum() <= 0) {
      return Payback.notApplicable(estimate);
    }
    int last = p.lastYear();
    BigDecimal saved = BigDecimal.ZERO;
    for (int year = f.startYear(); year <= endYear; year++) {
      long permanent = f.permanentTotal().valueOr0(Math.min(year, last));
      saved = saved.subtract(rate.discount(permanent, year - baseYear));
      if (saved.compareTo(investment) >= 0) {
        return Payback.after(year - f.startYear() + 1, year, year > last, estimate);
      }
    }
    return Payback.none(estimate);
  }
}
