package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview's two "I ALT" rows, computed: investment and savings per year summed over the
 * investment proposals and, separately, the innovation proposals.
 */
public record PortfolioFigures(
    List<ProposalFigures> proposals, Total investment, Total innovation) {

  public record Total(long investment, Amounts savings, int count) {}

  public PortfolioFigures {
    proposals = List.copyOf(proposals);
  }

  public static PortfolioFigures of(List<ProposalFigures> figures) {
    return new PortfolioFigures(
        figures, total(figures, ProposalType.INVESTMENT), total(figures, ProposalType.INNOVATION));
  }

  private static Total total(List<ProposalFigures> figures, ProposalType type) {
    long investment = 0;
    List<Amounts> savings = new ArrayList<>();
    int count = 0;
    for (ProposalFigures f : figures) {
      if (f.proposal().type() == type) {
        investment = Math.addExact(investment, f.investment());
        savings.add(f.savings());
        count++;
      }
    }
    return new Total(investment, Amounts.sumOf(savings), count);
  }
}
