package dk.payback.view;

import dk.payback.calc.Analysis;
import dk.payback.calc.Appraisal;
import dk.payback.calc.Discounting;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.model.Amounts;
import dk.payback.model.Centre;
import dk.payback.model.PaybackException;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

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
 * @param selection which proposals are shown, in what order, grouped how
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
    List<Printed> printed,
    Selection selection)
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

  /** What a row is: a proposal's, a group's subtotal, or a type's total. */
  public enum Kind {
    PROPOSAL,
    SUBTOTAL,
    TOTAL
  }

  /**
   * A proposal's row, a group's subtotal or a total's.
   *
   * @param group the key of the group a subtotal adds up (centre letters, fund, risk key; "" for
   *     the proposals without one); null in other rows
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
      Kind kind,
      String group,
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

    /** A type's "I ALT" row. */
    public boolean total() {
      return kind == Kind.TOTAL;
    }

    /** A group's subtotal, within its type's section. */
    public boolean subtotal() {
      return kind == Kind.SUBTOTAL;
    }

    /** A total of either kind: no proposal of its own. */
    public boolean sum() {
      return kind != Kind.PROPOSAL;
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
  public Optional<Printed> printedAt(Row r, Integer year) {
    if (r.subtotal()) {
      return Optional.empty();
    }
    return printed.stream()
        .filter(p -> Objects.equals(p.year(), year))
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
        Kind.TOTAL,
        null,
        type,
        0,
        "",
        label,
        null,
        Cell.amount(0, words),
        zeros,
        Cell.EMPTY,
        null,
        npv,
        0);
  }

  /**
   * @param discounting how to take present values, or null for none
   */
  public static OverviewView of(
      Analysis analysis, Scenario scenario, Discounting discounting, Lang lang) {
    return of(analysis, scenario, discounting, Selection.ALL, lang);
  }

  /**
   * The overview of the proposals selected, in the order and with the subtotals asked for. Each row
   * keeps its number in the overview; where proposals are left out, each total adds up those shown
   * and says so, and is not held against the printed total of them all.
   *
   * @param discounting how to take present values, or null for none
   */
  public static OverviewView of(
      Analysis analysis,
      Scenario scenario,
      Discounting discounting,
      Selection selection,
      Lang lang) {
    OverviewWords w = OverviewWords.of(lang);
    Overview o = analysis.overview(scenario);
    PortfolioAppraisal appraisal =
        discounting == null ? null : analysis.appraisal(scenario, discounting);
    // Under a scenario the figures are no longer the source's: nothing to hold them against.
    Portfolio portfolio = scenario.isBase() ? analysis.cases().portfolio() : null;
    List<Overview.Row> shown =
        o.rows().stream().filter(r -> selection.shows(r.proposal())).toList();
    Columns columns = Columns.of(o, shown);
    Section section =
        new Section(
            analysis,
            scenario,
            discounting,
            appraisal,
            selection,
            analysis.cases().portfolio(),
            columns.savings(),
            new Marks(w));
    boolean filtered = selection.filters();
    List<Row> rows = new ArrayList<>();
    for (ProposalType type : ProposalType.values()) {
      boolean investment = type == ProposalType.INVESTMENT;
      List<Overview.Row> all = investment ? o.investments() : o.innovations();
      List<Overview.Row> ofType = all.stream().filter(r -> selection.shows(r.proposal())).toList();
      // The overview prints its investment total even without investment proposals; a filtered
      // one keeps it only where nothing else is shown.
      if (ofType.isEmpty() && !(investment && (!filtered || shown.isEmpty()))) {
        continue;
      }
      PortfolioTotal printedTotal =
          portfolio == null || filtered
              ? null
              : investment ? portfolio.investmentTotal() : portfolio.innovationTotal();
      // "9 af 18" only where some of the type are left out.
      String label =
          filtered && ofType.size() < all.size()
              ? w.shownTotal(type, ofType.size(), all.size())
              : investment ? w.totalInvestment() : w.totalInnovation();
      // The whole overview's totals, computed once, where it shows every proposal.
      PortfolioFigures.Total whole =
          filtered ? null : investment ? o.totals().investment() : o.totals().innovation();
      NetPresentValue wholeNpv =
          filtered || appraisal == null
              ? null
              : investment ? appraisal.investmentTotal() : appraisal.innovationTotal();
      rows.addAll(section.rows(type, ofType, label, whole, wholeNpv, printedTotal, portfolio));
    }
    List<Printed> printed = section.marks.printed;
    Whole whole = whole(filtered ? figuresOf(shown).whole() : o.totals().whole(), w);
    List<PortfolioRow> missing =
        o.missing().stream().filter(m -> selection.showsMissing(m.id())).toList();
    return new OverviewView(
        w,
        o.title(),
        columns.first,
        columns.last,
        columns.savings,
        rows,
        discounting != null,
        missing,
        notes(rows, missing, appraisal, printed, w),
        whole,
        printed,
        selection);
  }

  private static PortfolioFigures figuresOf(List<Overview.Row> rows) {
    return PortfolioFigures.of(rows.stream().map(Overview.Row::figures).toList());
  }

  /**
   * The overview's columns, widened to every year of the proposals shown: the investment column
   * over all their years, a savings column for each year after a proposal's first (the template's
   * convention: the first year is the investment's).
   */
  private record Columns(int first, int last, List<Integer> savings) {

    static Columns of(Overview o, List<Overview.Row> shown) {
      int first = o.firstYear();
      int last = o.lastYear();
      TreeSet<Integer> savings = new TreeSet<>(o.savingsYears());
      for (Overview.Row r : shown) {
        // The years as read: a scenario's delay moves savings past them, as the template's
        // columns would (the payback still counts them).
        List<Integer> years = r.proposal().years();
        first = Math.min(first, years.get(0));
        last = Math.max(last, years.get(years.size() - 1));
        savings.addAll(years.size() > 1 ? years.subList(1, years.size()) : years);
      }
      // The overview's own columns, in its order, where the proposals need no more.
      List<Integer> columns =
          savings.size() == o.savingsYears().size() ? o.savingsYears() : List.copyOf(savings);
      return new Columns(first, last, columns);
    }
  }

  /**
   * Lays out a section of the overview: its proposals in the order asked for, grouped where asked,
   * and its total.
   */
  private record Section(
      Analysis analysis,
      Scenario scenario,
      Discounting discounting,
      PortfolioAppraisal appraisal,
      Selection selection,
      Portfolio names,
      List<Integer> savingsYears,
      Marks marks) {

    List<Row> rows(
        ProposalType type,
        List<Overview.Row> shown,
        String label,
        PortfolioFigures.Total whole,
        NetPresentValue wholeNpv,
        PortfolioTotal printedTotal,
        Portfolio portfolio) {
      List<Row> rows = new ArrayList<>();
      List<Overview.Row> ordered = sorted(shown);
      Selection.Grouping by = selection.by();
      if (by == null || by == Selection.Grouping.TYPE) {
        ordered.forEach(r -> rows.add(row(r, portfolio)));
      } else {
        // Groups in the order the overview first shows them (risks from low to high, unassessed
        // last); the rows in each, as asked.
        Map<String, List<Overview.Row>> groups = new LinkedHashMap<>();
        List<Overview.Row> firstShown = shown;
        if (by == Selection.Grouping.RISK) {
          firstShown =
              shown.stream()
                  .sorted(
                      Comparator.comparingInt(
                          r -> r.proposal().risk() == null ? 3 : r.proposal().risk().ordinal()))
                  .toList();
        }
        firstShown.forEach(
            r -> groups.putIfAbsent(Selection.groupKey(by, r.proposal()), new ArrayList<>()));
        ordered.forEach(r -> groups.get(Selection.groupKey(by, r.proposal())).add(r));
        groups.forEach(
            (key, members) -> {
              members.forEach(r -> rows.add(row(r, portfolio)));
              String centre =
                  names == null ? null : names.centre(key).map(Centre::name).orElse(null);
              rows.add(
                  total(
                      Kind.SUBTOTAL,
                      key,
                      marks.w.groupTotal(by, key, centre),
                      type,
                      members,
                      null,
                      null,
                      null));
            });
      }
      rows.add(total(Kind.TOTAL, null, label, type, shown, whole, wholeNpv, printedTotal));
      return rows;
    }

    private Row row(Overview.Row r, Portfolio portfolio) {
      return OverviewView.row(
          r, savingsYears, analysis, scenario, discounting, printedRow(portfolio, r), marks);
    }

    /**
     * A total of some rows: the overview's own where it shows them all, or their sum.
     *
     * @param whole the type's total over every proposal, or null where some are left out
     * @param wholeNpv its present value, or null
     */
    private Row total(
        Kind kind,
        String group,
        String label,
        ProposalType type,
        List<Overview.Row> members,
        PortfolioFigures.Total whole,
        NetPresentValue wholeNpv,
        PortfolioTotal printedTotal) {
      PortfolioFigures.Total t = whole;
      NetPresentValue npv = wholeNpv;
      if (whole == null) {
        try {
          PortfolioFigures f = figuresOf(members);
          t = type == ProposalType.INVESTMENT ? f.investment() : f.innovation();
        } catch (ArithmeticException e) {
          Proposal first = members.get(0).proposal();
          throw PaybackException.input(
              first.origin().locate("id"),
              "the subtotal of " + members.size() + " proposals is too large to add up exactly",
              "check the number of digits of their amounts");
        }
        npv =
            appraisal == null
                ? null
                : NetPresentValue.total(
                    members.stream()
                        .map(r -> analysis.appraisal(r.proposal(), scenario, discounting))
                        .map(Appraisal::netPresentValue)
                        .toList(),
                    appraisal.baseYear(),
                    appraisal.discounting().rate());
      }
      return OverviewView.total(
          kind, group, label, type, t, npv, savingsYears, printedTotal, marks);
    }

    private List<Overview.Row> sorted(List<Overview.Row> rows) {
      Comparator<Overview.Row> order =
          switch (selection.sort()) {
            case NUMBER -> null;
            case ID -> Comparator.comparing(r -> r.proposal().id(), String.CASE_INSENSITIVE_ORDER);
            case PAYBACK -> Comparator.comparingLong(r -> paybackOrder(r.figures().payback()));
            case INVESTMENT ->
                Comparator.comparingLong((Overview.Row r) -> r.figures().investment()).reversed();
            // In the source's sign: the largest net saving, the most negative, first.
            case NPV ->
                discounting == null
                    ? null
                    : Comparator.comparing(
                        (Overview.Row r) ->
                            analysis
                                .appraisal(r.proposal(), scenario, discounting)
                                .netPresentValue()
                                .thousands());
          };
      // A stable sort: ties keep the overview's order.
      return order == null ? rows : rows.stream().sorted(order).toList();
    }

    /** Shortest payback first, then proposals with nothing to pay back, then those without. */
    private static long paybackOrder(Payback p) {
      return switch (p.kind()) {
        case YEARS -> p.years();
        case NOT_APPLICABLE -> Integer.MAX_VALUE;
        case NONE -> Long.MAX_VALUE;
      };
    }
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
      List<Integer> savingsYears,
      Analysis analysis,
      Scenario s,
      Discounting d,
      PortfolioRow shown,
      Marks marks) {
    OverviewWords w = marks.w;
    ProposalFigures f = r.figures();
    Proposal p = r.proposal();
    List<Cell> savings =
        savingsYears.stream()
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
        Kind.PROPOSAL,
        null,
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
      Kind kind,
      String group,
      String label,
      ProposalType type,
      PortfolioFigures.Total t,
      NetPresentValue npv,
      List<Integer> savingsYears,
      PortfolioTotal shown,
      Marks marks) {
    // The overview prints every year of a total, 0 included.
    List<Cell> savings =
        savingsYears.stream()
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
        kind,
        group,
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
      List<PortfolioRow> missingRows,
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
    for (PortfolioRow missing : missingRows) {
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

  private static Whole whole(PortfolioFigures.YearByYear y, OverviewWords w) {
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
