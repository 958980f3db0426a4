package dk.payback.render;

import dk.payback.view.Numbers;
import dk.payback.calc.Appraisal;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Scenario;

/** The lines that go with a table when a scenario is active or present values are asked for. */
public final class AppraisalText {

  private AppraisalText() {}

  /** One line naming the scenario, so that no one takes its figures for the proposal's; "" for the base. */
  public static String scenarioHeader(Scenario scenario, Labels l) {
    return scenario.isBase() ? "" : l.scenario(scenario) + "\n";
  }

  /** A proposal's net present value and discounted payback, with the years they cover. */
  public static String proposal(Appraisal a, Labels l) {
    NetPresentValue npv = a.netPresentValue();
    int lastYear = a.proposal().lastYear();
    return l.npvValueLine(npv.rate(), npv.baseYear(), npv.endYear()) + ": " + Numbers.format(npv.thousands(), l.lang()) + "\n"
        + l.discountedPaybackHeading(npv.rate()) + ": " + l.discountedPayback(a.discountedPayback(), lastYear, npv.endYear()) + "\n"
        + l.npvYears(npv.baseYear(), lastYear, npv.endYear()) + "\n"
        + l.npvSign() + "\n";
  }
}
