package dk.payback.render;

import dk.payback.view.Lang;
import dk.payback.calc.DiscountRate;
import dk.payback.calc.Discounting;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.check.CheckKind;
import dk.payback.check.CheckResult;
import dk.payback.check.Figure;
import dk.payback.model.Area;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Risk;
import java.util.ArrayList;
import java.util.List;

/** The template's wording, in Danish as printed in the source, or in English. */
public final class Labels {

  private final Lang lang;

  private Labels(Lang lang) {
    this.lang = lang;
  }

  public static Labels of(Lang lang) {
    return new Labels(lang);
  }

  public Lang lang() {
    return lang;
  }

  private String t(String da, String en) {
    return lang == Lang.DA ? da : en;
  }

  public String unit() { return t("1.000 kr.", "DKK 1,000"); }
  public String number() { return t("Nr.", "No."); }
  public String proposal() { return t("Forslag", "Proposal"); }
  public String investment() { return t("Investering", "Investment"); }
  public String savings() { return t("Effektivisering", "Savings"); }
  public String paybackShort() { return t("Tilbage-\nbetaling", "Payback"); }
  public String page() { return t("Side", "Page"); }
  public String area() { return t("Styrings-\nområde", "Area"); }
  public String permanent() { return t("Varige ændringer", "Permanent changes"); }
  public String permanentTotal() { return t("Samlet varig ændring", "Permanent total"); }
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
  public String netImpact() { return t("Samlet økonomisk påvirkning", "Net impact"); }
  public String cumulative() { return t("Akkumuleret økonomisk påvirkning", "Cumulative net impact"); }
  public String paybackLine() { return t("Tilbagebetalingstid baseret på serviceeffektivisering", "Payback based on service efficiency"); }
  public String signNote() { return t("Note til alle tabeller: Alle besparelser er angivet med negativt (-) fortegn.", "Note: all savings are shown with a negative (-) sign."); }
  public String tableHeading() { return t("1.1 Forslagets samlede økonomiske konsekvenser", "1.1 The proposal's total financial consequences"); }
  public String totalInvestment() { return t("I ALT (investeringsforslag)", "TOTAL (investment proposals)"); }
  public String totalInnovation() { return t("I ALT (innovationsforslag)", "TOTAL (innovation proposals)"); }
  public String fund() { return t("Pulje", "Fund"); }
  public String risk() { return t("Risiko", "Risk"); }
  public String source(String document, Integer page) {
    if (document == null && page == null) {
      return null;
    }
    String doc = document == null ? t("kilden", "source") : document;
    return page == null ? doc : doc + ", " + t("side ", "page ") + page;
  }
  public String summaryOnly() { return t("Kun oversigtstal", "Overview figures only"); }
  public String summaryOnlyInvestment(int year) {
    return t("Investering, hele perioden (skønnet placeret i " + year + ")", "Investment, whole period (assumed spent in " + year + ")");
  }
  public String statedPayback(int years) {
    return t("kilden angiver " + years + " år", "the source states " + years + (years == 1 ? " year" : " years"));
  }
  /** A footnote under a proposal's table; {@code stated} or {@code computed} null for a blank cell. */
  public String statedDiffers(String figure, int year, String stated, String computed) {
    return t("Kilden angiver " + (stated == null ? "intet" : stated) + " for " + figure + " " + year
            + "; linjerne summerer til " + (computed == null ? "0" : computed),
        "The source states " + (stated == null ? "nothing" : stated) + " for " + figure + " " + year
            + "; the lines add up to " + (computed == null ? "0" : computed));
  }
  public String missingCase(int number, String id) {
    return t("Bemærk: række " + number + " (" + id + ") i oversigten har ingen sag.", "Note: overview row " + number + " (" + id + ") has no case.");
  }
  public String legendExtrapolated() { return t("* ekstrapoleret: nås først efter sidste år med det sidste års varige ændring", "* extrapolated: reached only after the last year, at the last year's permanent total"); }
  public String legendEstimate() { return t("~ skøn: kun oversigtstal, investeringen placeret i periodens første år", "~ estimate: overview figures only, investment placed in the period's first year"); }

  // Reports (payback report): headings and chart texts.
  public String reportTitle() { return t("Investeringsforslag", "Investment proposals"); }
  public String overviewHeading() { return t("Oversigt", "Overview"); }
  public String savingsYear(int year) { return savings() + " " + year; }
  public String investmentPeriod(int first, int last) { return investment() + " " + first + "-" + last; }
  public String chartCaption(String id) { return t("Akkumuleret økonomisk påvirkning, ", "Cumulative net impact, ") + id; }
  public String portfolioChartCaption() { return t("Alle forslag: akkumuleret økonomisk påvirkning", "All proposals: cumulative net impact"); }
  public String paidBack(int year) { return t("tilbagebetalt " + year, "paid back " + year); }
  public String estimate() { return t("skøn", "estimate"); }
  public String breakEven(int year) { return t("i plus fra " + year, "in surplus from " + year); }
  public String chartExtrapolated() { return t("Stiplet: ekstrapoleret med sidste års varige ændring", "Dashed: extrapolated at the last year's permanent total"); }
  public String chartPaybackBeyond(int year) { return t("Tilbagebetalt først i " + year + ", uden for diagrammet", "Paid back only in " + year + ", beyond the chart"); }

  /** A heading that the terminal tables break over two lines ("Styrings-\nområde"), on one line. */
  public static String oneLine(String heading) {
    return heading.replace("-\n", "").replace('\n', ' ');
  }

  /** The line under a proposal's title: type, fund, risk and source, those that are known. */
  public List<String> facts(Proposal p) {
    List<String> facts = new ArrayList<>();
    facts.add(type(p.type()));
    if (p.fund() != null) {
      facts.add(p.fund());
    }
    if (p.risk() != null) {
      facts.add(risk() + ": " + risk(p.risk()));
    }
    if (p.source() != null) {
      String s = source(p.source().document(), p.source().page());
      if (s != null) {
        facts.add(s);
      }
    }
    return facts;
  }

  public String type(ProposalType type) {
    return type == ProposalType.INNOVATION ? t("Innovationsforslag", "Innovation proposal") : t("Investeringsforslag", "Investment proposal");
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
    String s = switch (p.kind()) {
      case NONE -> t("ingen (besparelserne indhenter ikke investeringen)", "none (the savings never catch up with the investment)");
      case NOT_APPLICABLE -> t("ikke relevant (ingen investering)", "not applicable (no investment)");
      case YEARS -> years(p.years())
          + (p.extrapolated() ? t(" (ekstrapoleret efter " + lastYear + ")", " (extrapolated beyond " + lastYear + ")") : "");
    };
    return p.estimate() ? s + t(" (skøn)", " (estimate)") : s;
  }

  /**
   * A proposal's payback in words, and the source's own where it states another: "2 år (kilden angiver
   * 3 år)".
   */
  public String paybackAndStated(ProposalFigures f) {
    String text = payback(f.payback(), f.proposal().lastYear());
    var stated = f.otherStatedPayback();
    return stated.isPresent() ? text + " (" + statedPayback(stated.getAsInt()) + ")" : text;
  }

  /** Payback in a table cell: "2 år", "6 år*", "~6 år", "ingen", "–". */
  public String paybackCell(Payback p) {
    String s = switch (p.kind()) {
      case NONE -> t("ingen", "none");
      case NOT_APPLICABLE -> "–";
      case YEARS -> years(p.years()) + (p.extrapolated() ? "*" : "");
    };
    return p.estimate() && p.kind() == Payback.Kind.YEARS ? "~" + s : s;
  }

  public String years(int n) {
    return n + t(" år", Math.abs(n) == 1 ? " year" : " years");
  }

  // Present value, discounted payback and scenarios (issue 8).

  /** A percentage as the language writes it: "3,5 %" in Danish, "3.5%" in English. */
  public String percent(java.math.BigDecimal percent) {
    String digits = percent.stripTrailingZeros().toPlainString();
    return lang == Lang.DA ? digits.replace('.', ',') + " %" : digits + "%";
  }
  public String rate(DiscountRate rate) { return percent(rate.percent()) + t(" pr. år", " a year"); }
  public String npv() { return t("Nutidsværdi", "Net present value"); }
  public String npvShort() { return t("Nutids-\nværdi", "NPV"); }
  public String discountedPaybackLine() { return t("Diskonteret tilbagebetalingstid", "Discounted payback"); }
  public String npvValueLine(DiscountRate rate, int baseYear, int endYear) {
    return npv() + " (" + rate(rate) + ", " + baseYear + "-" + endYear + ")";
  }

  /** How the present values were taken, in two lines. */
  public String npvConvention(Discounting d) {
    return t(
        "Nutidsværdi: den samlede økonomiske påvirkning diskonteret med " + rate(d.rate()) + " til forslagets første år\n"
            + "(år 0, udiskonteret); efter sagens sidste år regnes sidste års varige ændring i " + d.horizon() + " år mere.\n",
        "Net present value: the net impact discounted at " + rate(d.rate()) + " to the proposal's first year\n"
            + "(year 0, not discounted); after the case's last year its permanent total counts for " + d.horizon()
            + " more years.\n");
  }
  public String npvSign() {
    return t("Afrundet til hele 1.000 kr. til sidst; negativ = nettobesparelse (kildens fortegn).",
        "Rounded to whole DKK 1,000 at the end; negative = a net saving (the source's sign).");
  }
  public String npvYears(int baseYear, int lastYear, int endYear) {
    return endYear > lastYear
        ? t("År 0 = " + baseYear + " (udiskonteret); efter " + lastYear + " fortsætter sidste års varige ændring til og med " + endYear + ".",
            "Year 0 = " + baseYear + " (not discounted); after " + lastYear + " the last year's permanent total goes on through " + endYear + ".")
        : t("År 0 = " + baseYear + " (udiskonteret); kun sagens år til og med " + endYear + ".",
            "Year 0 = " + baseYear + " (not discounted); the case's years only, through " + endYear + ".");
  }
  public String npvTotalBase(int baseYear) {
    return t("I ALT: summen i " + baseYear + "-kroner, afrundet fra de uafrundede nutidsværdier.",
        "TOTAL: the sum in " + baseYear + " money, rounded from the unrounded present values.");
  }

  /** Discounted payback in words; "none" means not within the horizon. */
  public String discountedPayback(Payback p, int lastYear, int endYear) {
    return p.kind() == Payback.Kind.NONE
        ? t("ingen inden for horisonten (til og med " + endYear + ")", "none within the horizon (through " + endYear + ")")
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
      parts.add(t("besparelserne " + years(s.delay()) + " forsinket", "savings " + years(s.delay()) + " late"));
    }
    return t("Scenarie: ", "Scenario: ") + String.join(", ", parts)
        + t(" (ikke forslagets egne tal)", " (not the proposal's own figures)");
  }
  public String scenarioColumn(Scenario s) {
    if (s.delay() > 0 && s.savingsFactor().compareTo(java.math.BigDecimal.ONE) == 0) {
      return "+" + years(s.delay());
    }
    return percent(s.savingsFactor().movePointRight(2));
  }
  public String riskCell(Risk risk) { return risk == null ? "–" : risk(risk); }
  public String sensitivityTitle() {
    return sensitivityHeading() + ": " + sensitivityLead();
  }
  public String sensitivityLead() {
    return t("tilbagebetalingstid og nutidsværdi, hvis besparelserne bliver mindre eller kommer senere",
        "payback and net present value if the savings come out smaller or later");
  }
  public String sensitivityColumns() {
    return t("Kolonner: besparelserne realiseret 100, 90, 75 eller 50 %, eller fuldt, men 1 eller 2 år senere\n"
            + "(+1 år, +2 år; omkostningerne kommer som planlagt). Beløb i 1.000 kr.",
        "Columns: the savings realised at 100, 90, 75 or 50%, or in full but 1 or 2 years late\n"
            + "(+1 year, +2 years; the costs come as planned). Amounts in DKK 1,000.");
  }
  public String riskColumn() { return t("Risiko", "Risk"); }
  public String paybackHeading() { return t("Tilbagebetalingstid", "Payback"); }
  public String discountedPaybackHeading(DiscountRate rate) { return discountedPaybackLine() + " (" + rate(rate) + ")"; }
  public String npvHeading(DiscountRate rate) { return npv() + " (" + rate(rate) + ")"; }
  public String legendDiscountedNone() {
    return t("ingen: tilbagebetales ikke (diskonteret: ikke inden for horisonten)",
        "none: never paid back (discounted: not within the horizon)");
  }

  // The findings of check in a report (issue 5).

  public String findingsHeading() { return t("Kontrol af kildens tal", "Check of the source's figures"); }
  public String sensitivityHeading() { return t("Følsomhed", "Sensitivity"); }
  public String sensitivityOfCasesAsRead() {
    return t("Følsomheden regnes ud fra forslagenes egne tal, ikke ud fra scenariet ovenfor.",
        "The sensitivity starts from the proposals' own figures, not from the scenario above.");
  }
  public String findingsSheet() { return t("Kontrol", "Checks"); }
  public String findingsIntro() {
    return t("Kildens trykte tal sammenholdt med det, linjerne og oversigtens rækker summerer til (som payback check).",
        "The source's printed figures against what the lines and the overview's rows add up to (as payback check).");
  }
  public String findingsOfSource() {
    return t("Kontrollen gælder kildens egne tal, ikke scenariet.", "The check is of the source's own figures, not of the scenario.");
  }
  public String location() { return t("Sted", "Location"); }
  public String subject() { return t("Emne", "Subject"); }
  public String figure() { return t("Tal", "Figure"); }
  public String year() { return t("År", "Year"); }
  public String stated() { return t("Kilden angiver", "Stated"); }
  public String computed() { return t("Beregnet", "Computed"); }
  public String difference() { return t("Forskel", "Difference"); }
  public String basis() { return t("Grundlag", "Basis"); }
  public String blank() { return t("(tom)", "(blank)"); }
  public String none() { return t("ingen", "none"); }

  /** "408 kontroller i 20 filer: 9 afvigelser i 3 filer", as check's count line says it in English. */
  public String checkCount(long checks, long files, long findings, long filesWithFindings, long tolerance, long withinTolerance) {
    StringBuilder sb = new StringBuilder();
    sb.append(count(checks, "kontrol", "kontroller", "check", "checks")).append(t(" i ", " in "))
        .append(count(files, "fil", "filer", "file", "files")).append(": ");
    if (findings == 0) {
      sb.append(t("alle stemmer", "all balance"));
    } else {
      sb.append(count(findings, "afvigelse", "afvigelser", "finding", "findings")).append(t(" i ", " in "))
          .append(count(filesWithFindings, "fil", "filer", "file", "files"));
    }
    if (tolerance > 0) {
      sb.append("; ").append(withinTolerance).append(t(" inden for tolerancen ", " within tolerance ")).append(tolerance);
    }
    return sb.toString();
  }

  private String count(long n, String daOne, String daMany, String enOne, String enMany) {
    return n + " " + (n == 1 ? t(daOne, enOne) : t(daMany, enMany));
  }

  /** The figure a check compares, as the template names it; for a check of ids, what was checked. */
  public String checkedFigure(CheckResult r) {
    if (r.kind() == CheckKind.OVERVIEW_ROW && r.figure() != null) {
      String figure = r.figure() == Figure.INVESTMENT ? investment() : savings();
      return figure + t(" i oversigten", " in the overview");
    }
    if (r.figure() != null) {
      return switch (r.figure()) {
        case PERMANENT_TOTAL -> permanentTotal();
        case IMPLEMENTATION_TOTAL -> implementationTotal(ProposalType.INVESTMENT);
        case NET_IMPACT -> netImpact();
        case PAYBACK_YEARS -> paybackHeading();
        case INVESTMENT -> investment();
        case SAVINGS -> savings();
      };
    }
    return switch (r.kind()) {
      case ROW_HAS_CASE -> t("Række i oversigten uden sag", "Overview row without a case");
      case CASE_HAS_ROW -> t("Sag uden række i oversigten", "Case without an overview row");
      case UNIQUE_ID -> t("Id brugt mere end én gang", "Id used more than once");
      case ID_MATCHES_FILE_NAME -> t("Id og filnavn er forskellige", "Id differs from the file name");
      default -> r.kind().key();
    };
  }

  /** What the computed figure of a check comes from: "linjernes sum", or the case file of a row. */
  public String checkBasis(CheckResult r) {
    return switch (r.kind()) {
      case SUBTOTAL, NET_IMPACT -> t("linjernes sum", "lines sum");
      case PAYBACK -> t("tilbagebetalingsreglen", "payback rule");
      case OVERVIEW_ROW -> r.basis() == null ? "" : t("sagen ", "the case ") + r.basis();
      case TOTAL_VS_ROWS -> t("rækkernes sum", "rows sum");
      case TOTAL_VS_PROPOSALS -> t("forslagenes sum", "proposals sum");
      default -> "";
    };
  }
}
