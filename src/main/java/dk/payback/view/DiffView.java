package dk.payback.view;

import dk.payback.calc.Appraisal;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.check.CheckResult;
import dk.payback.check.FailOn;
import dk.payback.check.Figure;
import dk.payback.check.LineChange;
import dk.payback.check.ProposalRevision;
import dk.payback.check.Revision;
import dk.payback.check.StatedChange;
import dk.payback.check.TotalRevision;
import dk.payback.model.Amounts;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a change to the cases does: a count line, a summary row per changed proposal, then a section
 * per proposal (its figures before, after and the difference, its lines, its stated figures, its
 * findings) and one for the overview's totals. Or, where the versions say the same, that there are
 * no changes.
 *
 * @param before what the old version was read from, such as "origin/main:cases"
 * @param summary one row per proposal shown: ID, status, investment, payback, present value,
 *     findings
 * @param sections one per proposal shown, then the overview's; empty where nothing changed
 * @param breaches the {@code --fail-on} conditions that hold, in words
 */
public record DiffView(
    DiffWords words,
    Revision revision,
    String before,
    String after,
    String heading,
    String sides,
    String count,
    String findingsCount,
    String presentValues,
    Table summary,
    List<Section> sections,
    List<FailOn.Breach> breachesHeld,
    List<String> breaches)
    implements View {

  /**
   * A table of cells.
   *
   * @param texts how many leading columns hold text; the rest hold figures, right-aligned
   */
  public record Table(String title, List<String> headers, int texts, List<List<Cell>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A proposal's part, or the overview's.
   *
   * @param proposal the proposal, or null for the overview
   * @param lines what is said in words: a changed title, findings that appeared or disappeared
   */
  public record Section(
      ProposalRevision proposal, String heading, List<String> lines, List<Table> tables) {
    public Section {
      lines = List.copyOf(lines);
      tables = List.copyOf(tables);
    }
  }

  public DiffView {
    sections = List.copyOf(sections);
    breachesHeld = List.copyOf(breachesHeld);
    breaches = List.copyOf(breaches);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.diff(this);
  }

  /** Whether the two versions say the same. */
  public boolean empty() {
    return revision.isEmpty();
  }

  /**
   * @param all whether unchanged proposals are shown too
   * @param before what the old version was read from
   * @param proposalsBefore the number of proposals in the old version
   */
  public static DiffView of(
      Revision r,
      boolean all,
      String before,
      String after,
      int proposalsBefore,
      int proposalsAfter,
      List<FailOn.Breach> breaches,
      Lang lang) {
    DiffWords w = DiffWords.of(lang);
    FindingsWords fw = FindingsWords.of(lang);
    long appeared = r.appeared().size();
    long disappeared = r.disappeared().size();
    for (ProposalRevision p : r.proposals()) {
      appeared += p.appeared().size();
      disappeared += p.disappeared().size();
    }
    List<ProposalRevision> shown = all ? r.proposals() : r.changes();
    List<List<Cell>> rows = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    if (!r.isEmpty() || all) {
      for (ProposalRevision p : shown) {
        rows.add(summaryRow(p, w));
        sections.add(section(p, w, fw));
      }
      sections.add(overview(r, w, fw));
    }
    return new DiffView(
        w,
        r,
        before,
        after,
        w.heading(),
        w.sides(before, after),
        w.count(r, proposalsBefore, proposalsAfter),
        w.findingsCount(r, appeared, disappeared),
        w.npvWith(r.discounting()),
        new Table(null, w.summaryHeaders(), 2, rows),
        sections,
        breaches,
        breaches.stream().map(b -> w.breach(b.condition(), b.subject())).toList());
  }

  private static List<Cell> summaryRow(ProposalRevision p, DiffWords w) {
    return List.of(
        Cell.text(p.id()),
        Cell.text(w.status(p.status())),
        p.before() == null ? Cell.EMPTY : Cell.amount(p.investmentBefore(), w),
        p.after() == null ? Cell.EMPTY : Cell.amount(p.investmentAfter(), w),
        delta(p.investmentDifference(), w),
        payback(p.before(), Appraisal::payback, w),
        payback(p.after(), Appraisal::payback, w),
        delta(p.npvDifference(), w),
        Cell.text(findings(p, w)));
  }

  /** "+2 −1": findings that appeared and disappeared; "" for none. */
  private static String findings(ProposalRevision p, DiffWords w) {
    List<String> parts = new ArrayList<>();
    if (!p.appeared().isEmpty()) {
      parts.add("+" + p.appeared().size());
    }
    if (!p.disappeared().isEmpty()) {
      parts.add("-" + p.disappeared().size());
    }
    return String.join(" ", parts);
  }

  private static Cell delta(long value, DiffWords w) {
    return new Cell.Amount(value, w.delta(value));
  }

  private static Cell amountOrBlank(Long value, DiffWords w) {
    return value == null ? Cell.EMPTY : Cell.amount(value, w);
  }

  private static Cell payback(Appraisal a, Function<Appraisal, Payback> which, DiffWords w) {
    if (a == null) {
      return Cell.EMPTY;
    }
    Payback p = which.apply(a);
    return new Cell.Years(p, w.paybackCell(p));
  }

  /** The difference in years where both sides have a number of years; blank otherwise. */
  private static Cell paybackDelta(
      Appraisal before, Appraisal after, Function<Appraisal, Payback> which, DiffWords w) {
    if (before == null || after == null) {
      return Cell.EMPTY;
    }
    Payback b = which.apply(before);
    Payback a = which.apply(after);
    if (!b.isYears() || !a.isYears()) {
      return Cell.text(b.kind() == a.kind() ? "" : "≠");
    }
    return Cell.text(w.yearsDelta(a.years() - b.years()));
  }

  private static Section section(ProposalRevision p, DiffWords w, FindingsWords fw) {
    String title = p.proposal().title();
    List<String> lines = new ArrayList<>();
    if (p.titleChanged()) {
      lines.add(w.title(p.before().proposal().title(), p.after().proposal().title()));
    }
    p.appeared().forEach(f -> lines.add(w.appeared(fw.line(f))));
    p.disappeared().forEach(f -> lines.add(w.disappeared(fw.line(f))));
    List<Table> tables = new ArrayList<>();
    tables.add(figures(p, w));
    if (!p.lines().isEmpty()) {
      tables.add(lines(p, w));
    }
    if (!p.stated().isEmpty()) {
      tables.add(stated(p.stated(), p.proposal().type(), w.statedFigures(), false, w));
    }
    return new Section(p, p.id() + " " + title + " (" + w.status(p.status()) + ")", lines, tables);
  }

  private static Table figures(ProposalRevision p, DiffWords w) {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Cell.text(w.investment()),
            p.before() == null ? Cell.EMPTY : Cell.amount(p.investmentBefore(), w),
            p.after() == null ? Cell.EMPTY : Cell.amount(p.investmentAfter(), w),
            delta(p.investmentDifference(), w)));
    years(rows, p, ProposalFigures::permanentTotal, w::savingsYear, w);
    ProposalType type = p.proposal().type();
    years(
        rows,
        p,
        ProposalFigures::implementationTotal,
        year -> w.implementationTotalYear(year, type),
        w);
    years(rows, p, ProposalFigures::netImpact, w::netImpactYear, w);
    rows.add(
        List.of(
            Cell.text(w.paybackHeading()),
            payback(p.before(), Appraisal::payback, w),
            payback(p.after(), Appraisal::payback, w),
            paybackDelta(p.before(), p.after(), Appraisal::payback, w)));
    rows.add(
        List.of(
            Cell.text(w.npv()),
            p.before() == null ? Cell.EMPTY : Cell.amount(p.npvBefore(), w),
            p.after() == null ? Cell.EMPTY : Cell.amount(p.npvAfter(), w),
            delta(p.npvDifference(), w)));
    rows.add(
        List.of(
            Cell.text(w.discountedPaybackLine()),
            payback(p.before(), Appraisal::discountedPayback, w),
            payback(p.after(), Appraisal::discountedPayback, w),
            paybackDelta(p.before(), p.after(), Appraisal::discountedPayback, w)));
    return new Table(w.figures(), List.of("", w.before(), w.after(), w.difference()), 1, rows);
  }

  /** A row per year in which the figure differs. */
  private static void years(
      List<List<Cell>> rows,
      ProposalRevision p,
      Function<ProposalFigures, Amounts> figure,
      java.util.function.IntFunction<String> label,
      DiffWords w) {
    Amounts b = p.before() == null ? Amounts.empty() : figure.apply(p.before().figures());
    Amounts a = p.after() == null ? Amounts.empty() : figure.apply(p.after().figures());
    Amounts d = ProposalRevision.difference(b, a);
    for (var e : d.byYear().entrySet()) {
      int year = e.getKey();
      if (e.getValue() != 0 || b.has(year) != a.has(year)) {
        rows.add(
            List.of(
                Cell.text(label.apply(year)),
                b.has(year) ? Cell.amount(b.valueOr0(year), w) : Cell.EMPTY,
                a.has(year) ? Cell.amount(a.valueOr0(year), w) : Cell.EMPTY,
                delta(e.getValue(), w)));
      }
    }
  }

  private static Table lines(ProposalRevision p, DiffWords w) {
    List<List<Cell>> rows = new ArrayList<>();
    for (LineChange c : p.lines()) {
      String text = w.lineText(c);
      Amounts b = c.amountsBefore();
      Amounts a = c.amountsAfter();
      Amounts difference = c.difference();
      boolean first = true;
      for (int year : c.changedYears()) {
        rows.add(
            List.of(
                Cell.text(first ? w.section(c.permanent(), p.proposal().type()) : ""),
                Cell.text(first ? text : ""),
                Cell.text(first ? w.lineStatus(c.status()) : ""),
                Cell.text(String.valueOf(year)),
                b.has(year) ? Cell.amount(b.valueOr0(year), w) : Cell.EMPTY,
                a.has(year) ? Cell.amount(a.valueOr0(year), w) : Cell.EMPTY,
                delta(difference.valueOr0(year), w)));
        first = false;
      }
      if (first) {
        // Renamed, or another area: no amount differs.
        rows.add(
            List.of(
                Cell.text(w.section(c.permanent(), p.proposal().type())),
                Cell.text(text),
                Cell.text(w.lineStatus(c.status())),
                Cell.EMPTY,
                Cell.EMPTY,
                Cell.EMPTY,
                Cell.EMPTY));
      }
    }
    return new Table(
        w.lines(),
        List.of(w.section(), w.line(), w.status(), w.year(), w.before(), w.after(), w.difference()),
        3,
        rows);
  }

  /**
   * @param type the proposal's, which names its implementation costs; the overview's figures are an
   *     investment's
   * @param bySubject whether the first column names the row or total the figure is of
   */
  private static Table stated(
      List<StatedChange> changes, ProposalType type, String title, boolean bySubject, DiffWords w) {
    List<List<Cell>> rows = new ArrayList<>();
    for (StatedChange c : changes) {
      boolean years = c.figure() == Figure.PAYBACK_YEARS;
      List<Cell> row = new ArrayList<>();
      if (bySubject) {
        row.add(Cell.text(c.subject()));
      }
      row.add(Cell.text(w.stated(c.figure(), type)));
      row.add(Cell.text(c.year() == null ? "" : String.valueOf(c.year())));
      if (years) {
        row.add(Cell.text(c.before() == null ? "" : w.years(Math.toIntExact(c.before()))));
        row.add(Cell.text(c.after() == null ? "" : w.years(Math.toIntExact(c.after()))));
        row.add(
            Cell.text(c.difference() == null ? "" : w.yearsDelta(Math.toIntExact(c.difference()))));
      } else {
        row.add(amountOrBlank(c.before(), w));
        row.add(amountOrBlank(c.after(), w));
        row.add(delta(c.difference(), w));
      }
      rows.add(row);
    }
    List<String> headers = new ArrayList<>();
    if (bySubject) {
      headers.add(w.row());
    }
    headers.addAll(List.of(w.figure(), w.year(), w.before(), w.after(), w.difference()));
    return new Table(title, headers, bySubject ? 2 : 1, rows);
  }

  private static Section overview(Revision r, DiffWords w, FindingsWords fw) {
    List<List<Cell>> rows = new ArrayList<>();
    for (TotalRevision t : List.of(r.investment(), r.innovation())) {
      if (t.before().count() == 0 && t.after().count() == 0) {
        continue;
      }
      String label = w.total(t.type());
      rows.add(
          List.of(
              Cell.text(label + ": " + w.proposalCount()),
              Cell.text(String.valueOf(t.before().count())),
              Cell.text(String.valueOf(t.after().count())),
              Cell.text(w.delta(t.after().count() - t.before().count()))));
      rows.add(
          List.of(
              Cell.text(label + ": " + w.investment()),
              Cell.amount(t.before().investment(), w),
              Cell.amount(t.after().investment(), w),
              delta(t.investmentDifference(), w)));
      TreeSet<Integer> years = new TreeSet<>(t.before().savings().byYear().keySet());
      years.addAll(t.after().savings().byYear().keySet());
      for (int year : years) {
        long b = t.before().savings().valueOr0(year);
        long a = t.after().savings().valueOr0(year);
        if (a == 0 && b == 0) {
          continue;
        }
        rows.add(
            List.of(
                Cell.text(label + ": " + w.savingsYear(year)),
                Cell.amount(b, w),
                Cell.amount(a, w),
                delta(Math.subtractExact(a, b), w)));
      }
      rows.add(
          List.of(
              Cell.text(label + ": " + w.npv()),
              Cell.amount(t.npvBefore().thousands(), w),
              Cell.amount(t.npvAfter().thousands(), w),
              delta(t.npvDifference(), w)));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(w.totals(), List.of("", w.before(), w.after(), w.difference()), 1, rows));
    if (!r.overview().isEmpty()) {
      tables.add(stated(r.overview(), ProposalType.INVESTMENT, w.printedOverview(), true, w));
    }
    List<String> lines = new ArrayList<>();
    r.appeared().forEach(f -> lines.add(w.appeared(fw.line(f))));
    r.disappeared().forEach(f -> lines.add(w.disappeared(fw.line(f))));
    return new Section(null, w.overviewHeading(), lines, tables);
  }

  /** What a finding says, in the document's language. */
  public String message(CheckResult finding) {
    return FindingsWords.of(words.lang()).message(finding);
  }
}
