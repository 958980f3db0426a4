package dk.payback.check;

import dk.payback.calc.NetPresentValue;
import dk.payback.calc.PortfolioFigures;
import dk.payback.model.Amounts;
import dk.payback.model.ProposalType;

/**
 * An "I ALT" row of the overview, computed from the proposals, in both versions.
 *
 * @param npvBefore the present value of the proposals of the type together, as they were
 */
public record TotalRevision(
    ProposalType type,
    PortfolioFigures.Total before,
    PortfolioFigures.Total after,
    NetPresentValue npvBefore,
    NetPresentValue npvAfter) {

  public long investmentDifference() {
    return Math.subtractExact(after.investment(), before.investment());
  }

  public Amounts savingsDifference() {
    return ProposalRevision.difference(before.savings(), after.savings());
  }

  public long npvDifference() {
    return Math.subtractExact(npvAfter.thousands(), npvBefore.thousands());
  }

  public boolean changed() {
    return !before.equals(after) || npvBefore.thousands() != npvAfter.thousands();
  }
}
