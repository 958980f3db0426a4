package dk.payback.format;

import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Payback;
import dk.payback.calc.Sensitivity;
import dk.payback.calc.Track;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.util.OneLine;
import dk.payback.view.BudgetView;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.OverviewView;
import dk.payback.view.ProposalView;
import dk.payback.view.SensitivityView;
import dk.payback.view.TrackView;
import dk.payback.view.View;
import dk.payback.view.Words;
import java.util.List;
import java.util.Map;

/**
 * Tidy CSV: one row per figure (a line's amount in a year, a total, the payback), with the same
 * columns throughout, so that a pivot table needs no reshaping. Amounts are plain integers in
 * thousands of kroner. The README lists the columns and the values of {@code section}.
 */
public final class CsvFormat implements Format.Text {

  static final List<String> COLUMNS =
      List.of("id", "type", "section", "line_no", "text", "area", "year", "amount");

  private static final String CRLF = "\r\n";

  private final CsvDialect dialect;

  public CsvFormat(CsvDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String text(Document document) {
    // A diff's rows have columns of their own: before, after and the difference.
    boolean diff = document.views().stream().anyMatch(DiffView.class::isInstance);
    Records records = new Records(dialect, diff ? DiffRows.COLUMNS : COLUMNS);
    if (!diff) {
      document
          .scenarioLine()
          .ifPresent(line -> records.add("", "", "scenario", null, line, "", null, null));
    }
    document.visit(records);
    return records.toString();
  }

  /**
   * The file being written, a record per figure, and the one place its fields are escaped: every
   * text field through {@link #text}, every number written as a number.
   */
  private static final class Records implements View.Visitor<Void> {

    private final CsvDialect dialect;
    private final StringBuilder sb = new StringBuilder();

    Records(CsvDialect dialect, List<String> columns) {
      this.dialect = dialect;
      if (dialect.byteOrderMark) {
        sb.append('\uFEFF');
      }
      fields(columns.toArray(String[]::new));
    }

    /** The figures of each total of a kind, each record's section named with the prefix. */
    private void sums(OverviewView view, OverviewView.Kind kind, String prefix) {
      List<Integer> years = view.savingsYears();
      for (OverviewView.Row r : view.rows()) {
        if (r.kind() != kind) {
          continue;
        }
        String type = r.type().key();
        add("", type, prefix + "investment", null, r.title(), "", null, r.investment().value());
        for (int i = 0; i < years.size(); i++) {
          add(
              "",
              type,
              prefix + "savings",
              null,
              r.title(),
              "",
              (long) years.get(i),
              r.savings().get(i).amountOrNull());
        }
        add(
            "",
            type,
            prefix + "net_present_value",
            null,
            r.title(),
            "",
            null,
            thousands(r.presentValue()));
      }
    }

    /**
     * Each proposal's investment, savings per year and present value, then the groups' subtotals
     * (where the overview is grouped), then the totals', then the figures the overview prints
     * otherwise (the printed figure as the amount), then rows without a case.
     */
    @Override
    public Void overview(OverviewView view) {
      List<Integer> years = view.savingsYears();
      for (OverviewView.Row r : view.rows()) {
        if (r.sum()) {
          continue;
        }
        Long no = r.number() == 0 ? null : (long) r.number();
        String type = r.type().key();
        add(r.id(), type, "overview_investment", no, r.title(), "", null, r.investment().value());
        for (int i = 0; i < years.size(); i++) {
          Long amount = r.savings().get(i).amountOrNull();
          if (amount != null) {
            add(r.id(), type, "overview_savings", no, r.title(), "", (long) years.get(i), amount);
          }
        }
        add(
            r.id(),
            type,
            "overview_net_present_value",
            no,
            r.title(),
            "",
            null,
            thousands(r.presentValue()));
      }
      sums(view, OverviewView.Kind.SUBTOTAL, "group_");
      sums(view, OverviewView.Kind.TOTAL, "total_");
      for (OverviewView.Printed p : view.printed()) {
        add(
            p.id(),
            p.type().key(),
            "overview_printed",
            p.number() == 0 ? null : (long) p.number(),
            Words.oneLine(p.footnote()),
            "",
            p.year() == null ? null : (long) p.year(),
            p.printed());
      }
      for (PortfolioRow missing : view.missing()) {
        add(
            missing.id(),
            "",
            "missing",
            (long) missing.number(),
            view.words().missingCase(missing.number(), missing.id()),
            "",
            null,
            null);
      }
      return null;
    }

    /**
     * Each area's sum per year (the area's key in {@code area}, its name in {@code text}), each
     * proposal's share where the view has them, and each section's total; the total of all
     * proposals is left to the pivot table.
     */
    @Override
    public Void budget(BudgetView view) {
      List<Integer> years = view.years();
      for (BudgetView.Row r : view.rows()) {
        if (r.kind() == BudgetView.Kind.HEADING || r.type() == null) {
          continue;
        }
        String section =
            switch (r.kind()) {
              case PROPOSAL -> "budget_proposal";
              case TOTAL -> "budget_total";
              default -> "budget";
            };
        Long no = r.number() == 0 ? null : (long) r.number();
        String area = r.heading() == null ? "" : r.heading().key();
        for (int i = 0; i < years.size(); i++) {
          Long amount = r.cells().get(i).amountOrNull();
          if (amount != null) {
            add(r.id(), r.type().key(), section, no, r.label(), area, (long) years.get(i), amount);
          }
        }
      }
      return null;
    }

    /**
     * Each proposal's risk rating, then per proposal and scenario (line_no is the scenario's
     * column, text its heading) the payback, the discounted payback and the net present value; then
     * the totals' net present values.
     */
    @Override
    public Void sensitivity(SensitivityView view) {
      Sensitivity s = view.sensitivity();
      List<Proposal> proposals = s.proposals();
      List<String> headings = view.headers().subList(2, view.headers().size());
      for (Proposal p : proposals) {
        add(
            p.id(),
            p.type().key(),
            "risk",
            null,
            p.risk() == null ? "" : p.risk().key(),
            "",
            null,
            null);
      }
      for (int r = 0; r < proposals.size(); r++) {
        Proposal p = proposals.get(r);
        for (int c = 0; c < headings.size(); c++) {
          Sensitivity.Outcome a = s.outcome(r, c);
          long column = c + 1;
          paybackRow(p, "sensitivity_payback_years", column, headings.get(c), a.payback());
          paybackRow(
              p,
              "sensitivity_discounted_payback_years",
              column,
              headings.get(c),
              a.discountedPayback());
          add(
              p.id(),
              p.type().key(),
              "sensitivity_net_present_value",
              column,
              headings.get(c),
              "",
              null,
              a.netPresentValue().thousands());
        }
      }
      for (ProposalType type : ProposalType.values()) {
        if (proposals.stream().noneMatch(p -> p.type() == type)) {
          continue;
        }
        for (int c = 0; c < headings.size(); c++) {
          Sensitivity.Totals pa = s.byScenario().get(c);
          NetPresentValue total =
              type == ProposalType.INVESTMENT ? pa.investmentTotal() : pa.innovationTotal();
          add(
              "",
              type.key(),
              "sensitivity_total_net_present_value",
              (long) c + 1,
              headings.get(c),
              "",
              null,
              total.thousands());
        }
      }
      return null;
    }

    /**
     * A payback in years (amount) and the year it is reached; both empty for "ingen" and "ikke
     * relevant".
     */
    private void paybackRow(Proposal p, String section, Long lineNo, String text, Payback pb) {
      add(
          p.id(),
          p.type().key(),
          section,
          lineNo,
          text,
          "",
          pb.isYears() ? (long) pb.year() : null,
          pb.isYears() ? (long) pb.years() : null);
    }

    /**
     * Per followed-up proposal and year: planned and realised savings and costs, and the share
     * realised (an exact decimal, in the text field); then the proposal's shortfall, cost overrun
     * and paybacks through its as_of; then the proposals not yet followed up.
     */
    @Override
    public Void track(TrackView view) {
      for (Track t : view.followUp().tracks()) {
        Proposal p = t.proposal();
        for (Track.TrackYear y : t.years()) {
          trackYear(p, y);
        }
        long asOf = t.asOf();
        share(p, "track_total_share_percent", t.total(), asOf);
        add(p.id(), p.type().key(), "track_shortfall", null, "", "", asOf, t.total().shortfall());
        add(
            p.id(),
            p.type().key(),
            "track_cost_overrun",
            null,
            "",
            "",
            asOf,
            t.total().costOverrun());
        paybackRow(p, "track_payback_plan", null, "", t.plan().payback());
        paybackRow(p, "track_payback_forecast", null, "", t.forecast().payback());
        add(
            p.id(),
            p.type().key(),
            "track_npv_plan",
            null,
            "",
            "",
            null,
            t.plan().netPresentValue().thousands());
        add(
            p.id(),
            p.type().key(),
            "track_npv_forecast",
            null,
            "",
            "",
            null,
            t.forecast().netPresentValue().thousands());
      }
      for (Proposal p : view.followUp().notFollowedUp()) {
        add(p.id(), p.type().key(), "track_not_followed_up", null, p.title(), "", null, null);
      }
      return null;
    }

    private void trackYear(Proposal p, Track.TrackYear y) {
      String id = p.id();
      String type = p.type().key();
      long year = y.year();
      add(id, type, "track_planned_savings", null, "", "", year, y.plannedSavings());
      add(id, type, "track_realised_savings", null, "", "", year, y.realisedSavings());
      share(p, "track_share_percent", y, year);
      add(id, type, "track_planned_costs", null, "", "", year, y.plannedCosts());
      add(id, type, "track_realised_costs", null, "", "", year, y.realisedCosts());
    }

    /**
     * The share of the planned savings realised, a percentage with one decimal, in the text field
     * (the amount field holds thousands of kroner). It is a number payback made, not a text from
     * the input: written in the dialect's decimal mark, and a negative share (a cost where a saving
     * was planned) keeps its sign rather than the apostrophe that disarms a formula.
     */
    private void share(Proposal p, String section, Track.TrackYear y, long year) {
      fields(
          text(p.id()),
          text(p.type().key()),
          text(section),
          "",
          y.share() == null ? "" : dialect.decimal(y.share()),
          "",
          number(year),
          "");
    }

    @Override
    public Void proposal(ProposalView view) {
      Proposal p = view.proposal();
      String id = p.id();
      String type = p.type().key();
      if (view.summaryOnly() != null) {
        add(id, type, "summary_only", null, view.summaryOnly(), "", null, null);
      }
      for (ProposalView.Row r : view.rows()) {
        if (r.kind() == ProposalView.Kind.HEADING) {
          continue;
        }
        Long lineNo = r.lineNo() == 0 ? null : (long) r.lineNo();
        String area = r.area() == null ? "" : r.area().key();
        for (Map.Entry<Integer, Long> e : r.amounts().byYear().entrySet()) {
          add(id, type, r.key(), lineNo, r.text(), area, (long) e.getKey(), e.getValue());
        }
      }
      paybackRow(p, "payback_years", null, view.paybackWords(), view.figures().payback());
      if (view.statedPaybackWords() != null) {
        add(
            id,
            type,
            "stated_payback_years",
            null,
            view.statedPaybackWords(),
            "",
            null,
            (long) p.stated().paybackYears());
      }
      if (view.appraisal() != null) {
        ProposalView.Labelled npv = view.presentValue().get(0);
        add(id, type, "net_present_value", null, npv.label(), "", null, npv.value().amountOrNull());
        paybackRow(
            p,
            "discounted_payback_years",
            null,
            view.presentValue().get(1).value().text(),
            view.appraisal().discountedPayback());
      }
      return null;
    }

    /**
     * The diff's flat table ({@link DiffRows}): a row per figure and year with before, after and
     * the difference, and the diff's words in rows of their own.
     */
    @Override
    public Void diff(DiffView view) {
      for (DiffRows.Row row : DiffRows.of(view)) {
        fields(
            row.fields().stream()
                .map(f -> f instanceof String s ? text(s) : f == null ? "" : f.toString())
                .toArray(String[]::new));
      }
      return null;
    }

    /**
     * One row per finding: the line {@code payback check} prints, and the difference (computed
     * minus stated) as the amount; then how many checks were made.
     */
    @Override
    public Void findings(FindingsView view) {
      if (view.invalid()) {
        for (var d : view.errors()) {
          add("", "", "input_error", null, d.format(), "", null, null);
        }
        add("", "", "checks", null, view.count(), "", null, 0L);
        return null;
      }
      long n = 0;
      for (FindingsView.Item item : view.findings()) {
        var r = item.result();
        add(
            item.aboutTotal() ? "" : r.subject(),
            "",
            "finding",
            ++n,
            item.line(),
            "",
            r.year() == null ? null : (long) r.year(),
            r.figure() == null ? null : r.difference());
      }
      long w = 0;
      for (FindingsView.Notice notice : view.warnings()) {
        var x = notice.warning();
        add(
            x.subject(),
            "",
            "warning",
            ++w,
            notice.line(),
            "",
            x.year() == null ? null : (long) x.year(),
            x.amount());
      }
      add("", "", "checks", null, view.count(), "", null, (long) view.checks().results().size());
      return null;
    }

    /** One record; a null number is an empty field. */
    void add(
        String id,
        String type,
        String section,
        Long lineNo,
        String text,
        String area,
        Long year,
        Long amount) {
      fields(
          text(id),
          text(type),
          text(section),
          number(lineNo),
          text(text),
          text(area),
          number(year),
          number(amount));
    }

    private void fields(String... fields) {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          sb.append(dialect.separator);
        }
        sb.append(quote(fields[i], dialect.separator));
      }
      sb.append(CRLF);
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  private static Long thousands(NetPresentValue npv) {
    return npv == null ? null : npv.thousands();
  }

  private static String number(Long value) {
    return value == null ? "" : Long.toString(value);
  }

  /**
   * A text a spreadsheet must not take for a formula: one that begins with =, +, -, @, a tab or a
   * CR gets a leading apostrophe (OWASP's rule for CSV injection). Numbers never come here, so that
   * an amount keeps its sign.
   */
  static String text(String field) {
    String shown = visible(field);
    if (!shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0) {
      return "'" + shown;
    }
    return shown;
  }

  /**
   * Control characters and direction marks as escapes (a CSV printed to a terminal would act on an
   * escape sequence); line breaks and tabs stay, quoted, as the spreadsheet shows them in the cell.
   */
  private static String visible(String field) {
    StringBuilder sb = null;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      boolean hide = OneLine.hidden(c) && c != '\n' && c != '\r' && c != '\t';
      if (hide && sb == null) {
        sb = new StringBuilder(field.length() + 8).append(field, 0, i);
      }
      if (sb != null) {
        sb.append(hide ? OneLine.visible(c) : String.valueOf(c));
      }
    }
    return sb == null ? field : sb.toString();
  }

  /** RFC 4180: a field with the separator, a quote, CR or LF is quoted, its quotes doubled. */
  static String quote(String field, char separator) {
    boolean needs =
        field.indexOf(separator) >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\r') >= 0
            || field.indexOf('\n') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
