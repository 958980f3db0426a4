package dk.payback.view;

import dk.payback.calc.FollowUp;
import dk.payback.calc.Payback;
import dk.payback.calc.Track;
import dk.payback.calc.Track.TrackYear;
import dk.payback.model.Amounts;
import dk.payback.model.Proposal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The follow-up: each proposal with realised figures against its plan, year by year through its
 * {@code as_of}, with a forecast; the proposals followed up added up; and those not yet followed
 * up.
 *
 * @param followUp the figures, for the machine formats
 * @param title the heading and its lead as one line, as a terminal prints it
 * @param headers the columns of the table of proposals
 * @param rows a row per proposal followed up, then their total (none without any)
 * @param proposals each followed-up proposal's own table
 * @param notFollowedUp the proposals without realised figures, "ID title" each
 * @param notes what the columns mean
 */
public record TrackView(
    TrackWords words,
    FollowUp followUp,
    String title,
    String intro,
    List<String> headers,
    List<Row> rows,
    List<Entry> proposals,
    List<String> notFollowedUp,
    List<String> notes)
    implements View {

  public TrackView {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    proposals = List.copyOf(proposals);
    notFollowedUp = List.copyOf(notFollowedUp);
    notes = List.copyOf(notes);
  }

  /**
   * @param label the proposal ("HA02 Samlokalisering ..."), a year, or a total's label
   */
  public record Row(String id, String label, boolean total, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** A figure with its label: "Merforbrug: 315". */
  public record Labelled(String label, Cell value) {}

  /**
   * One followed-up proposal.
   *
   * @param headers the columns of its years' table
   * @param years a row per year through {@code as_of}, then their total
   * @param figures shortfall, overrun, paybacks and present values, plan and forecast
   * @param notes the realised block's own notes
   */
  public record Entry(
      String id,
      String title,
      String heading,
      List<String> headers,
      List<Row> years,
      List<Labelled> figures,
      List<String> notes,
      Chart chart) {
    public Entry {
      headers = List.copyOf(headers);
      years = List.copyOf(years);
      figures = List.copyOf(figures);
      notes = List.copyOf(notes);
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.track(this);
  }

  public static TrackView of(FollowUp f, Lang lang) {
    TrackWords w = TrackWords.of(lang);
    List<String> headers =
        List.of(
            w.proposal(),
            w.asOfColumn(),
            w.plannedSavings(),
            w.realisedSavings(),
            w.share(),
            w.shortfall(),
            w.plannedCosts(),
            w.realisedCosts(),
            w.costOverrun(),
            w.paybackPlan(),
            w.paybackForecast());
    List<Row> rows = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    for (Track t : f.tracks()) {
      Proposal p = t.proposal();
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(String.valueOf(t.asOf())));
      cells.addAll(sums(t.total(), w));
      cells.add(payback(t.plan().payback(), w));
      cells.add(payback(t.forecast().payback(), w));
      rows.add(new Row(p.id(), p.id() + " " + p.title(), false, cells));
      entries.add(entry(t, w));
    }
    if (!f.isEmpty()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(String.valueOf(f.total().year())));
      cells.addAll(sums(f.total(), w));
      cells.add(Cell.EMPTY);
      cells.add(Cell.EMPTY);
      rows.add(new Row("", w.totalFollowedUp(f.tracks().size()), true, cells));
    }
    List<String> notes = new ArrayList<>();
    notes.add(w.shareNote());
    notes.add(w.shortfallNote());
    notes.add(w.forecastNote());
    if (rows.stream().flatMap(r -> r.cells().stream()).anyMatch(TrackView::extrapolated)
        || entries.stream()
            .flatMap(e -> e.figures().stream())
            .anyMatch(l -> extrapolated(l.value()))) {
      notes.add(w.legendExtrapolated());
    }
    notes.add(w.signNote());
    return new TrackView(
        w,
        f,
        w.heading() + ": " + w.lead(),
        f.isEmpty() ? w.noneFollowedUp() : w.intro() + " " + w.amountsIn(),
        headers,
        rows,
        entries,
        f.notFollowedUp().stream().map(p -> p.id() + " " + p.title()).toList(),
        notes);
  }

  private static boolean extrapolated(Cell c) {
    return c instanceof Cell.Years y && y.extrapolated();
  }

  private static Cell payback(Payback p, TrackWords w) {
    return new Cell.Years(p, w.paybackCell(p));
  }

  private static Cell share(BigDecimal share, TrackWords w) {
    return Cell.text(share == null ? "-" : w.percent(share));
  }

  /** Planned and realised savings, share, shortfall, planned and realised costs, overrun. */
  private static List<Cell> sums(TrackYear y, TrackWords w) {
    return List.of(
        Cell.amount(y.plannedSavings(), w),
        Cell.amount(y.realisedSavings(), w),
        share(y.share(), w),
        Cell.amount(y.shortfall(), w),
        Cell.amount(y.plannedCosts(), w),
        Cell.amount(y.realisedCosts(), w),
        Cell.amount(y.costOverrun(), w));
  }

  private static Entry entry(Track t, TrackWords w) {
    Proposal p = t.proposal();
    List<String> headers =
        List.of(
            w.year(),
            w.plannedSavings(),
            w.realisedSavings(),
            w.share(),
            w.plannedCosts(),
            w.realisedCosts());
    List<Row> years = new ArrayList<>();
    for (TrackYear y : t.years()) {
      years.add(new Row(p.id(), String.valueOf(y.year()), false, yearCells(y, w)));
    }
    years.add(new Row(p.id(), w.total(), true, yearCells(t.total(), w)));
    var rate = t.plan().discounting().rate();
    List<Labelled> figures =
        List.of(
            new Labelled(Words.oneLine(w.shortfall()), Cell.amount(t.total().shortfall(), w)),
            new Labelled(Words.oneLine(w.costOverrun()), Cell.amount(t.total().costOverrun(), w)),
            new Labelled(Words.oneLine(w.paybackPlan()), payback(t.plan().payback(), w)),
            new Labelled(Words.oneLine(w.paybackForecast()), payback(t.forecast().payback(), w)),
            new Labelled(w.npvPlan(rate), Cell.amount(t.plan().netPresentValue().thousands(), w)),
            new Labelled(
                w.npvForecast(rate), Cell.amount(t.forecast().netPresentValue().thousands(), w)));
    return new Entry(
        p.id(),
        p.title(),
        w.proposalHeading(p.id(), p.title(), t.asOf()),
        headers,
        years,
        figures,
        p.realised().notes(),
        chart(t, w));
  }

  private static List<Cell> yearCells(TrackYear y, TrackWords w) {
    return List.of(
        Cell.amount(y.plannedSavings(), w),
        Cell.amount(y.realisedSavings(), w),
        share(y.share(), w),
        Cell.amount(y.plannedCosts(), w),
        Cell.amount(y.realisedCosts(), w));
  }

  /** Cumulative savings, realised solid and planned dashed, through {@code as_of}. */
  private static Chart chart(Track t, TrackWords w) {
    TreeMap<Integer, Long> planned = new TreeMap<>();
    TreeMap<Integer, Long> realised = new TreeMap<>();
    long p = 0;
    long r = 0;
    List<Integer> years = new ArrayList<>();
    for (TrackYear y : t.years()) {
      p = Math.addExact(p, y.plannedSavings());
      r = Math.addExact(r, y.realisedSavings());
      planned.put(y.year(), p);
      realised.put(y.year(), r);
      years.add(y.year());
    }
    return new Chart(
        w.chartTitle(t.proposal().id()),
        years,
        new Amounts(realised),
        new Amounts(planned),
        t.asOf(),
        w.chartMark(t.asOf()),
        w.chartCaption());
  }
}
