package dk.payback.calc;

import dk.payback.model.Proposal;
import java.util.List;

/**
 * How fragile each case is: the same proposals appraised under several scenarios, side by side.
 *
 * <p>A cell keeps only what the grid shows of its appraisal, not the proposal's figures under the
 * scenario: a report of many proposals would otherwise carry five more copies of them to its end.
 *
 * @param scenarios the scenarios, in column order
 * @param rows one per proposal, in the same order: its outcome under each scenario, in column order
 * @param byScenario the totals of the proposals under each scenario, in column order
 */
public record Sensitivity(
    List<Proposal> proposals,
    List<Scenario> scenarios,
    Discounting discounting,
    List<List<Outcome>> rows,
    List<Totals> byScenario) {

  /** The savings in full, at 90 %, 75 % and 50 %, then in full but one and two years late. */
  public static final List<Scenario> STANDARD =
      List.of(
          Scenario.BASE,
          Scenario.savingsAt("0.9"),
          Scenario.savingsAt("0.75"),
          Scenario.savingsAt("0.5"),
          Scenario.delayed(1),
          Scenario.delayed(2));

  public Sensitivity {
    proposals = List.copyOf(proposals);
    scenarios = List.copyOf(scenarios);
    rows = rows.stream().map(List::copyOf).toList();
    byScenario = List.copyOf(byScenario);
  }

  /**
   * One proposal under one scenario, as the grid shows it.
   *
   * @param lastYear the proposal's last year under the scenario, which a delay moves on
   */
  public record Outcome(
      Payback payback, Payback discountedPayback, NetPresentValue netPresentValue, int lastYear) {

    static Outcome of(Appraisal a) {
      return new Outcome(
          a.payback(), a.discountedPayback(), a.netPresentValue(), a.proposal().lastYear());
    }
  }

  /**
   * The net present values of the investment proposals together and of the innovation proposals
   * together under one scenario, in the money of {@code baseYear}, as {@link PortfolioAppraisal}
   * has them.
   */
  public record Totals(
      int baseYear, NetPresentValue investmentTotal, NetPresentValue innovationTotal) {}

  /** The outcome of proposal number {@code row} under scenario number {@code column}. */
  public Outcome outcome(int row, int column) {
    return rows.get(row).get(column);
  }
}
