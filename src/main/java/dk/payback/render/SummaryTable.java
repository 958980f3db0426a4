package dk.payback.render;

import dk.payback.view.Numbers;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.Amounts;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.render.TextTable.Align;
import java.util.ArrayList;
import java.util.List;

/** The overview table of "Bilag 1" for a terminal. */
public final class SummaryTable {

  private SummaryTable() {}

  public static String render(Overview overview, RenderOptions options) {
    return render(overview, options, null);
  }

  /**
   * With {@code appraisal} (the same proposals appraised under the same scenario), a column of net
   * present values; without (null), the overview as printed in the source.
   */
  public static String render(Overview overview, RenderOptions options, PortfolioAppraisal appraisal) {
    Labels l = options.labels();
    List<Integer> years = overview.savingsYears();
    int n = 3 + years.size() + 2 + (appraisal == null ? 0 : 1);
    String[] headers = new String[n];
    Align[] aligns = new Align[n];
    int c = 0;
    headers[c] = l.number();
    aligns[c++] = Align.RIGHT;
    headers[c] = l.proposal();
    aligns[c++] = Align.LEFT;
    headers[c] = l.investment() + "\n" + overview.firstYear() + "-" + overview.lastYear();
    aligns[c++] = Align.RIGHT;
    for (int i = 0; i < years.size(); i++) {
      // The savings heading spans the year columns, so it stands above the table instead.
      headers[c] = String.valueOf(years.get(i));
      aligns[c++] = Align.RIGHT;
    }
    headers[c] = l.paybackShort();
    aligns[c++] = Align.RIGHT;
    if (appraisal != null) {
      headers[c] = l.npvShort();
      aligns[c++] = Align.RIGHT;
    }
    headers[c] = l.page();
    aligns[c++] = Align.RIGHT;
    TextTable table = new TextTable(headers, aligns, 1, false).uniform(3, 2 + years.size());

    boolean[] legend = new boolean[2];
    for (Overview.Row r : overview.investments()) {
      table.row(row(r, years, l, legend, appraisal));
    }
    PortfolioFigures.Total inv = overview.totals().investment();
    table.rule();
    table.row(totalRow(l.totalInvestment(), inv, years, l, appraisal == null ? null : appraisal.investmentTotal()));
    if (!overview.innovations().isEmpty()) {
      table.rule();
      for (Overview.Row r : overview.innovations()) {
        table.row(row(r, years, l, legend, appraisal));
      }
      table.rule();
      table.row(totalRow(l.totalInnovation(), overview.totals().innovation(), years, l,
          appraisal == null ? null : appraisal.innovationTotal()));
    }

    StringBuilder sb = new StringBuilder();
    if (overview.title() != null) {
      sb.append(overview.title()).append('\n');
    }
    sb.append(l.unit());
    if (!years.isEmpty()) {
      sb.append("   ").append(l.savings()).append(": ").append(years.get(0)).append('-').append(years.get(years.size() - 1));
    }
    sb.append("\n\n");
    sb.append(table.render(options.maxWidth()));
    if (legend[0] || legend[1] || !overview.missing().isEmpty() || appraisal != null) {
      sb.append('\n');
    }
    if (legend[0]) {
      sb.append(l.legendExtrapolated()).append('\n');
    }
    if (legend[1]) {
      sb.append(l.legendEstimate()).append('\n');
    }
    for (PortfolioRow missing : overview.missing()) {
      sb.append(l.missingCase(missing.number(), missing.id())).append('\n');
    }
    if (appraisal != null) {
      sb.append(l.npvConvention(appraisal.discounting()));
      sb.append(l.npvSign()).append('\n');
      if (!appraisal.appraisals().isEmpty()) {
        sb.append(l.npvTotalBase(appraisal.baseYear())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String[] row(
      Overview.Row r, List<Integer> years, Labels l, boolean[] legend, PortfolioAppraisal appraisal) {
    ProposalFigures f = r.figures();
    Proposal p = f.proposal();
    List<String> cells = new ArrayList<>();
    cells.add(r.number() == 0 ? "" : r.number() + ".");
    cells.add(p.id() + " " + p.title());
    cells.add(Numbers.format(f.investment(), l.lang()));
    for (int y : years) {
      cells.add(f.savings().get(y).isPresent() ? Numbers.format(f.savings().valueOr0(y), l.lang()) : "-");
    }
    Payback pb = f.payback();
    legend[0] |= pb.isYears() && pb.extrapolated();
    legend[1] |= pb.isYears() && pb.estimate();
    cells.add(l.paybackCell(pb));
    if (appraisal != null) {
      cells.add(appraisal.find(p.id()).map(a -> Numbers.format(a.netPresentValue().thousands(), l.lang())).orElse(""));
    }
    cells.add(p.source() == null || p.source().page() == null ? "" : String.valueOf(p.source().page()));
    return cells.toArray(String[]::new);
  }

  private static String[] totalRow(
      String label, PortfolioFigures.Total t, List<Integer> years, Labels l, NetPresentValue npv) {
    List<String> cells = new ArrayList<>();
    cells.add("");
    cells.add(label);
    cells.add(Numbers.format(t.investment(), l.lang()));
    Amounts s = t.savings();
    for (int y : years) {
      cells.add(Numbers.format(s.valueOr0(y), l.lang()));
    }
    cells.add("");
    if (npv != null) {
      cells.add(Numbers.format(npv.thousands(), l.lang()));
    }
    cells.add("");
    return cells.toArray(String[]::new);
  }
}
