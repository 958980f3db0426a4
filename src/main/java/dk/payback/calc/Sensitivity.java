package dk.payback.calc;

import dk.payback.model.Proposal;
import java.util.List;

/**
 * How fragile each case is: the same proposals appraised under several scenarios, side by side.
 *
 * @param scenarios the scenarios, in column order
 * @param byScenario one appraisal of all the proposals per scenario, in the same order
 */
public record Sensitivity(
    List<Proposal> proposals,
    List<Scenario> scenarios,
    Discounting discounting,
    List<PortfolioAppraisal> byScenario) {

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
    byScenario = List.copyOf(byScenario);
  }

  /** The appraisal of proposal number {@code row} under scenario number {@code column}. */
  public Appraisal outcome(int row, int column) {
    return byScenario.get(column).appraisals().get(row);
  }
}
