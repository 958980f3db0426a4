package dk.payback.render;

import dk.payback.view.Numbers;
import dk.payback.calc.ProposalFigures;
import dk.payback.check.CheckResult;
import dk.payback.check.Figure;
import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.render.TextTable.Align;
import java.util.List;

/** A proposal's table 1.1 for a terminal, with the cumulative row and the payback. */
public final class ProposalTable {

  private static final String INDENT = "  ";

  private ProposalTable() {}

  public static String render(ProposalFigures f, RenderOptions options) {
    return render(f, options, List.of());
  }

  /**
   * @param differences the checks of this proposal's stated figures that found a difference; each
   *     becomes a footnote, since the table shows what the lines add up to, not what the source prints
   */
  public static String render(ProposalFigures f, RenderOptions options, List<CheckResult> differences) {
    Labels l = options.labels();
    Proposal p = f.proposal();
    List<Integer> years = p.years();
    int n = 2 + years.size();
    String[] headers = new String[n];
    Align[] aligns = new Align[n];
    headers[0] = l.unit();
    aligns[0] = Align.LEFT;
    headers[1] = l.area();
    aligns[1] = Align.LEFT;
    for (int i = 0; i < years.size(); i++) {
      headers[2 + i] = String.valueOf(years.get(i));
      aligns[2 + i] = Align.RIGHT;
    }
    TextTable table = new TextTable(headers, aligns, 0, true).uniform(2, 1 + years.size());
    if (p.isSummaryOnly()) {
      table.row(amountRow(l.summaryOnlyInvestment(p.firstYear()), "", f.implementationTotal(), years, l));
      table.row(amountRow(l.savings(), "", f.permanentTotal(), years, l));
    } else {
      if (!p.permanent().isEmpty() || p.type() != dk.payback.model.ProposalType.INNOVATION) {
        table.row(heading(l.permanent(), n));
        for (Line line : p.permanent()) {
          table.row(amountRow(INDENT + line.text(), l.area(line.area()), line.amounts(), years, l));
        }
        table.row(amountRow(l.permanentTotal(), "", f.permanentTotal(), years, l));
      }
      table.row(heading(l.implementation(p.type()), n));
      for (Line line : p.implementation()) {
        table.row(amountRow(INDENT + line.text(), l.area(line.area()), line.amounts(), years, l));
      }
      table.row(amountRow(l.implementationTotal(p.type()), "", f.implementationTotal(), years, l));
    }
    table.rule();
    table.row(amountRow(l.netImpact(), "", f.netImpact(), years, l));
    table.row(amountRow(l.cumulative(), "", f.cumulative(), years, l));

    StringBuilder sb = new StringBuilder();
    sb.append(p.id()).append(" – ").append(p.title()).append('\n');
    sb.append(String.join(" · ", l.facts(p))).append('\n');
    if (p.isSummaryOnly()) {
      sb.append(l.summaryOnly()).append(": ").append(p.summaryOnly().reason()).append('\n');
    }
    sb.append('\n').append(l.tableHeading()).append('\n');
    sb.append(table.render(options.maxWidth()));
    sb.append('\n').append(l.paybackLine()).append(": ").append(l.paybackAndStated(f));
    for (String note : statedDiffers(differences, p, l)) {
      sb.append('\n').append(note);
    }
    sb.append('\n').append(l.signNote()).append('\n');
    return sb.toString();
  }

  /**
   * One footnote per difference between a printed subtotal and the sum of its lines: "Kilden angiver
   * -3.279 for Samlet varig ændring 2019; linjerne summerer til -3.280".
   */
  public static List<String> statedDiffers(List<CheckResult> differences, Proposal p, Labels l) {
    List<String> notes = new java.util.ArrayList<>();
    for (CheckResult d : differences) {
      String figure = figureLabel(d.figure(), p, l);
      if (figure != null && d.year() != null) {
        notes.add(l.statedDiffers(figure, d.year(), cell(d.stated(), l), cell(d.computed(), l)));
      }
    }
    return notes;
  }

  private static String figureLabel(Figure figure, Proposal p, Labels l) {
    return switch (figure) {
      case PERMANENT_TOTAL -> l.permanentTotal();
      case IMPLEMENTATION_TOTAL -> l.implementationTotal(p.type());
      case NET_IMPACT -> l.netImpact();
      default -> null;
    };
  }

  private static String cell(Long value, Labels l) {
    return value == null ? null : Numbers.format(value, l.lang());
  }

  private static String[] heading(String text, int n) {
    String[] cells = new String[n];
    java.util.Arrays.fill(cells, "");
    cells[0] = text;
    return cells;
  }

  private static String[] amountRow(String label, String area, Amounts amounts, List<Integer> years, Labels l) {
    String[] cells = new String[2 + years.size()];
    cells[0] = label;
    cells[1] = area;
    for (int i = 0; i < years.size(); i++) {
      int y = years.get(i);
      cells[2 + i] = amounts.has(y) ? Numbers.format(amounts.valueOr0(y), l.lang()) : "";
    }
    return cells;
  }
}
