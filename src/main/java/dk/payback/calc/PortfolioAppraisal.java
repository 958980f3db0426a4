package dk.payback.calc;

import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.List;
import java.util.Optional;

/**
 * Every proposal appraised under one scenario, and the net present value of the investment proposals
 * together and of the innovation proposals together, as the overview's two "I ALT" rows. A total is in
 * the money of {@code baseYear}, the earliest first year of the proposals, and is rounded once, from the
 * exact parts (0 where there are none of a type).
 */
public record PortfolioAppraisal(
    Scenario scenario,
    Discounting discounting,
    int baseYear,
    List<Appraisal> appraisals,
    NetPresentValue investmentTotal,
    NetPresentValue innovationTotal) {

  public PortfolioAppraisal {
    appraisals = List.copyOf(appraisals);
  }

  public static PortfolioAppraisal of(List<Proposal> proposals, Scenario scenario, Discounting discounting) {
    List<Appraisal> all = proposals.stream().map(p -> Appraisal.of(p, scenario, discounting)).toList();
    int base = proposals.stream().mapToInt(Proposal::firstYear).min().orElse(0);
    return new PortfolioAppraisal(
        scenario,
        discounting,
        base,
        all,
        total(all, ProposalType.INVESTMENT, discounting, base),
        total(all, ProposalType.INNOVATION, discounting, base));
  }

  private static NetPresentValue total(List<Appraisal> all, ProposalType type, Discounting d, int baseYear) {
    return NetPresentValue.total(
        all.stream().filter(a -> a.proposal().type() == type).map(Appraisal::netPresentValue).toList(),
        baseYear,
        d.rate());
  }

  public Optional<Appraisal> find(String id) {
    return appraisals.stream().filter(a -> a.proposal().id().equals(id)).findFirst();
  }
}
