package dk.payback.report;

import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
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
   * @param page "" where unknown
   */
  record Row(boolean total, String number, String id, String title, long investment, List<OptionalLong> savings, String payback, String page) {

    /** The proposal cell: "HA02 Samlokalisering ..." or a totals label. */
    String proposal() {
      return id.isEmpty() ? title : id + " " + title;
    }
  }

  private OverviewRows() {}

  static List<Row> of(Overview o, Labels l) {
    List<Row> rows = new ArrayList<>();
    o.investments().forEach(r -> rows.add(row(r, o, l)));
    rows.add(total(l.totalInvestment(), o.totals().investment(), o));
    if (!o.innovations().isEmpty()) {
      o.innovations().forEach(r -> rows.add(row(r, o, l)));
      rows.add(total(l.totalInnovation(), o.totals().innovation(), o));
    }
    return rows;
  }

  /** The legend for "*" and "~" where they are used, and overview rows that have no case. */
  static List<String> notes(Overview o, Labels l) {
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
    return notes;
  }

  private static Row row(Overview.Row r, Overview o, Labels l) {
    ProposalFigures f = r.figures();
    Proposal p = f.proposal();
    List<OptionalLong> savings = o.savingsYears().stream().map(y -> f.savings().get(y)).toList();
    String page = p.source() == null || p.source().page() == null ? "" : String.valueOf(p.source().page());
    return new Row(false, r.number() == 0 ? "" : r.number() + ".", p.id(), p.title(), f.investment(), savings, l.paybackCell(f.payback()), page);
  }

  private static Row total(String label, PortfolioFigures.Total t, Overview o) {
    // The overview prints every year of a total, 0 included.
    List<OptionalLong> savings = o.savingsYears().stream().map(y -> OptionalLong.of(t.savings().valueOr0(y))).toList();
    return new Row(true, "", "", label, t.investment(), savings, "", "");
  }
}
