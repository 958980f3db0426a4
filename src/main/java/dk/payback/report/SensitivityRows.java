package dk.payback.report;

import dk.payback.calc.Appraisal;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.Sensitivity;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.render.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sensitivity grid as three tables of cells, the same in every format that lays out tables
 * (Markdown, HTML, Excel), as {@code payback sensitivity} prints them: payback, discounted payback and
 * net present value, one column per scenario, each row beside the proposal's own risk rating; the net
 * present values end with the totals.
 */
final class SensitivityRows {

  /** @param id "" in a totals row, whose title is the total's label */
  record Row(boolean total, String id, String title, String risk, List<Cell> cells) {

    /** The proposal cell: "HA02 Samlokalisering ..." or a totals label. */
    String proposal() {
      return id.isEmpty() ? title : id + " " + title;
    }
  }

  /** @param key payback, discounted_payback or net_present_value: what the cells are */
  record Table(String key, String heading, List<Row> rows) {}

  private SensitivityRows() {}

  /** What the columns are and how the present values were taken, a line each. */
  static List<String> intro(Sensitivity s, Labels l) {
    List<String> lines = new ArrayList<>();
    String lead = l.sensitivityLead();
    // Under the heading "Følsomhed", the rest of the sensitivity command's title, as a sentence.
    lines.add(Character.toUpperCase(lead.charAt(0)) + lead.substring(1) + ".");
    // The terminal's line breaks fall mid-sentence; a report lets its paragraphs flow.
    lines.add(Labels.oneLine(l.sensitivityColumns()));
    lines.add(Labels.oneLine(l.npvConvention(s.discounting()).strip()));
    return lines;
  }

  static List<String> headers(Sensitivity s, Labels l) {
    List<String> headers = new ArrayList<>(List.of(l.proposal(), l.riskColumn()));
    s.scenarios().forEach(sc -> headers.add(l.scenarioColumn(sc)));
    return headers;
  }

  static List<Table> of(Sensitivity s, Labels l) {
    var rate = s.discounting().rate();
    return List.of(
        new Table("payback", l.paybackHeading(), rows(s, l, a -> Cell.text(l.paybackCell(a.payback())))),
        new Table("discounted_payback", l.discountedPaybackHeading(rate),
            rows(s, l, a -> Cell.text(l.paybackCell(a.discountedPayback())))),
        new Table("net_present_value", l.npvHeading(rate), withTotals(s, l,
            rows(s, l, a -> Cell.amount(a.netPresentValue().thousands(), l.lang())))));
  }

  /** The legend of the marks used, and the conventions of the present values. */
  static List<String> notes(Sensitivity s, Labels l) {
    List<String> cells = new ArrayList<>();
    for (Table t : of(s, l)) {
      t.rows().forEach(r -> r.cells().forEach(c -> cells.add(c.text())));
    }
    List<String> notes = new ArrayList<>();
    if (cells.stream().anyMatch(c -> c.endsWith("*"))) {
      notes.add(l.legendExtrapolated());
    }
    if (cells.stream().anyMatch(c -> c.startsWith("~"))) {
      notes.add(l.legendEstimate());
    }
    notes.add(l.legendDiscountedNone());
    notes.add(l.npvSign());
    if (!s.proposals().isEmpty() && !s.byScenario().isEmpty()) {
      notes.add(l.npvTotalBase(s.byScenario().get(0).baseYear()));
    }
    return notes;
  }

  private static List<Row> rows(Sensitivity s, Labels l, Function<Appraisal, Cell> cell) {
    List<Row> rows = new ArrayList<>();
    List<Proposal> proposals = s.proposals();
    for (int r = 0; r < proposals.size(); r++) {
      Proposal p = proposals.get(r);
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < s.scenarios().size(); c++) {
        cells.add(cell.apply(s.outcome(r, c)));
      }
      rows.add(new Row(false, p.id(), p.title(), l.riskCell(p.risk()), cells));
    }
    return rows;
  }

  private static List<Row> withTotals(Sensitivity s, Labels l, List<Row> rows) {
    List<Row> all = new ArrayList<>(rows);
    total(all, s, l, ProposalType.INVESTMENT, l.totalInvestment(), PortfolioAppraisal::investmentTotal);
    total(all, s, l, ProposalType.INNOVATION, l.totalInnovation(), PortfolioAppraisal::innovationTotal);
    return all;
  }

  /** A total's row, where there are proposals of its type, as the sensitivity command prints it. */
  private static void total(
      List<Row> rows, Sensitivity s, Labels l, ProposalType type, String label, Function<PortfolioAppraisal, NetPresentValue> total) {
    if (s.proposals().stream().noneMatch(p -> p.type() == type)) {
      return;
    }
    List<Cell> cells = s.byScenario().stream().map(pa -> Cell.amount(total.apply(pa).thousands(), l.lang())).toList();
    rows.add(new Row(true, "", label, "", cells));
  }
}
