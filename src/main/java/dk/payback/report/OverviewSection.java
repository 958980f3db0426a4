package dk.payback.report;

import dk.payback.calc.Overview;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.model.Amounts;
import java.util.List;
import java.util.OptionalInt;

/**
 * The overview of "Bilag 1" with both totals rows and a net present value for each row, and what the
 * whole portfolio does year by year, for the portfolio's chart.
 *
 * @param appraisal the same proposals appraised under the same scenario: their net present values
 *     and the totals'
 * @param years every year of every proposal, in order
 * @param netImpact the net impact of all proposals together, per year
 * @param cumulative its running sum
 * @param breakEvenYear the first year from which the running sum stays at or below 0, if any
 */
public record OverviewSection(
    Overview overview, PortfolioAppraisal appraisal, List<Integer> years, Amounts netImpact, Amounts cumulative, OptionalInt breakEvenYear)
    implements Section {

  public OverviewSection {
    years = List.copyOf(years);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.overview(this);
  }
}
