package dk.payback.render;

import dk.payback.calc.Payback;
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
  public String innovationHeading() { return t("Innovationsforslag", "Innovation proposals"); }
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
    return n + t(" år", n == 1 ? " year" : " years");
  }
}
