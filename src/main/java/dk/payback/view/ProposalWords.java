package dk.payback.view;

import dk.payback.calc.ProposalFigures;
import dk.payback.model.Proposal;
import java.util.ArrayList;
import java.util.List;

/** The words of a proposal's table 1.1, its payback line and its chart. */
public final class ProposalWords extends Words {

  private ProposalWords(Lang lang) {
    super(lang);
  }

  public static ProposalWords of(Lang lang) {
    return new ProposalWords(lang);
  }

  public String area() {
    return t("Styrings-\nområde", "Area");
  }

  public String paybackLine() {
    return t(
        "Tilbagebetalingstid baseret på serviceeffektivisering",
        "Payback based on service efficiency");
  }

  public String tableHeading() {
    return t(
        "1.1 Forslagets samlede økonomiske konsekvenser",
        "1.1 The proposal's total financial consequences");
  }

  public String fund() {
    return t("Pulje", "Fund");
  }

  public String risk() {
    return t("Risiko", "Risk");
  }

  public String source(String document, Integer page) {
    if (document == null && page == null) {
      return null;
    }
    String doc = document == null ? t("kilden", "source") : document;
    return page == null ? doc : doc + ", " + t("side ", "page ") + page;
  }

  public String summaryOnly() {
    return t("Kun oversigtstal", "Overview figures only");
  }

  public String summaryOnlyInvestment(int year) {
    return t(
        "Investering, hele perioden (skønnet placeret i " + year + ")",
        "Investment, whole period (assumed spent in " + year + ")");
  }

  public String statedPayback(int years) {
    return t(
        "kilden angiver " + years + " år",
        "the source states " + years + (years == 1 ? " year" : " years"));
  }

  /**
   * A footnote under a proposal's table; {@code stated} or {@code computed} null for a blank cell.
   */
  public String statedDiffers(String figure, int year, String stated, String computed) {
    return t(
        "Kilden angiver "
            + (stated == null ? "intet" : stated)
            + " for "
            + figure
            + " "
            + year
            + "; linjerne summerer til "
            + (computed == null ? "0" : computed),
        "The source states "
            + (stated == null ? "nothing" : stated)
            + " for "
            + figure
            + " "
            + year
            + "; the lines add up to "
            + (computed == null ? "0" : computed));
  }

  public String chartCaption(String id) {
    return t("Akkumuleret økonomisk påvirkning, ", "Cumulative net impact, ") + id;
  }

  /**
   * How to read the chart's sign and its mark. The payback year is not where the line crosses 0:
   * costs that come after the first savings must be paid back too.
   */
  public String chartReading(boolean marked) {
    return chartSign()
        + t(
            "; under 0 er der indtil da sparet mere, end der er brugt.",
            "; below 0, more has been saved than spent so far.")
        + (marked
            ? t(
                " Den lodrette linje er tilbagebetalingsåret: da har besparelserne indhentet hele"
                    + " investeringen.",
                " The vertical line is the payback year: the savings have caught up with the whole"
                    + " investment.")
            : "");
  }

  public String paidBack(int year) {
    return t("tilbagebetalt " + year, "paid back " + year);
  }

  public String chartExtrapolated() {
    return t(
        "Stiplet: ekstrapoleret med sidste års varige ændring",
        "Dashed: extrapolated at the last year's permanent total");
  }

  public String chartPaybackBeyond(int year) {
    return t(
        "Tilbagebetalt først i " + year + ", uden for diagrammet",
        "Paid back only in " + year + ", beyond the chart");
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

  /**
   * A proposal's payback in words, and the source's own where it states another: "2 år (kilden
   * angiver 3 år)".
   */
  public String paybackAndStated(ProposalFigures f) {
    String text = payback(f.payback(), f.proposal().lastYear());
    var stated = f.otherStatedPayback();
    return stated.isPresent() ? text + " (" + statedPayback(stated.getAsInt()) + ")" : text;
  }
}
