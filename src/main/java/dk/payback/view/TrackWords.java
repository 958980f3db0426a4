package dk.payback.view;

import dk.payback.calc.DiscountRate;

/** The words of the follow-up: plan against realised figures. */
public final class TrackWords extends Words {

  private TrackWords(Lang lang) {
    super(lang);
  }

  public static TrackWords of(Lang lang) {
    return new TrackWords(lang);
  }

  public String heading() {
    return t("Opfølgning", "Follow-up");
  }

  public String lead() {
    return t(
        "planlagte mod realiserede besparelser efter beslutningen",
        "planned against realised savings after the decision");
  }

  public String intro() {
    return t(
        "Realiseret: forslagets egne opgjorte tal til og med opgørelsesåret. Besparelser er den"
            + " varige ændring, omkostninger implementeringsomkostningerne.",
        "Realised: the proposal's own figures through the year of follow-up. Savings are the"
            + " permanent change, costs the implementation costs.");
  }

  public String asOfColumn() {
    return t("Til og\nmed", "As\nof");
  }

  public String amountsIn() {
    return t("Beløb i 1.000 kr.", "Amounts in DKK 1,000.");
  }

  public String year() {
    return t("År", "Year");
  }

  public String plannedSavings() {
    return t("Planlagt\nbesparelse", "Planned\nsavings");
  }

  public String realisedSavings() {
    return t("Realiseret\nbesparelse", "Realised\nsavings");
  }

  public String share() {
    return t("Andel\nrealiseret", "Share\nrealised");
  }

  public String shortfall() {
    return t("Manglende\nbesparelse", "Shortfall");
  }

  public String plannedCosts() {
    return t("Planlagte om-\nkostninger", "Planned\ncosts");
  }

  public String realisedCosts() {
    return t("Realiserede\nomkostninger", "Realised\ncosts");
  }

  public String costOverrun() {
    return t("Merforbrug", "Cost\noverrun");
  }

  public String paybackPlan() {
    return t("Tilbage-\nbetaling, plan", "Payback,\nplan");
  }

  public String paybackForecast() {
    return t("Tilbage-\nbetaling, prognose", "Payback,\nforecast");
  }

  public String npvPlan(DiscountRate rate) {
    return npv() + t(", plan (", ", plan (") + rate(rate) + ")";
  }

  public String npvForecast(DiscountRate rate) {
    return npv() + t(", prognose (", ", forecast (") + rate(rate) + ")";
  }

  public String total() {
    return t("I alt", "Total");
  }

  public String totalFollowedUp(int n) {
    return t("I ALT (" + n + " fulgt op)", "TOTAL (" + n + " followed up)");
  }

  public String proposalHeading(String id, String title, int asOf) {
    return id + " " + title + " – " + t("opgjort til og med ", "as of ") + asOf;
  }

  public String notFollowedUp() {
    return t("Endnu ikke fulgt op", "Not yet followed up");
  }

  public String noneFollowedUp() {
    return t("Ingen forslag har realiserede tal endnu.", "No proposal has realised figures yet.");
  }

  public String forecastNote() {
    return t(
        "Prognose: de realiserede tal til og med opgørelsesåret, derefter planen.",
        "Forecast: the realised figures through the year of follow-up, then the plan.");
  }

  public String shareNote() {
    return t(
        "Andel realiseret: realiseret besparelse i procent af den planlagte, afrundet til én"
            + " decimal; - hvor der ikke var planlagt en besparelse.",
        "Share realised: realised savings as a percentage of the planned, to one decimal; - where"
            + " no saving was planned.");
  }

  public String shortfallNote() {
    return t(
        "Manglende besparelse: hvad der er sparet mindre end planlagt (negativ: mere);"
            + " merforbrug: hvad der er brugt mere end planlagt (negativ: mindre).",
        "Shortfall: how much less was saved than planned (negative: more); cost overrun: how much"
            + " more was spent than planned (negative: less).");
  }

  public String chartTitle(String id) {
    return id + t(": planlagt mod realiseret besparelse", ": planned against realised savings");
  }

  public String chartCaption() {
    return t(
            "Akkumuleret besparelse (1.000 kr.): fuldt optrukket realiseret, stiplet planlagt. ",
            "Cumulative savings (DKK 1,000): solid realised, dashed planned. ")
        + chartSign()
        + t(
            "; jo lavere kurven, jo mere er sparet.",
            "; the lower the line, the more has been saved.");
  }

  public String chartMark(int asOf) {
    return t("opgjort til og med ", "as of ") + asOf;
  }

  public String below(String id, String share, String limit) {
    return t(
        id + " har realiseret " + share + " af de planlagte besparelser, under " + limit,
        id + " has realised " + share + " of its planned savings, below " + limit);
  }
}
