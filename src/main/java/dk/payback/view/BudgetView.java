package dk.payback.view;

import dk.payback.calc.Analysis;
import dk.payback.calc.Budget;
import dk.payback.calc.Overview;
import dk.payback.calc.Scenario;
import dk.payback.model.Amounts;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget consequence per styringsområde: per section (investment proposals, then innovation
 * proposals) a heading, one row per area with its sum per year, each proposal's share beneath its
 * area where asked for, and the section's total; then the total of all proposals where there are
 * both kinds.
 *
 * @param budget the figures, for the machine formats
 * @param byProposal whether each area's row is followed by the proposals' shares of it
 * @param years the years of the columns: every year of every proposal added up; none where the
 *     filters keep no proposal
 * @param notes the legend of the rows used; a note may break over lines where a terminal would
 * @param selection which proposals it adds up: {@link Selection#ALL}, or those the filters keep
 */
public record BudgetView(
    BudgetWords words,
    String heading,
    Budget budget,
    boolean byProposal,
    List<Integer> years,
    List<Row> rows,
    List<String> notes,
    Selection selection)
    implements View {

  /** What a row is. */
  public enum Kind {
    /** A section's heading: "Investeringsforslag"; no figures. */
    HEADING,
    /** An area's sum. */
    AREA,
    /** A proposal's share of the area above it. */
    PROPOSAL,
    /** A section's total, or (with no type) all proposals'. */
    TOTAL
  }

  /**
   * @param type the section's; null in the total of all proposals
   * @param heading the area of an area's or a proposal's row; null otherwise
   * @param number a proposal's number in the overview, or 0
   * @param id a proposal's ID; "" in any other row
   * @param label the area's name, the proposal's title, the section's heading or the total's label
   * @param cells one per year: an amount, or blank where a proposal has none in the year; none in a
   *     heading
   */
  public record Row(
      Kind kind,
      ProposalType type,
      Budget.Heading heading,
      int number,
      String id,
      String label,
      List<Cell> cells) {

    public Row {
      cells = List.copyOf(cells);
    }

    /** The row's first cell: "HA02 Samlokalisering ..." or the label. */
    public String text() {
      return id.isEmpty() ? label : id + " " + label;
    }
  }

  public BudgetView {
    years = List.copyOf(years);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.budget(this);
  }

  /** Whether no proposal is left to add up: the filters keep none, and there is no table. */
  public boolean empty() {
    return rows.isEmpty();
  }

  public static BudgetView of(Analysis analysis, Scenario scenario, boolean byProposal, Lang lang) {
    return of(analysis, scenario, Selection.ALL, byProposal, lang);
  }

  /**
   * The budget of the proposals the selection's filters keep (its order and groups have no meaning
   * here). Where some of a section's proposals are left out, its total says how many it adds up;
   * where the filters keep none, there is no table, only a note that says so.
   */
  public static BudgetView of(
      Analysis analysis, Scenario scenario, Selection selection, boolean byProposal, Lang lang) {
    BudgetWords w = BudgetWords.of(lang);
    boolean filtered = selection.filters();
    Budget b = filtered ? analysis.budget(scenario, selection::shows) : analysis.budget(scenario);
    Overview whole = analysis.overview(scenario);
    if (b.sections().isEmpty()) {
      return new BudgetView(
          w,
          w.budgetHeading(),
          b,
          byProposal,
          List.of(),
          List.of(),
          List.of(w.nothingShown()),
          selection);
    }
    List<Integer> years = b.years();
    List<Row> rows = new ArrayList<>();
    boolean summaryOnly = false;
    for (Budget.Section s : b.sections()) {
      ProposalType type = s.type();
      rows.add(new Row(Kind.HEADING, type, null, 0, "", w.section(type), List.of()));
      for (Budget.AreaSum a : s.areas()) {
        summaryOnly |= a.heading() == Budget.Heading.SUMMARY_ONLY;
        rows.add(
            new Row(
                Kind.AREA,
                type,
                a.heading(),
                0,
                "",
                w.heading(a.heading()),
                all(a.amounts(), years, w)));
        if (byProposal) {
          for (Budget.Share share : a.shares()) {
            rows.add(
                new Row(
                    Kind.PROPOSAL,
                    type,
                    a.heading(),
                    share.number(),
                    share.proposal().id(),
                    share.proposal().title(),
                    given(share.amounts(), years, w)));
          }
        }
      }
      int ofType =
          (type == ProposalType.INNOVATION ? whole.innovations() : whole.investments()).size();
      // "9 af 18" only where some of the type are left out, as in the overview.
      String label =
          s.proposals() < ofType
              ? w.shownTotal(type, s.proposals(), ofType)
              : type == ProposalType.INNOVATION ? w.totalInnovation() : w.totalInvestment();
      rows.add(new Row(Kind.TOTAL, type, null, 0, "", label, all(s.total(), years, w)));
    }
    if (b.sections().size() > 1) {
      int shown = b.sections().stream().mapToInt(Budget.Section::proposals).sum();
      int of = whole.rows().size();
      String label = shown < of ? w.shownTotalAll(shown, of) : w.totalAll();
      rows.add(new Row(Kind.TOTAL, null, null, 0, "", label, all(b.total(), years, w)));
    }
    List<String> notes = new ArrayList<>();
    if (summaryOnly) {
      notes.add(w.legendSummaryOnly());
    }
    notes.add(w.legendTotals());
    return new BudgetView(w, w.budgetHeading(), b, byProposal, years, rows, notes, selection);
  }

  /** A sum's cells: every year, 0 included. */
  private static List<Cell> all(Amounts amounts, List<Integer> years, Words w) {
    return years.stream().map(y -> (Cell) Cell.amount(amounts.valueOr0(y), w)).toList();
  }

  /** A proposal's cells: blank in a year it has no amount in, as table 1.1 prints it. */
  private static List<Cell> given(Amounts amounts, List<Integer> years, Words w) {
    return years.stream()
        .map(y -> amounts.has(y) ? (Cell) Cell.amount(amounts.valueOr0(y), w) : Cell.EMPTY)
        .toList();
  }
}
