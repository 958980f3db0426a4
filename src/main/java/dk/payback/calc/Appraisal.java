package dk.payback.calc;

import dk.payback.model.Proposal;
import java.util.function.Supplier;

/**
 * One proposal appraised under one scenario: its figures (with the simple payback), the net present
 * value of its net impact and the discounted payback. Year 0 is the proposal's first year; the
 * years counted run through its last year plus the horizon, the same for every scenario of the
 * proposal so that scenarios compare.
 */
public record Appraisal(
    Scenario scenario,
    Discounting discounting,
    ProposalFigures figures,
    NetPresentValue netPresentValue,
    Payback discountedPayback) {

  /**
   * @param f the proposal's figures under {@code scenario}
   */
  static Appraisal of(ProposalFigures f, Scenario scenario, Discounting discounting) {
    return of(f, scenario, discounting, new Quotients(discounting.rate()));
  }

  /**
   * @param quotients a memo of the proposal's quotients at the discounting's rate, shared by its
   *     scenarios
   */
  static Appraisal of(
      ProposalFigures f, Scenario scenario, Discounting discounting, Quotients quotients) {
    return of(f, scenario, discounting, quotients, () -> f);
  }

  /**
   * @param again the same figures, made again should the present value's exact sum be asked for
   *     later; what the present value keeps of them meanwhile
   */
  static Appraisal of(
      ProposalFigures f,
      Scenario scenario,
      Discounting discounting,
      Quotients quotients,
      Supplier<ProposalFigures> again) {
    Proposal proposal = f.proposal();
    // Year 0 and the horizon are the proposal's as read: a delay adds years, and scenarios must
    // compare.
    int base = proposal.firstYear();
    int end = proposal.lastYear() - scenario.delay() + discounting.horizon();
    NetPresentValue npv =
        NetPresentValue.of(
            CashFlows.of(f, end), base, end, quotients, () -> CashFlows.of(again.get(), end));
    Payback discounted = DiscountedPayback.of(f, quotients, base, end);
    return new Appraisal(scenario, discounting, f, npv, discounted);
  }

  public Proposal proposal() {
    return figures.proposal();
  }

  /** The simple payback (src/docs/calculations.md, "Payback"), under this scenario. */
  public Payback payback() {
    return figures.payback();
  }
}
