package dk.payback.format;

import dk.payback.calc.Appraisal;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.check.ChangeStatus;
import dk.payback.check.CheckResult;
import dk.payback.check.LineChange;
import dk.payback.check.ProposalRevision;
import dk.payback.check.Revision;
import dk.payback.check.StatedChange;
import dk.payback.check.TotalRevision;
import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.view.DiffView;
import dk.payback.view.DiffWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A diff as one flat, tidy table, for {@code diff --format csv} and the workbook's sheet of
 * figures: a row per figure and year, before, after and the difference as plain integers, and the
 * diff's words (a changed title, a finding that appeared or went) in rows of their own, told apart
 * by {@code section}. The figures are those of the JSON diff, every year of a figure where either
 * side has it, not only the years that changed: a pivot table can then add up either side. The
 * columns and sections are listed in diff.md.
 */
final class DiffRows {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "type",
          "status",
          "section",
          "text",
          "line_status",
          "area",
          "year",
          "before",
          "after",
          "difference",
          "before_text",
          "after_text",
          "location");

  /** Whether the column holds a figure (before, after, difference). */
  static boolean isFigure(int column) {
    return column >= COLUMNS.indexOf("before") && column <= COLUMNS.indexOf("difference");
  }

  /**
   * One row; a null number and "" are blank.
   *
   * @param status the proposal's change (added, removed, changed, unchanged); "" for the overview
   * @param lineStatus a line's own change; "" for every other row
   * @param beforeText a figure that is no number, as the diff prints it ("~6 år*", "ingen"), or a
   *     side's title or file
   */
  record Row(
      String id,
      String type,
      String status,
      String section,
      String text,
      String lineStatus,
      String area,
      Integer year,
      Long before,
      Long after,
      Long difference,
      String beforeText,
      String afterText,
      String location) {

    /** The row's fields in {@link #COLUMNS}' order: a String, a Long, an Integer or null. */
    List<Object> fields() {
      return Arrays.asList(
          id,
          type,
          status,
          section,
          text,
          lineStatus,
          area,
          year,
          before,
          after,
          difference,
          beforeText,
          afterText,
          location);
    }
  }

  private final DiffWords w;
  private final List<Row> rows = new ArrayList<>();

  private DiffRows(DiffWords w) {
    this.w = w;
  }

  /** The rows of a diff: what was compared and the counts, each proposal shown, the overview. */
  static List<Row> of(DiffView view) {
    DiffRows d = new DiffRows(view.words());
    d.head(view);
    for (DiffView.Section s : view.sections()) {
      if (s.proposal() != null) {
        d.proposal(s.proposal(), view);
      }
    }
    if (!view.sections().isEmpty()) {
      d.overview(view);
    }
    return List.copyOf(d.rows);
  }

  /** What was compared, the counts and the conditions that hold, in rows of the overview's. */
  private void head(DiffView view) {
    Revision r = view.revision();
    Proposal none = new Proposal("", "", "");
    none.words("sides", view.sides(), new String[] {view.before(), view.after()});
    none.words("discounting", view.presentValues(), new String[] {"", ""});
    for (ChangeStatus s : JsonDiff.COUNTED) {
      // How many proposals have the status: one number, neither side's.
      new Proposal("", "", s.key()).figure("count", w.status(s), null, null, r.count(s), null);
    }
    none.figure(
        "findings",
        view.findingsCount(),
        null,
        (long) r.findingsBefore(),
        (long) r.findingsAfter(),
        (long) r.findingsAfter() - r.findingsBefore());
    view.breaches().forEach(b -> none.words("fail_on", b, new String[] {"", ""}));
  }

  private void proposal(ProposalRevision p, DiffView view) {
    Proposal at = new Proposal(p.id(), p.proposal().type().key(), p.status().key());
    at.words("title", p.proposal().title(), side(p, a -> a.proposal().title()));
    at.words("file", "", side(p, a -> a.proposal().origin().file()));
    at.sides("investment", w.investment(), p, a -> a.figures().investment(), true);
    at.years("permanent_total", w.savings(), p, ProposalFigures::permanentTotal);
    at.years(
        "implementation_total",
        w.implementationTotal(p.proposal().type()),
        p,
        ProposalFigures::implementationTotal);
    at.years("net_impact", w.netImpact(), p, ProposalFigures::netImpact);
    at.payback("payback_years", w.paybackHeading(), p, Appraisal::payback);
    at.sides("stated_payback_years", w.statedPayback(), p, DiffRows::statedPayback, false);
    at.sides("net_present_value", w.npv(), p, a -> a.netPresentValue().thousands(), true);
    at.payback(
        "discounted_payback_years", w.discountedPaybackLine(), p, Appraisal::discountedPayback);
    for (LineChange c : p.lines()) {
      at.line(c);
    }
    for (StatedChange c : p.stated()) {
      at.stated("stated_changed_", w.stated(c.figure(), p.proposal().type()), c);
    }
    at.findings(p.appeared(), p.disappeared(), view);
  }

  private void overview(DiffView view) {
    Revision r = view.revision();
    for (TotalRevision t : List.of(r.investment(), r.innovation())) {
      if (t.before().count() == 0 && t.after().count() == 0) {
        continue;
      }
      Proposal total = new Proposal("", t.type().key(), "");
      String label = w.total(t.type());
      total.both("total_proposals", label, t.before().count(), t.after().count());
      total.both("total_investment", label, t.before().investment(), t.after().investment());
      total.amounts("total_savings", label, t.before().savings(), t.after().savings());
      total.both(
          "total_net_present_value", label, t.npvBefore().thousands(), t.npvAfter().thousands());
    }
    Proposal none = new Proposal("", "", "");
    for (StatedChange c : r.overview()) {
      none.stated("overview_printed_", c.subject(), c);
    }
    none.findings(r.appeared(), r.disappeared(), view);
  }

  private static Long statedPayback(Appraisal a) {
    Integer years = a.proposal().stated().paybackYears();
    return years == null ? null : (long) years;
  }

  /** A text of each side, "" for a side the proposal is not on. */
  private static String[] side(ProposalRevision p, Function<Appraisal, String> text) {
    return new String[] {
      p.before() == null ? "" : text.apply(p.before()),
      p.after() == null ? "" : text.apply(p.after())
    };
  }

  /** The rows of one proposal, or of the overview's totals: the first columns they share. */
  private final class Proposal {
    private final String id;
    private final String type;
    private final String status;

    Proposal(String id, String type, String status) {
      this.id = id;
      this.type = type;
      this.status = status;
    }

    /** A row of the proposal (or the overview), its line_status and area blank. */
    private void row(
        String section,
        String text,
        Integer year,
        Long before,
        Long after,
        Long difference,
        String beforeText,
        String afterText,
        String location) {
      rows.add(
          new Row(
              id,
              type,
              status,
              section,
              text,
              "",
              "",
              year,
              before,
              after,
              difference,
              beforeText,
              afterText,
              location));
    }

    void words(String section, String text, String[] sides) {
      row(section, text, null, null, null, null, sides[0], sides[1], "");
    }

    void figure(String section, String text, Integer year, Long before, Long after, Long delta) {
      row(section, text, year, before, after, delta, "", "", "");
    }

    /** A figure both sides have, and the difference. */
    void both(String section, String text, long before, long after) {
      figure(section, text, null, before, after, Math.subtractExact(after, before));
    }

    /**
     * A figure of each side the proposal is on, and their difference.
     *
     * @param fromNothing whether a side without the figure counts as 0 in the difference (an added
     *     proposal's investment is all new), or leaves it blank (a payback stated on one side only)
     */
    void sides(
        String section,
        String text,
        ProposalRevision p,
        Function<Appraisal, Long> value,
        boolean fromNothing) {
      Long b = p.before() == null ? null : value.apply(p.before());
      Long a = p.after() == null ? null : value.apply(p.after());
      Long difference =
          (b == null && a == null) || ((b == null || a == null) && !fromNothing)
              ? null
              : Math.subtractExact(a == null ? 0 : a, b == null ? 0 : b);
      figure(section, text, null, b, a, difference);
    }

    /** A figure per year, every year either side has. */
    void years(
        String section, String text, ProposalRevision p, Function<ProposalFigures, Amounts> f) {
      amounts(
          section,
          text,
          p.before() == null ? null : f.apply(p.before().figures()),
          p.after() == null ? null : f.apply(p.after().figures()));
    }

    /** A null side has no amounts; its cells are blank. */
    void amounts(String section, String text, Amounts before, Amounts after) {
      Amounts b = before == null ? Amounts.empty() : before;
      Amounts a = after == null ? Amounts.empty() : after;
      for (Map.Entry<Integer, Long> e : ProposalRevision.difference(b, a).byYear().entrySet()) {
        int year = e.getKey();
        figure(
            section,
            text,
            year,
            b.has(year) ? b.valueOr0(year) : null,
            a.has(year) ? a.valueOr0(year) : null,
            e.getValue());
      }
    }

    /**
     * A payback in years on each side where it is one, the difference where both are; what the diff
     * prints (marks, "ingen") beside.
     */
    void payback(String section, String text, ProposalRevision p, Function<Appraisal, Payback> f) {
      Payback b = p.before() == null ? null : f.apply(p.before());
      Payback a = p.after() == null ? null : f.apply(p.after());
      row(
          section,
          text,
          null,
          years(b),
          years(a),
          years(b) == null || years(a) == null ? null : years(a) - years(b),
          b == null ? "" : w.paybackCell(b),
          a == null ? "" : w.paybackCell(a),
          "");
    }

    private static Long years(Payback p) {
      return p != null && p.isYears() ? (long) p.years() : null;
    }

    /** A line's amount in every year either side has, or one row where neither has any. */
    void line(LineChange c) {
      String section = c.permanent() ? "permanent_line" : "implementation_line";
      Line l = c.after() == null ? c.before() : c.after();
      String area = l.area() == null ? "" : l.area().key();
      Amounts b = c.amountsBefore();
      Amounts a = c.amountsAfter();
      TreeSet<Integer> years = new TreeSet<>(c.difference().byYear().keySet());
      if (years.isEmpty()) {
        years.add(null);
      }
      for (Integer year : years) {
        Long before = year != null && b.has(year) ? b.valueOr0(year) : null;
        Long after = year != null && a.has(year) ? a.valueOr0(year) : null;
        rows.add(
            new Row(
                id,
                type,
                status,
                section,
                w.lineText(c),
                c.status().key(),
                area,
                year,
                before,
                after,
                year == null ? null : c.difference().valueOr0(year),
                "",
                "",
                c.at().toString()));
      }
    }

    void stated(String prefix, String text, StatedChange c) {
      row(
          prefix + c.figure().key(),
          text,
          c.year(),
          c.before(),
          c.after(),
          c.difference(),
          "",
          "",
          c.at().toString());
    }

    /** A finding in words, where it stands and its year: its figures are in its message. */
    void findings(List<CheckResult> appeared, List<CheckResult> disappeared, DiffView view) {
      appeared.forEach(f -> finding("finding_appeared", f, view));
      disappeared.forEach(f -> finding("finding_disappeared", f, view));
    }

    private void finding(String section, CheckResult f, DiffView view) {
      row(section, view.message(f), f.year(), null, null, null, "", "", f.location().toString());
    }
  }
}
