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
    // One sentence: the text format wraps it at the terminal's width, a report lets it flow.
    return head + " " + tail;
  }

  /**
   * The label of a group's subtotal: what it adds up, so that it reads alone.
   *
   * @param key the group's centre letters, fund or risk key; "" where the proposals have none
   * @param centre the centre's name, or null where the overview gives none
   */
  public String groupTotal(Selection.Grouping by, String key, String centre) {
    String head = t("I alt", "Total");
    return switch (by) {
      case CENTRE ->
          key.isEmpty()
              ? head + t(", ID uden centerbogstaver", ", IDs without centre letters")
              : head + " " + key + (centre == null ? "" : " (" + centre + ")");
      case FUND ->
          key.isEmpty() ? head + t(", ingen pulje angivet", ", no fund given") : head + " " + key;
      case RISK ->
          key.isEmpty()
              ? head + t(", risiko ikke vurderet", ", risk not assessed")
              : head
                  + t(", risiko ", ", risk ")
                  + risk(dk.payback.model.Risk.fromKey(key).orElseThrow());
      case TYPE -> key.equals("innovation") ? totalInnovation() : totalInvestment();
    };
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

  /** How to read the portfolio chart's sign and its mark. */
  public String portfolioChartReading(boolean marked) {
    return chartSign()
        + t(
            "; under 0 har forslagene tilsammen indtil da sparet mere, end de har kostet.",
            "; below 0, the proposals together have saved more than they have cost so far.")
        + (marked
            ? t(
                " Den lodrette linje er året, hvorfra kurven bliver under 0.",
                " The vertical line is the year from which the line stays below 0.")
            : "");
  }

  public String breakEven(int year) {
    return t("i plus fra " + year, "in surplus from " + year);
  }
}
