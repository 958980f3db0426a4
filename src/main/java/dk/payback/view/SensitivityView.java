package dk.payback.view;

import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Sensitivity;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How fragile each case is, as three tables with one column per scenario: payback, discounted
 * payback and net present value, each row beside the proposal's own risk rating; the net present
 * values end with the totals. Always of the cases as read: its columns are scenarios of their own.
 *
 * @param sensitivity the figures, for the machine formats
 * @param title the heading and its lead as one line, as a terminal prints it
 * @param lead the lead as a sentence, under a report's heading
 * @param intro what the columns are and how present values were taken; a line may break where a
 *     terminal would
 * @param asRead a line saying the grid is of the proposals' own figures, where the document is
 *     under a scenario; null otherwise
 * @param headers the column headings: proposal, risk, then one per scenario
 * @param notes the legend of the marks used, and the conventions of the present values
 */
public record SensitivityView(
    SensitivityWords words,
    Sensitivity sensitivity,
    String title,
    String lead,
    List<String> intro,
    String asRead,
    List<String> headers,
    List<Table> tables,
    List<String> notes)
    implements View {

  /**
   * @param id "" in a totals row, whose title is the total's label
   */
  public record Row(boolean total, String id, String title, String risk, List<Cell> cells) {

    public Row {
      cells = List.copyOf(cells);
    }

    /** The proposal cell: "HA02 Samlokalisering ..." or a totals label. */
    public String proposal() {
      return id.isEmpty() ? title : id + " " + title;
    }
  }

  /**
   * @param key payback, discounted_payback or net_present_value: what the cells are
   */
  public record Table(String key, String heading, List<Row> rows) {

    public Table {
      rows = List.copyOf(rows);
    }
  }

  public SensitivityView {
    intro = List.copyOf(intro);
    headers = List.copyOf(headers);
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.sensitivity(this);
  }

  /** An outcome's payback in words ("6 år (ekstrapoleret efter 2022)"), beside its figure. */
  public String paybackWords(Sensitivity.Outcome a) {
    return words.payback(a.payback(), a.lastYear());
  }

  /** An outcome's discounted payback in words, beside its figure. */
  public String discountedPaybackWords(Sensitivity.Outcome a) {
    return words.discountedPayback(
        a.discountedPayback(), a.lastYear(), a.netPresentValue().endYear());
  }

  /**
   * @param underScenario whether the document's other figures are under a scenario
   */
  public static SensitivityView of(Sensitivity s, boolean underScenario, Lang lang) {
    SensitivityWords w = SensitivityWords.of(lang);
    var rate = s.discounting().rate();
    List<Table> tables =
        List.of(
            new Table(
                "payback",
                w.paybackHeading(),
                rows(s, w, a -> new Cell.Years(a.payback(), w.paybackCell(a.payback())))),
            new Table(
                "discounted_payback",
                w.discountedPaybackHeading(rate),
                rows(
                    s,
                    w,
                    a ->
                        new Cell.Years(
                            a.discountedPayback(), w.paybackCell(a.discountedPayback())))),
            new Table(
                "net_present_value",
                w.npvHeading(rate),
                withTotals(
                    s, w, rows(s, w, a -> Cell.amount(a.netPresentValue().thousands(), w)))));
    List<String> headers = new ArrayList<>(List.of(w.proposal(), w.riskColumn()));
    s.scenarios().forEach(sc -> headers.add(w.scenarioColumn(sc)));
    String lead = w.sensitivityLead();
    return new SensitivityView(
        w,
        s,
        w.sensitivityTitle(),
        Character.toUpperCase(lead.charAt(0)) + lead.substring(1) + ".",
        List.of(w.sensitivityColumns(), w.npvConvention(s.discounting()).strip()),
        underScenario ? w.sensitivityOfCasesAsRead() : null,
        headers,
        tables,
        notes(s, tables, w));
  }

  private static List<String> notes(Sensitivity s, List<Table> tables, SensitivityWords w) {
    List<Cell> cells = new ArrayList<>();
    tables.forEach(t -> t.rows().forEach(r -> cells.addAll(r.cells())));
    List<String> notes = new ArrayList<>();
    if (cells.stream().anyMatch(c -> c instanceof Cell.Years y && y.extrapolated())) {
      notes.add(w.legendExtrapolated());
    }
    if (cells.stream().anyMatch(c -> c instanceof Cell.Years y && y.estimate())) {
      notes.add(w.legendEstimate());
    }
    notes.add(w.legendDiscountedNone());
    notes.add(w.npvSign());
    if (!s.proposals().isEmpty() && !s.byScenario().isEmpty()) {
      notes.add(w.npvTotalBase(s.byScenario().get(0).baseYear()));
    }
    return notes;
  }

  private static List<Row> rows(
      Sensitivity s, SensitivityWords w, Function<Sensitivity.Outcome, Cell> cell) {
    List<Row> rows = new ArrayList<>();
    List<Proposal> proposals = s.proposals();
    for (int r = 0; r < proposals.size(); r++) {
      Proposal p = proposals.get(r);
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < s.scenarios().size(); c++) {
        cells.add(cell.apply(s.outcome(r, c)));
      }
      rows.add(new Row(false, p.id(), p.title(), w.riskCell(p.risk()), cells));
    }
    return rows;
  }

  private static List<Row> withTotals(Sensitivity s, SensitivityWords w, List<Row> rows) {
    List<Row> all = new ArrayList<>(rows);
    total(
        all,
        s,
        w,
        ProposalType.INVESTMENT,
        w.totalInvestment(),
        Sensitivity.Totals::investmentTotal);
    total(
        all,
        s,
        w,
        ProposalType.INNOVATION,
        w.totalInnovation(),
        Sensitivity.Totals::innovationTotal);
    return all;
  }

  /** A total's row, where there are proposals of its type. */
  private static void total(
      List<Row> rows,
      Sensitivity s,
      SensitivityWords w,
      ProposalType type,
      String label,
      Function<Sensitivity.Totals, NetPresentValue> total) {
    if (s.proposals().stream().noneMatch(p -> p.type() == type)) {
      return;
    }
    List<Cell> cells =
        s.byScenario().stream()
            .map(pa -> (Cell) Cell.amount(total.apply(pa).thousands(), w))
            .toList();
    rows.add(new Row(true, "", label, "", cells));
  }
}
