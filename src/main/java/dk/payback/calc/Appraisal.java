package dk.payback.calc;

import dk.payback.model.Proposal;
import java.util.List;

/**
 * One proposal appraised under one scenario: its figures (with the simple payback), the net present
 * value of its net impact and the discounted payback. Year 0 is the proposal's first year; the years
 * counted run through its last year plus the horizon, the same for every scenario of the proposal so
 * that scenarios compare.
 */
public record Appraisal(
    Scenario scenario, Discounting discounting, ProposalFigures figures, NetPresentValue netPresentValue,
    Payback discountedPayback) {

  /** @throws TooLargeToAppraise naming the proposal, when a figure is past the range of exact amounts */
  public static Appraisal of(Proposal proposal, Scenario scenario, Discounting discounting) {
    try {
      return appraise(proposal, scenario, discounting);
    } catch (ArithmeticException e) {
      throw new TooLargeToAppraise(
          "the net present value and payback of " + proposal.id() + " are too large to compute exactly",
          List.of(proposal), e);
    }
  }

  private static Appraisal appraise(Proposal proposal, Scenario scenario, Discounting discounting) {
    ProposalFigures f = Calculator.calculate(scenario.apply(proposal));
    int base = proposal.firstYear();
    int end = proposal.lastYear() + discounting.horizon();
    NetPresentValue npv = NetPresentValue.of(CashFlows.of(f, end).byYear(), base, end, discounting.rate());
    Payback discounted = DiscountedPayback.of(f, discounting.rate(), base, end);
    return new Appraisal(scenario, discounting, f, npv, discounted);
  }

  public Proposal proposal() {
    return figures.proposal();
  }

  /** The simple payback of DESIGN.md, under this scenario. */
  public Payback payback() {
    return figures.payback();
  }
}
