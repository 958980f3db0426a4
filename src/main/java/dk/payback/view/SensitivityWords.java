package dk.payback.view;

import dk.payback.calc.DiscountRate;
import dk.payback.calc.Scenario;

/** The words of the sensitivity grid. */
public final class SensitivityWords extends Words {

  private SensitivityWords(Lang lang) {
    super(lang);
  }

  public static SensitivityWords of(Lang lang) {
    return new SensitivityWords(lang);
  }

  public String scenarioColumn(Scenario s) {
    if (s.delay() > 0 && s.savingsFactor().compareTo(java.math.BigDecimal.ONE) == 0) {
      return "+" + years(s.delay());
    }
    return percent(s.savingsFactor().movePointRight(2));
  }

  public String sensitivityTitle() {
    return sensitivityHeading() + ": " + sensitivityLead();
  }

  public String sensitivityLead() {
    return t(
        "tilbagebetalingstid og nutidsværdi, hvis besparelserne bliver mindre eller kommer senere",
        "payback and net present value if the savings come out smaller or later");
  }

  public String sensitivityColumns() {
    return t(
        "Kolonner: besparelserne realiseret 100, 90, 75 eller 50 %, eller fuldt, men 1 eller 2 år senere"
            + " (+1 år, +2 år; omkostningerne kommer som planlagt). Beløb i 1.000 kr.",
        "Columns: the savings realised at 100, 90, 75 or 50%, or in full but 1 or 2 years late"
            + " (+1 year, +2 years; the costs come as planned). Amounts in DKK 1,000.");
  }

  public String riskColumn() {
    return t("Risiko", "Risk");
  }

  public String npvHeading(DiscountRate rate) {
    return npv() + " (" + rate(rate) + ")";
  }

  public String legendDiscountedNone() {
    return t(
        "ingen: tilbagebetales ikke (diskonteret: ikke inden for horisonten)",
        "none: never paid back (discounted: not within the horizon)");
  }

  public String sensitivityHeading() {
    return t("Følsomhed", "Sensitivity");
  }

  public String sensitivityOfCasesAsRead() {
    return t(
        "Følsomheden regnes ud fra forslagenes egne tal, ikke ud fra scenariet ovenfor.",
        "The sensitivity starts from the proposals' own figures, not from the scenario above.");
  }
}
