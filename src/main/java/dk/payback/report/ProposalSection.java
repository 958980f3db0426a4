package dk.payback.report;

import dk.payback.calc.Appraisal;
import dk.payback.calc.ProposalFigures;
import dk.payback.check.CheckResult;
import dk.payback.model.Proposal;
import java.util.List;

/**
 * One proposal's table 1.1 with the cumulative row and the payback, its net present value and its
 * discounted payback.
 *
 * @param number the proposal's row number in the overview, or 0 when the overview has none
 * @param appraisal the proposal under the report's scenario
 * @param differences where the source's printed subtotals differ from what the lines add up to (which
 *     the table shows): a footnote each, as {@code show} prints them; none under a scenario
 */
public record ProposalSection(int number, Appraisal appraisal, List<CheckResult> differences) implements Section {

  public ProposalSection {
    differences = List.copyOf(differences);
  }

  public ProposalFigures figures() {
    return appraisal.figures();
  }

  /** The proposal under the report's scenario (its stated figures are the source's). */
  public Proposal proposal() {
    return figures().proposal();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.proposal(this);
  }
}
