package dk.payback.render;

import dk.payback.view.Numbers;
import dk.payback.calc.Appraisal;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.Sensitivity;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.render.TextTable.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sensitivity of each proposal, as three tables with one column per scenario: payback, discounted
 * payback and net present value, each beside the proposal's own risk rating.
 */
public final class SensitivityTable {

  private SensitivityTable() {}

  public static String render(Sensitivity s, RenderOptions options) {
    Labels l = options.labels();
    var rate = s.discounting().rate();
    StringBuilder sb = new StringBuilder();
    sb.append(l.sensitivityTitle()).append('\n');
    sb.append(l.sensitivityColumns()).append('\n');
    sb.append(l.npvConvention(s.discounting()));
    boolean[] marks = new boolean[2];
    sb.append('\n').append(l.paybackHeading()).append('\n');
    sb.append(table(s, l, options, a -> cell(l.paybackCell(a.payback()), a, marks), false));
    sb.append('\n').append(l.discountedPaybackHeading(rate)).append('\n');
    sb.append(table(s, l, options, a -> cell(l.paybackCell(a.discountedPayback()), a, marks), false));
    sb.append('\n').append(l.npvHeading(rate)).append('\n');
    sb.append(table(s, l, options, a -> Numbers.format(a.netPresentValue().thousands(), l.lang()), true));
    sb.append('\n');
    if (marks[0]) {
      sb.append(l.legendExtrapolated()).append('\n');
    }
    if (marks[1]) {
      sb.append(l.legendEstimate()).append('\n');
    }
    sb.append(l.legendDiscountedNone()).append('\n');
    sb.append(l.npvSign()).append('\n');
    if (!s.proposals().isEmpty() && !s.byScenario().isEmpty()) {
      sb.append(l.npvTotalBase(s.byScenario().get(0).baseYear())).append('\n');
    }
    return sb.toString();
  }

  private static String cell(String text, Appraisal a, boolean[] marks) {
    marks[0] |= text.endsWith("*");
    marks[1] |= text.startsWith("~");
    return text;
  }

  private static String table(
      Sensitivity s, Labels l, RenderOptions options, Function<Appraisal, String> value, boolean totals) {
    int columns = s.scenarios().size();
    int n = 2 + columns;
    String[] headers = new String[n];
    Align[] aligns = new Align[n];
    headers[0] = l.proposal();
    aligns[0] = Align.LEFT;
    headers[1] = l.riskColumn();
    aligns[1] = Align.LEFT;
    for (int c = 0; c < columns; c++) {
      headers[2 + c] = l.scenarioColumn(s.scenarios().get(c));
      aligns[2 + c] = Align.RIGHT;
    }
    TextTable table = new TextTable(headers, aligns, 0, false).uniform(2, 1 + columns);
    List<Proposal> proposals = s.proposals();
    for (int r = 0; r < proposals.size(); r++) {
      Proposal p = proposals.get(r);
      List<String> cells = new ArrayList<>();
      cells.add(p.id() + " " + p.title());
      cells.add(l.riskCell(p.risk()));
      for (int c = 0; c < columns; c++) {
        cells.add(value.apply(s.outcome(r, c)));
      }
      table.row(cells.toArray(String[]::new));
    }
    if (totals && !proposals.isEmpty()) {
      table.rule();
      totalRow(table, s, l, ProposalType.INVESTMENT, l.totalInvestment(), PortfolioAppraisal::investmentTotal);
      totalRow(table, s, l, ProposalType.INNOVATION, l.totalInnovation(), PortfolioAppraisal::innovationTotal);
    }
    return table.render(options.maxWidth());
  }

  private static void totalRow(
      TextTable table, Sensitivity s, Labels l, ProposalType type, String label,
      Function<PortfolioAppraisal, NetPresentValue> total) {
    if (s.proposals().stream().noneMatch(p -> p.type() == type)) {
      return;
    }
    List<String> cells = new ArrayList<>();
    cells.add(label);
    cells.add("");
    for (PortfolioAppraisal pa : s.byScenario()) {
      cells.add(Numbers.format(total.apply(pa).thousands(), l.lang()));
    }
    table.row(cells.toArray(String[]::new));
  }
}
