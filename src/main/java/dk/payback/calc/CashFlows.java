package dk.payback.calc;

import dk.payback.model.Amounts;

/**
 * The yearly amounts a present value is taken of: the net impact in each of the case's years, then
 * the last year's permanent total in every further year, as the payback rule extrapolates. One-off
 * implementation costs do not recur.
 */
public final class CashFlows {

  private CashFlows() {}

  /** Every year from the case's first year through {@code endYear}, a blank counting as 0. */
  public static Amounts of(ProposalFigures f, int endYear) {
    int first = f.proposal().firstYear();
    int last = f.proposal().lastYear();
    long lasting = f.permanentTotal().valueOr0(last);
    long[] out = new long[Math.max(0, endYear - first + 1)];
    for (int year = first; year <= endYear; year++) {
      out[year - first] = year <= last ? f.netImpact().valueOr0(year) : lasting;
    }
    return Amounts.consecutive(first, out);
  }
}
