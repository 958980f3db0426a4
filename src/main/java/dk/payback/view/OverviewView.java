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
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
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
 * @param printed the cells whose computed figure is not the one the overview prints, each marked
 *     with its number in the cell's text and given a footnote in {@code notes}
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
    Whole whole,
    List<Printed> printed)
    implements View {

  /**
   * A figure the overview prints otherwise than its lines (a row) or its rows (a total) add up to.
   *
   * @param mark the footnote's number, as the cell shows it
   * @param number the row's number in the overview; 0 for a total
   * @param id the proposal's ID; "" for a total
   * @param label the proposal's ID or the total's label, as the footnote names it
   * @param year the savings year; null for the investment
   * @param footnote the footnote, mark first
   */
  public record Printed(
      int mark,
      int number,
      String id,
      ProposalType type,
      String label,
      Integer year,
      long printed,
      long computed,
      String footnote) {}

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
    printed = List.copyOf(printed);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.overview(this);
  }

  /**
   * The footnote of a row's cell, where the overview prints another figure there.
   *
   * @param year the savings year, or null for the investment
   */
  public java.util.Optional<Printed> printedAt(Row r, Integer year) {
    return printed.stream()
        .filter(p -> java.util.Objects.equals(p.year(), year))
        .filter(
            p ->
                r.total()
                    ? p.id().isEmpty() && p.type() == r.type()
                    : p.id().equals(r.id()) && p.number() == r.number())
        .findFirst();
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
    // Under a scenario the figures are no longer the source's: nothing to hold them against.
    Portfolio portfolio = scenario.isBase() ? analysis.cases().portfolio() : null;
    Marks marks = new Marks(w);
    List<Row> rows = new ArrayList<>();
    o.investments()
        .forEach(
            r ->
                rows.add(
                    row(r, o, analysis, scenario, discounting, printedRow(portfolio, r), marks)));
    rows.add(
        total(
            w.totalInvestment(),
            ProposalType.INVESTMENT,
            o.totals().investment(),
            appraisal == null ? null : appraisal.investmentTotal(),
            o,
            portfolio == null ? null : portfolio.investmentTotal(),
            marks));
    if (!o.innovations().isEmpty()) {
      o.innovations()
          .forEach(
              r ->
                  rows.add(
                      row(r, o, analysis, scenario, discounting, printedRow(portfolio, r), marks)));
      rows.add(
          total(
              w.totalInnovation(),
              ProposalType.INNOVATION,
              o.totals().innovation(),
              appraisal == null ? null : appraisal.innovationTotal(),
              o,
              portfolio == null ? null : portfolio.innovationTotal(),
              marks));
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
        notes(rows, o, appraisal, marks.printed, w),
        whole(o, w),
        marks.printed);
  }

  /** The overview's printed row of a proposal, or null where it has none. */
  private static PortfolioRow printedRow(Portfolio portfolio, Overview.Row r) {
    if (portfolio == null || r.number() == 0) {
      return null;
    }
    return portfolio.rows().stream().filter(p -> p.number() == r.number()).findFirst().orElse(null);
  }

  /**
   * Numbers the cells whose computed figure is not the one the overview prints, in the order of the
   * table, and keeps their footnotes.
   */
  private static final class Marks {

    private final OverviewWords w;
    private final List<Printed> printed = new ArrayList<>();

    Marks(OverviewWords w) {
      this.w = w;
    }

    /**
     * The cell of a computed figure, marked where the overview prints another.
     *
     * @param shown the figure as the overview prints it, or null where it prints none
     * @param year the savings year, or null for the investment
     */
    Cell.Amount cell(
        long computed,
        Long shown,
        int number,
        String id,
        ProposalType type,
        String label,
        Integer year) {
      if (shown == null || shown == computed) {
        return Cell.amount(computed, w);
      }
      int mark = printed.size() + 1;
      String column = year == null ? w.investment() : w.savingsYear(year);
      String footnote =
          Words.superscript(mark)
              + " "
              + w.printedFootnote(label, column, shown, computed, id.isEmpty());
      printed.add(new Printed(mark, number, id, type, label, year, shown, computed, footnote));
      return new Cell.Amount(computed, w.amount(computed) + Words.superscript(mark));
    }
  }

  private static Row row(
      Overview.Row r,
      Overview o,
      Analysis analysis,
      Scenario s,
      Discounting d,
      PortfolioRow shown,
      Marks marks) {
    OverviewWords w = marks.w;
    ProposalFigures f = r.figures();
    Proposal p = r.proposal();
    List<Cell> savings =
        o.savingsYears().stream()
            .map(
                y ->
                    f.savings().get(y).isPresent()
                        ? (Cell)
                            marks.cell(
                                f.savings().valueOr0(y),
                                shown == null ? null : boxed(shown.savings(), y),
                                r.number(),
                                p.id(),
                                p.type(),
                                p.id(),
                                y)
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
        marks.cell(
            f.investment(),
            shown == null ? null : shown.investment(),
            r.number(),
            p.id(),
            p.type(),
            p.id(),
            null),
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
      PortfolioTotal shown,
      Marks marks) {
    // The overview prints every year of a total, 0 included.
    List<Cell> savings =
        o.savingsYears().stream()
            .map(
                y ->
                    (Cell)
                        marks.cell(
                            t.savings().valueOr0(y),
                            shown == null ? null : boxed(shown.savings(), y),
                            0,
                            "",
                            type,
                            label,
                            y))
            .toList();
    return new Row(
        true,
        type,
        0,
        "",
        label,
        null,
        marks.cell(
            t.investment(), shown == null ? null : shown.investment(), 0, "", type, label, null),
        savings,
        Cell.EMPTY,
        null,
        npv,
        t.count());
  }

  private static Long boxed(Amounts amounts, int year) {
    return amounts.has(year) ? amounts.valueOr0(year) : null;
  }

  /**
   * The legend for "*" and "~" where a row uses them, rows without a case, how present values were
   * taken.
   */
  private static List<String> notes(
      List<Row> rows,
      Overview o,
      PortfolioAppraisal appraisal,
      List<Printed> printed,
      OverviewWords w) {
    List<String> notes = new ArrayList<>();
    printed.forEach(p -> notes.add(p.footnote()));
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
            w.portfolioChartCaption() + ". " + w.portfolioChartReading(mark != 0));
    return new Whole(y.years(), y.netImpact(), y.cumulative(), y.breakEvenYear(), chart);
  }
}
