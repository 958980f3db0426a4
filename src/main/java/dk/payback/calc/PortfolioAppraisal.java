package dk.payback.calc;

import dk.payback.model.ProposalType;
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
    int base = appraisals.stream().mapToInt(a -> a.proposal().firstYear()).min().orElse(0);
    return new PortfolioAppraisal(
        scenario,
        discounting,
        base,
        appraisals,
        total(appraisals, ProposalType.INVESTMENT, discounting, base),
        total(appraisals, ProposalType.INNOVATION, discounting, base));
  }

  /**
   * @throws TooLargeToAppraise naming the proposals of the type, when their total does not fit
   */
  private static NetPresentValue total(
      List<Appraisal> all, ProposalType type, Discounting d, int baseYear) {
    List<Appraisal> ofType = all.stream().filter(a -> a.proposal().type() == type).toList();
    try {
      return NetPresentValue.total(
          ofType.stream().map(Appraisal::netPresentValue).toList(), baseYear, d.rate());
    } catch (ArithmeticException e) {
      throw new TooLargeToAppraise(
          "the net present value of the "
              + type.key()
              + " proposals together is too large to compute exactly",
          ofType.stream().map(Appraisal::proposal).toList(),
          e);
    }
  }
}
