package dk.payback.calc;

import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;

/**
 * Every proposal appraised under one scenario, and the net present value of the investment
 * proposals together and of the innovation proposals together, as the overview's two "I ALT" rows.
 * A total is in the money of {@code baseYear}, the earliest first year of the proposals, and is
 * rounded once, from the exact parts (0 where there are none of a type).
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

  /**
   * @param appraisals one per proposal, each of the proposal as read under {@code scenario}
   */
  public static PortfolioAppraisal of(
      List<Appraisal> appraisals, Scenario scenario, Discounting discounting) {
    List<Proposal> proposals = appraisals.stream().map(Appraisal::proposal).toList();
    List<NetPresentValue> values = appraisals.stream().map(Appraisal::netPresentValue).toList();
    int base = baseYear(proposals);
    return new PortfolioAppraisal(
        scenario,
        discounting,
        base,
        appraisals,
        total(proposals, values, ProposalType.INVESTMENT, discounting, base),
        total(proposals, values, ProposalType.INNOVATION, discounting, base));
  }

  /** The earliest first year of the proposals, or 0 for none. */
  static int baseYear(List<Proposal> proposals) {
    return proposals.stream().mapToInt(Proposal::firstYear).min().orElse(0);
  }

  /**
   * The present value of the proposals of one type together.
   *
   * @param values each proposal's, in the same order
   * @throws TooLargeToAppraise naming the proposals of the type, when their total does not fit
   */
  static NetPresentValue total(
      List<Proposal> proposals,
      List<NetPresentValue> values,
      ProposalType type,
      Discounting d,
      int baseYear) {
    List<Proposal> ofType = new ArrayList<>();
    List<NetPresentValue> theirs = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      if (proposals.get(i).type() == type) {
        ofType.add(proposals.get(i));
        theirs.add(values.get(i));
      }
    }
    try {
      return NetPresentValue.total(theirs, baseYear, d.rate());
    } catch (ArithmeticException e) {
      throw new TooLargeToAppraise(
          "the net present value of the "
              + type.key()
              + " proposals together is too large to compute exactly",
          ofType,
          e);
    }
  }
}
