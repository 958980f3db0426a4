package dk.payback.report;

import dk.payback.calc.ProposalFigures;
import dk.payback.model.Proposal;

/**
 * One proposal's table 1.1 with the cumulative row and the payback.
 *
 * @param number the proposal's row number in the overview, or 0 when the overview has none
 */
public record ProposalSection(int number, ProposalFigures figures) implements Section {

  public Proposal proposal() {
    return figures.proposal();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.proposal(this);
  }
}
