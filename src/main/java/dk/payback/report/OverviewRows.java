package dk.payback.report;

import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.render.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The overview as rows of typed cells, for the formats that lay out tables (Markdown, HTML, Excel):
 * each investment proposal, their total, each innovation proposal, their total; and the notes below.
 */
final class OverviewRows {

  /**
   * @param number "1." or "" (totals, and proposals the overview does not list)
   * @param savings one cell per savings year; empty where the overview prints "-"
   * @param payback as the summary prints it ("2 år", "6 år*", "~6 år*"); "" in a totals row
   * @param netPresentValue the row's net present value in thousands of kroner (its proposal's, or the
   *     total's)
   * @param page "" where unknown
   */
  record Row(
      boolean total, String number, String id, String title, long investment, List<OptionalLong> savings, String payback,
      long netPresentValue, String page) {

    /** The proposal cell: "HA02 Samlokalisering ..." or a totals label. */
    String proposal() {
      return id.isEmpty() ? title : id + " " + title;
    }
  }

  private OverviewRows() {}

  static List<Row> of(OverviewSection s, Labels l) {
    Overview o = s.overview();
    PortfolioAppraisal a = s.appraisal();
    List<Row> rows = new ArrayList<>();
    o.investments().forEach(r -> rows.add(row(r, o, a, l)));
    rows.add(total(l.totalInvestment(), o.totals().investment(), a.investmentTotal(), o));
    if (!o.innovations().isEmpty()) {
      o.innovations().forEach(r -> rows.add(row(r, o, a, l)));
      rows.add(total(l.totalInnovation(), o.totals().innovation(), a.innovationTotal(), o));
    }
    return rows;
  }

  /**
   * The legend for "*" and "~" where they are used, overview rows that have no case, and how the net
   * present values were taken.
   */
  static List<String> notes(OverviewSection s, Labels l) {
    Overview o = s.overview();
    List<String> notes = new ArrayList<>();
    List<Payback> paybacks = new ArrayList<>();
    o.investments().forEach(r -> paybacks.add(r.figures().payback()));
    o.innovations().forEach(r -> paybacks.add(r.figures().payback()));
    if (paybacks.stream().anyMatch(p -> p.isYears() && p.extrapolated())) {
      notes.add(l.legendExtrapolated());
    }
    if (paybacks.stream().anyMatch(p -> p.isYears() && p.estimate())) {
      notes.add(l.legendEstimate());
    }
    for (PortfolioRow missing : o.missing()) {
      notes.add(l.missingCase(missing.number(), missing.id()));
    }
    notes.add(Labels.oneLine(l.npvConvention(s.appraisal().discounting()).strip()));
    notes.add(l.npvSign());
    if (!s.appraisal().appraisals().isEmpty()) {
      notes.add(l.npvTotalBase(s.appraisal().baseYear()));
    }
    return notes;
  }

  private static Row row(Overview.Row r, Overview o, PortfolioAppraisal a, Labels l) {
    ProposalFigures f = r.figures();
    Proposal p = f.proposal();
    List<OptionalLong> savings = o.savingsYears().stream().map(y -> f.savings().get(y)).toList();
    String page = p.source() == null || p.source().page() == null ? "" : String.valueOf(p.source().page());
    long npv = a.find(p.id()).orElseThrow().netPresentValue().thousands();
    return new Row(false, r.number() == 0 ? "" : r.number() + ".", p.id(), p.title(), f.investment(), savings, l.paybackCell(f.payback()), npv, page);
  }

  private static Row total(String label, PortfolioFigures.Total t, NetPresentValue npv, Overview o) {
    // The overview prints every year of a total, 0 included.
    List<OptionalLong> savings = o.savingsYears().stream().map(y -> OptionalLong.of(t.savings().valueOr0(y))).toList();
    return new Row(true, "", "", label, t.investment(), savings, "", npv.thousands(), "");
  }
}
