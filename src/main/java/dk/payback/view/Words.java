package dk.payback.view;

import dk.payback.calc.DiscountRate;
import dk.payback.calc.Discounting;
import dk.payback.calc.Payback;
import dk.payback.calc.Scenario;
import dk.payback.model.Area;
import dk.payback.model.ProposalType;
import dk.payback.model.Risk;

/**
 * The template's wording that every view shares, in Danish as printed in the source or in English:
 * the unit, the sign, the rows of table 1.1, paybacks, present values and scenarios. Each view's
 * own words are in a subclass beside it.
 */
public class Words {

  private final Lang lang;

  Words(Lang lang) {
    this.lang = lang;
  }

  public final Lang lang() {
    return lang;
  }

  /** An amount in thousands of kroner, in the language's number format. */
  public final String amount(long value) {
    return Numbers.format(value, lang);
  }

  protected final String t(String da, String en) {
    return lang == Lang.DA ? da : en;
  }

  public String unit() {
    return t("1.000 kr.", "DKK 1,000");
  }

  public String proposal() {
    return t("Forslag", "Proposal");
  }

  public String investment() {
    return t("Investering", "Investment");
  }

  public String savings() {
    return t("Effektivisering", "Savings");
  }

  public String signNote() {
    return t(
        "Note til alle tabeller: Alle besparelser er angivet med negativt (-) fortegn.",
        "Note: all savings are shown with a negative (-) sign.");
  }

  /**
   * How to read a chart: it keeps the tables' sign, so that each point is the figure printed in the
   * table beside it; the sentence after it says what below 0 means for that chart.
   */
  public String chartSign() {
    return t(
        "Fortegn som i tabellerne: besparelser er negative, så kurven falder, efterhånden som"
            + " besparelserne kommer",
        "Sign as in the tables: savings are negative, so the line falls as the savings come in");
  }

  /**
   * Under a workbook's table: which figures are live formulas and which are fixed, because the
   * payback rule and discounting have no plain spreadsheet formula.
   */
  public String workbookFormulas() {
    return t(
        "Summer, nettopåvirkning, akkumuleret og I ALT er formler over cellerne, de kommer fra;"
            + " tilbagebetaling og nutidsværdi er beregnet af payback og er faste tal, som ikke"
            + " følger en ændring.",
        "Subtotals, net impact, cumulative and TOTAL are formulas over the cells they come from;"
            + " payback and present values were computed by payback and are fixed figures that do"
            + " not follow a change.");
  }

  /** Under the sensitivity sheet, whose every figure needs the payback rule or a scenario. */
  public String workbookFixed() {
    return t(
        "Alle tal på dette ark er beregnet af payback og er faste tal: de følger ikke en ændring"
            + " i forslagenes ark.",
        "Every figure on this sheet was computed by payback and is fixed: it does not follow a"
            + " change in the proposals' sheets.");
  }

  public String totalInvestment() {
    return t("I ALT (investeringsforslag)", "TOTAL (investment proposals)");
  }

  public String totalInnovation() {
    return t("I ALT (innovationsforslag)", "TOTAL (innovation proposals)");
  }

  /**
   * The label of a type's total where some proposals are left out: it adds up those shown, not the
   * whole overview's (or budget's).
   *
   * @param of how many proposals of the type the whole overview has
   */
  public String shownTotal(ProposalType type, int shown, int of) {
    boolean investment = type == ProposalType.INVESTMENT;
    return t(
        "I ALT ("
            + shown
            + " af "
            + of
            + (investment ? " investeringsforslag)" : " innovationsforslag)"),
        "TOTAL ("
            + shown
            + " of "
            + of
            + (investment ? " investment proposals)" : " innovation proposals)"));
  }

  public String legendExtrapolated() {
    return t(
        "* ekstrapoleret: nås først efter sidste år med det sidste års varige ændring",
        "* extrapolated: reached only after the last year, at the last year's permanent total");
  }

  public String legendEstimate() {
    return t(
        "~ skøn: kun oversigtstal, investeringen placeret i periodens første år",
        "~ estimate: overview figures only, investment placed in the period's first year");
  }

  public String estimate() {
    return t("skøn", "estimate");
  }

  /** A heading that the terminal tables break over two lines ("Styrings-\nområde"), on one line. */
  /** A footnote's number as a mark beside a figure: 1 is "¹", 12 is "¹²". */
  public static String superscript(int n) {
    String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      sb.append(digits.charAt(c - '0'));
    }
    return sb.toString();
  }

  public static String oneLine(String heading) {
    return heading.replace("-\n", "").replace('\n', ' ');
  }

  public String type(ProposalType type) {
    return type == ProposalType.INNOVATION
        ? t("Innovationsforslag", "Innovation proposal")
        : t("Investeringsforslag", "Investment proposal");
  }

  public String area(Area area) {
    if (area == null) {
      return "";
    }
    if (lang == Lang.DA) {
      return area.danish();
    }
    return switch (area) {
      case SERVICE -> "Service";
      case CAPITAL -> "Capital";
      case TRANSFERS -> "Transfers";
    };
  }

  public String risk(Risk risk) {
    return lang == Lang.DA ? risk.key() : risk.english();
  }

  /** Payback in words: "2 år", "6 år (ekstrapoleret efter 2022)", "ingen". */
  public String payback(Payback p, int lastYear) {
    String s =
        switch (p.kind()) {
          case NONE ->
              t(
                  "ingen (besparelserne indhenter ikke investeringen)",
                  "none (the savings never catch up with the investment)");
          case NOT_APPLICABLE ->
              t("ikke relevant (ingen investering)", "not applicable (no investment)");
          case YEARS ->
              p.extrapolated()
                  ? years(p.years())
                      + t(" (ekstrapoleret efter ", " (extrapolated beyond ")
                      + lastYear
                      + ")"
                  : years(p.years());
        };
    return p.estimate() ? s + t(" (skøn)", " (estimate)") : s;
  }

  /** Payback in a table cell: "2 år", "6 år*", "~6 år", "ingen", "–". */
  public String paybackCell(Payback p) {
    String s =
        switch (p.kind()) {
          case NONE -> t("ingen", "none");
          case NOT_APPLICABLE -> "–";
          case YEARS -> p.extrapolated() ? years(p.years()) + "*" : years(p.years());
        };
    return p.estimate() && p.kind() == Payback.Kind.YEARS ? "~" + s : s;
  }

  /**
   * "2 år", "1 year". The few numbers of years a report repeats in tens of thousands of cells are
   * made once per language and kept: a race between threads makes one twice, never a wrong one.
   */
  public String years(int n) {
    if (n < 0 || n >= KEPT_YEARS) {
      return yearsText(n);
    }
    String[] kept = YEARS_TEXTS[lang.ordinal()];
    String s = kept[n];
    if (s == null) {
      s = yearsText(n);
      kept[n] = s;
    }
    return s;
  }

  private String yearsText(int n) {
    return n + t(" år", Math.abs(n) == 1 ? " year" : " years");
  }

  private static final int KEPT_YEARS = 128;

  private static final String[][] YEARS_TEXTS = new String[Lang.values().length][KEPT_YEARS];

  /** A percentage as the language writes it: "3,5 %" in Danish, "3.5%" in English. */
  public String percent(java.math.BigDecimal percent) {
    String digits = percent.stripTrailingZeros().toPlainString();
    return lang == Lang.DA ? digits.replace('.', ',') + " %" : digits + "%";
  }

  public String rate(DiscountRate rate) {
    return percent(rate.percent()) + t(" pr. år", " a year");
  }

  public String npv() {
    return t("Nutidsværdi", "Net present value");
  }

  public String npvShort() {
    return t("Nutids-\nværdi", "NPV");
  }

  public String discountedPaybackLine() {
    return t("Diskonteret tilbagebetalingstid", "Discounted payback");
  }

  public String npvValueLine(DiscountRate rate, int baseYear, int endYear) {
    return npv() + " (" + rate(rate) + ", " + baseYear + "-" + endYear + ")";
  }

  /** How the present values were taken: one paragraph, which a format wraps at its width. */
  public String npvConvention(Discounting d) {
    return t(
        "Nutidsværdi: den samlede økonomiske påvirkning diskonteret med "
            + rate(d.rate())
            + " til forslagets første år"
            + " (år 0, udiskonteret); efter sagens sidste år regnes sidste års varige ændring i "
            + d.horizon()
            + " år mere.\n",
        "Net present value: the net impact discounted at "
            + rate(d.rate())
            + " to the proposal's first year"
            + " (year 0, not discounted); after the case's last year its permanent total counts for "
            + d.horizon()
            + " more years.\n");
  }

  public String npvSign() {
    return t(
        "Afrundet til hele 1.000 kr. til sidst; negativ = nettobesparelse (kildens fortegn).",
        "Rounded to whole DKK 1,000 at the end; negative = a net saving (the source's sign).");
  }

  public String npvYears(int baseYear, int lastYear, int endYear) {
    return endYear > lastYear
        ? t(
            "År 0 = "
                + baseYear
                + " (udiskonteret); efter "
                + lastYear
                + " fortsætter sidste års varige ændring til og med "
                + endYear
                + ".",
            "Year 0 = "
                + baseYear
                + " (not discounted); after "
                + lastYear
                + " the last year's permanent total goes on through "
                + endYear
                + ".")
        : t(
            "År 0 = " + baseYear + " (udiskonteret); kun sagens år til og med " + endYear + ".",
            "Year 0 = "
                + baseYear
                + " (not discounted); the case's years only, through "
                + endYear
                + ".");
  }

  public String npvTotalBase(int baseYear) {
    return t(
        "I ALT: summen i " + baseYear + "-kroner, afrundet fra de uafrundede nutidsværdier.",
        "TOTAL: the sum in " + baseYear + " money, rounded from the unrounded present values.");
  }

  /** Discounted payback in words; "none" means not within the horizon. */
  public String discountedPayback(Payback p, int lastYear, int endYear) {
    return p.kind() == Payback.Kind.NONE
        ? t(
                "ingen inden for horisonten (til og med " + endYear + ")",
                "none within the horizon (through " + endYear + ")")
            + (p.estimate() ? t(" (skøn)", " (estimate)") : "")
        : payback(p, lastYear);
  }

  public String scenario(Scenario s) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (s.savingsFactor().compareTo(java.math.BigDecimal.ONE) != 0) {
      parts.add(t("besparelser ", "savings at ") + percent(s.savingsFactor().movePointRight(2)));
    }
    if (s.costFactor().compareTo(java.math.BigDecimal.ONE) != 0) {
      parts.add(t("omkostninger ", "costs at ") + percent(s.costFactor().movePointRight(2)));
    }
    if (s.delay() > 0) {
      parts.add(
          t(
              "besparelserne " + years(s.delay()) + " forsinket",
              "savings " + years(s.delay()) + " late"));
    }
    return t("Scenarie: ", "Scenario: ")
        + String.join(", ", parts)
        + t(" (ikke forslagets egne tal)", " (not the proposal's own figures)");
  }

  public String riskCell(Risk risk) {
    return risk == null ? "–" : risk(risk);
  }

  public String paybackHeading() {
    return t("Tilbagebetalingstid", "Payback");
  }

  public String discountedPaybackHeading(DiscountRate rate) {
    return discountedPaybackLine() + " (" + rate(rate) + ")";
  }

  public String none() {
    return t("ingen", "none");
  }

  public String permanent() {
    return t("Varige ændringer", "Permanent changes");
  }

  public String permanentTotal() {
    return t("Samlet varig ændring", "Permanent total");
  }

  public String implementation(ProposalType type) {
    return type == ProposalType.INNOVATION
        ? t("Innovationsomkostninger", "Innovation costs")
        : t("Implementeringsomkostninger", "Implementation costs");
  }

  public String implementationTotal(ProposalType type) {
    return type == ProposalType.INNOVATION
        ? t("Samlede innovationsomkostninger", "Innovation cost total")
        : t("Samlede implementeringsomkostninger", "Implementation total");
  }

  public String netImpact() {
    return t("Samlet økonomisk påvirkning", "Net impact");
  }

  public String cumulative() {
    return t("Akkumuleret økonomisk påvirkning", "Cumulative net impact");
  }
}
