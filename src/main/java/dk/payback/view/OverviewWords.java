package dk.payback.view;

/** The words of the overview ("Bilag 1") and of a report's title. */
public final class OverviewWords extends Words {

  private OverviewWords(Lang lang) {
    super(lang);
  }

  public static OverviewWords of(Lang lang) {
    return new OverviewWords(lang);
  }

  public String number() {
    return t("Nr.", "No.");
  }

  public String paybackShort() {
    return t("Tilbage-\nbetaling", "Payback");
  }

  public String page() {
    return t("Side", "Page");
  }

  public String missingCase(int number, String id) {
    return t(
        "Bemærk: række " + number + " (" + id + ") i oversigten har ingen sag.",
        "Note: overview row " + number + " (" + id + ") has no case.");
  }

  /**
   * The footnote of a figure the overview prints otherwise than the computed one.
   *
   * @param total whether the figure is a total's, which its rows add up to, not lines
   */
  public String printedFootnote(
      String label, String column, long printed, long computed, boolean total) {
    String head = label + ", " + column + t(": trykt ", ": printed ") + amount(printed) + ",";
    String tail =
        (total
                ? t("rækkerne summerer til ", "the rows add up to ")
                : t("linjerne summerer til ", "the lines add up to "))
            + amount(computed);
    // Breaks where an 80-column terminal would; a report lets it flow.
    return head + (head.length() + tail.length() + 4 > 80 ? "\n" : " ") + tail;
  }

  public String reportTitle() {
    return t("Investeringsforslag", "Investment proposals");
  }

  public String overviewHeading() {
    return t("Oversigt", "Overview");
  }

  public String savingsYear(int year) {
    return savings() + " " + year;
  }

  public String investmentPeriod(int first, int last) {
    return investment() + " " + first + "-" + last;
  }

  public String portfolioChartCaption() {
    return t(
        "Alle forslag: akkumuleret økonomisk påvirkning", "All proposals: cumulative net impact");
  }

  public String breakEven(int year) {
    return t("i plus fra " + year, "in surplus from " + year);
  }
}
