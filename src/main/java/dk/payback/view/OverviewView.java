package dk.payback.view;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.model.Amounts;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The overview of "Bilag 1": each investment proposal, their total, each innovation proposal, their
 * total; a net present value per row where asked for; the notes below the table; and what the whole
 * portfolio does year by year.
 *
 * @param title the overview's own title, or null
 * @param rows proposals and totals, in the order printed
 * @param presentValues whether the rows carry net present values
 * @param missing overview rows that have no case
 * @param notes the legend of the marks used, the rows without a case, and how present values were
 *     taken; a note may break over lines where a terminal would (formats that flow use {@link
 *     Words#oneLine})
 * @param whole the portfolio year by year, for its chart and the machine formats
 */
public record OverviewView(
    OverviewWords words,
    String title,
    int firstYear,
    int lastYear,
    List<Integer> savingsYears,
    List<Row> rows,
    boolean presentValues,
    List<PortfolioRow> missing,
    List<String> notes,
    Whole whole)
    implements View {

  /**
   * A proposal's row or a total's.
   *
   * @param number the overview's row number, or 0 (totals, and proposals the overview does not
   *     list)
   * @param id "" in a totals row
   * @param title the proposal's title, or the total's label
   * @param page null where unknown, and in a totals row
   * @param savings one cell per savings year: an amount, or "-" where the overview prints none
   * @param payback the payback with its marks; empty in a totals row
   * @param paybackWords the payback in words ("6 år (ekstrapoleret efter 2022)"); null in a totals
   *     row
   * @param presentValue null without present values
   * @param proposals how many proposals a total adds up; 1 for a proposal
   */
  public record Row(
      boolean total,
      ProposalType type,
      int number,
      String id,
      String title,
      Integer page,
      Cell.Amount investment,
      List<Cell> savings,
      Cell payback,
      String paybackWords,
      NetPresentValue presentValue,
      int proposals) {

    public Row {
      savings = List.copyOf(savings);
    }

    /** The proposal cell: "HA02 Samlokalisering ..." or a totals label. */
    public String proposal() {
      return id.isEmpty() ? title : id + " " + title;
    }
  }

  /**
   * @param years every year of every proposal, in order
   * @param netImpact the net impact of all proposals together, per year
   * @param cumulative its running sum
   * @param breakEvenYear the first year from which the running sum stays at or below 0, if any
   */
  public record Whole(
      List<Integer> years,
      Amounts netImpact,
      Amounts cumulative,
      OptionalInt breakEvenYear,
      Chart chart) {}

  public OverviewView {
    savingsYears = List.copyOf(savingsYears);
    rows = List.copyOf(rows);
    missing = List.copyOf(missing);
    notes = List.copyOf(notes);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.overview(this);
  }

  /**
   * The notes that quote the input: one per row without a case, naming its ID. They have no line
   * breaks of their own, so a format that shows the other notes' breaks must show any in these as
   * text.
   */
  public List<String> notesQuotingInput() {
    return missing.stream().map(m -> words.missingCase(m.number(), m.id())).toList();
  }

  /**
   * The "I ALT" row of a type. The table leaves the innovation total out where there are no
   * innovation proposals, but the machine formats give both totals always: that one is then a total
   * of nothing.
   */
  public Row totalRow(ProposalType type) {
    Row other = null;
    for (Row r : rows) {
      if (r.total() && r.type() == type) {
        return r;
      }
      if (r.total()) {
        other = r;
      }
    }
    List<Cell> zeros = savingsYears.stream().map(y -> (Cell) Cell.amount(0, words)).toList();
    NetPresentValue npv =
        other == null || other.presentValue() == null
            ? null
            : NetPresentValue.total(
                List.of(), other.presentValue().baseYear(), other.presentValue().rate());
    String label =
        type == ProposalType.INNOVATION ? words.totalInnovation() : words.totalInvestment();
    return new Row(
        true, type, 0, "", label, null, Cell.amount(0, words), zeros, Cell.EMPTY, null, npv, 0);
  }

  /**
   * @param discounting how to take present values, or null for none
   */
  public static OverviewView of(
      Analysis analysis, Scenario scenario, Discounting discounting, Lang lang) {
    OverviewWords w = OverviewWords.of(lang);
    Overview o = analysis.overview(scenario);
    PortfolioAppraisal appraisal =
        discounting == null ? null : analysis.appraisal(scenario, discounting);
    List<Row> rows = new ArrayList<>();
    o.investments().forEach(r -> rows.add(row(r, o, analysis, scenario, discounting, w)));
    rows.add(
        total(
            w.totalInvestment(),
            ProposalType.INVESTMENT,
            o.totals().investment(),
            appraisal == null ? null : appraisal.investmentTotal(),
            o,
            w));
    if (!o.innovations().isEmpty()) {
      o.innovations().forEach(r -> rows.add(row(r, o, analysis, scenario, discounting, w)));
      rows.add(
          total(
              w.totalInnovation(),
              ProposalType.INNOVATION,
              o.totals().innovation(),
              appraisal == null ? null : appraisal.innovationTotal(),
              o,
              w));
    }
    return new OverviewView(
        w,
        o.title(),
        o.firstYear(),
        o.lastYear(),
        o.savingsYears(),
        rows,
        discounting != null,
        o.missing(),
        notes(rows, o, appraisal, w),
        whole(o, w));
  }

  private static Row row(
      Overview.Row r, Overview o, Analysis analysis, Scenario s, Discounting d, OverviewWords w) {
    ProposalFigures f = r.figures();
    Proposal p = r.proposal();
    List<Cell> savings =
        o.savingsYears().stream()
            .map(
                y ->
                    f.savings().get(y).isPresent()
                        ? (Cell) Cell.amount(f.savings().valueOr0(y), w)
                        : Cell.text("-"))
            .toList();
    Integer page = p.source() == null ? null : p.source().page();
    Payback pb = f.payback();
    NetPresentValue npv = d == null ? null : analysis.appraisal(p, s, d).netPresentValue();
    return new Row(
        false,
        p.type(),
        r.number(),
        p.id(),
        p.title(),
        page,
        Cell.amount(f.investment(), w),
        savings,
        new Cell.Years(pb, w.paybackCell(pb)),
        w.payback(pb, f.proposal().lastYear()),
        npv,
        1);
  }

  private static Row total(
      String label,
      ProposalType type,
      PortfolioFigures.Total t,
      NetPresentValue npv,
      Overview o,
      OverviewWords w) {
    // The overview prints every year of a total, 0 included.
    List<Cell> savings =
        o.savingsYears().stream().map(y -> (Cell) Cell.amount(t.savings().valueOr0(y), w)).toList();
    return new Row(
        true,
        type,
        0,
        "",
        label,
        null,
        Cell.amount(t.investment(), w),
        savings,
        Cell.EMPTY,
        null,
        npv,
        t.count());
  }

  /**
   * The legend for "*" and "~" where a row uses them, rows without a case, how present values were
   * taken.
   */
  private static List<String> notes(
      List<Row> rows, Overview o, PortfolioAppraisal appraisal, OverviewWords w) {
    List<String> notes = new ArrayList<>();
    if (rows.stream().anyMatch(r -> r.payback() instanceof Cell.Years y && y.extrapolated())) {
      notes.add(w.legendExtrapolated());
    }
    if (rows.stream().anyMatch(r -> r.payback() instanceof Cell.Years y && y.estimate())) {
      notes.add(w.legendEstimate());
    }
    for (PortfolioRow missing : o.missing()) {
      notes.add(w.missingCase(missing.number(), missing.id()));
    }
    if (appraisal != null) {
      notes.add(w.npvConvention(appraisal.discounting()).strip());
      notes.add(w.npvSign());
      if (!appraisal.appraisals().isEmpty()) {
        notes.add(w.npvTotalBase(appraisal.baseYear()));
      }
    }
    return notes;
  }

  private static Whole whole(Overview o, OverviewWords w) {
    PortfolioFigures.YearByYear y = o.totals().whole();
    int mark = y.breakEvenYear().orElse(0);
    Chart chart =
        new Chart(
            w.portfolioChartCaption(),
            y.years(),
            y.cumulative(),
            Amounts.empty(),
            mark,
            mark == 0 ? "" : w.breakEven(mark),
            w.portfolioChartCaption());
    return new Whole(y.years(), y.netImpact(), y.cumulative(), y.breakEvenYear(), chart);
  }
}
