package dk.payback.format;

import dk.payback.calc.Appraisal;
import dk.payback.calc.Budget;
import dk.payback.calc.DiscountRate;
import dk.payback.calc.FollowUp;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.calc.Track;
import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Status;
import dk.payback.model.Amounts;
import dk.payback.model.Diagnostic;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.SourceRef;
import dk.payback.view.BudgetView;
import dk.payback.view.Cell;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.OverviewView;
import dk.payback.view.ProposalView;
import dk.payback.view.Selection;
import dk.payback.view.SensitivityView;
import dk.payback.view.TrackView;
import dk.payback.view.View;
import dk.payback.view.Words;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON in stable shapes, each described by a schema: integers for money, years as object keys,
 * every key always present (null where a value is unknown), keys in a fixed order, snake_case
 * throughout. A document of the findings alone is {@code payback check}'s report ({@code
 * schema/check-report.schema.json}); any other is a report of its views ({@code
 * schema/report.schema.json}); a diff's is {@code schema/diff.schema.json}. Written as it goes
 * through {@link JsonOut}, which escapes every text; nothing is written raw.
 */
public final class JsonFormat implements Format.Text {

  /**
   * The report's shape: raise when it changes in a way that breaks a reader; adding a key does not.
   */
  public static final int SCHEMA_VERSION = 1;

  static final String CHECK_FORMAT = "payback-check";

  /** The check report's shape: 2 named its keys in snake_case, as the report's are. */
  static final int CHECK_VERSION = 2;

  public JsonFormat() {}

  @Override
  public String text(Document document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(document, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The same text, written as it goes: a report of 10,000 proposals is some 80 MB. */
  @Override
  public void write(Document document, OutputStream out) throws IOException {
    List<View> all = document.views();
    if (all.size() == 1 && all.get(0) instanceof FindingsView findings) {
      JsonOut.write(out, json -> checkReport(json, findings));
    } else if (all.size() == 1 && all.get(0) instanceof DiffView diff) {
      JsonOut.write(out, json -> JsonDiff.write(json, diff));
    } else {
      Views views = new Views();
      document.visit(views);
      JsonOut.write(out, json -> report(json, document, views));
    }
  }

  /**
   * A report's views by kind: each kind has its key, in a fixed order whatever the views' order,
   * null where the document has none; the follow-up only where it has one.
   */
  private static final class Views implements View.Visitor<Void> {

    private OverviewView overview;
    private BudgetView budget;
    private SensitivityView sensitivity;
    private final List<ProposalView> proposals = new ArrayList<>();
    private FindingsView findings;
    private TrackView track;

    @Override
    public Void overview(OverviewView view) {
      overview = view;
      return null;
    }

    @Override
    public Void budget(BudgetView view) {
      budget = view;
      return null;
    }

    @Override
    public Void track(TrackView view) {
      track = view;
      return null;
    }

    @Override
    public Void sensitivity(SensitivityView view) {
      sensitivity = view;
      return null;
    }

    @Override
    public Void proposal(ProposalView view) {
      proposals.add(view);
      return null;
    }

    @Override
    public Void diff(DiffView view) {
      // A diff is a document of its own, with its own schema: never part of a report.
      throw new Format.Unsupported("json report", "diff");
    }

    @Override
    public Void findings(FindingsView view) {
      findings = view;
      return null;
    }
  }

  /** A report of the document's views, each under its key. */
  private static void report(JsonOut o, Document document, Views views) throws IOException {
    o.object();
    o.put("report", "payback");
    o.put("schema_version", SCHEMA_VERSION);
    o.put("lang", document.lang().name().toLowerCase(Locale.ROOT));
    o.put("unit", "1000 DKK");
    o.object("scenario").put("active", !document.scenario().isBase());
    scenario(o, document.scenario());
    o.put("text", document.scenarioLine().orElse(null)).end();
    if (document.discounting() == null) {
      o.putNull("discounting");
    } else {
      o.object("discounting");
      o.put("rate_percent", rate(document.discounting().rate()));
      o.put("horizon_years", document.discounting().horizon()).end();
    }
    part(o, "overview", views.overview, JsonFormat::overview);
    part(o, "budget", views.budget, JsonFormat::budget);
    part(o, "sensitivity", views.sensitivity, JsonFormat::sensitivity);
    o.array("proposals");
    for (ProposalView p : views.proposals) {
      proposal(o, p);
    }
    o.end();
    part(o, "findings", views.findings, JsonFormat::findings);
    if (views.budget != null && views.budget.selection().filters()) {
      filters(o.object("budget_filters"), views.budget.selection());
      o.end();
    }
    if (views.track != null) {
      track(o.name("track"), views.track);
    }
    o.end();
  }

  /** How one kind of view is written. */
  private interface Part<V> {
    void write(JsonOut o, V view) throws IOException;
  }

  /** A view under its key, or null where the document has none. */
  private static <V> void part(JsonOut o, String key, V view, Part<V> part) throws IOException {
    o.name(key);
    if (view == null) {
      o.addNull();
    } else {
      part.write(o, view);
    }
  }

  private static void overview(JsonOut o, OverviewView view) throws IOException {
    o.object();
    o.put("title", view.title());
    o.object("investment_years");
    o.put("first", view.firstYear());
    o.put("last", view.lastYear()).end();
    o.array("savings_years");
    for (int year : view.savingsYears()) {
      o.add(year);
    }
    o.end();
    o.array("rows");
    for (OverviewView.Row r : view.rows()) {
      if (r.sum()) {
        continue;
      }
      o.object();
      number(o, r.number());
      o.put("id", r.id());
      o.put("type", r.type().key());
      o.put("title", r.title());
      o.put("page", r.page());
      o.put("investment", r.investment().value());
      savings(o.name("savings"), view, r);
      Payback payback = ((Cell.Years) r.payback()).payback();
      payback(o.name("payback"), payback, r.paybackWords());
      npv(o.name("net_present_value"), r.presentValue());
      o.end();
    }
    o.end();
    o.object("totals");
    total(o.name("investment"), view, view.totalRow(ProposalType.INVESTMENT));
    total(o.name("innovation"), view, view.totalRow(ProposalType.INNOVATION));
    o.end();
    selection(o, view);
    o.array("printed");
    for (OverviewView.Printed p : view.printed()) {
      o.object();
      o.put("mark", p.mark());
      number(o, p.number());
      o.put("id", p.id().isEmpty() ? null : p.id());
      o.put("type", p.type().key());
      o.put("figure", p.year() == null ? "investment" : "savings");
      o.put("year", p.year());
      o.put("printed", p.printed());
      o.put("computed", p.computed());
      o.put("text", Words.oneLine(p.footnote())).end();
    }
    o.end();
    o.array("missing");
    for (PortfolioRow m : view.missing()) {
      o.object().put("number", m.number()).put("id", m.id()).end();
    }
    o.end();
    o.object("portfolio");
    OverviewView.Whole whole = view.whole();
    amounts(o.name("net_impact"), whole.netImpact());
    amounts(o.name("cumulative"), whole.cumulative());
    if (whole.breakEvenYear().isPresent()) {
      o.put("break_even_year", whole.breakEvenYear().getAsInt());
    } else {
      o.putNull("break_even_year");
    }
    o.end().end();
  }

  /**
   * One object per section, area and year: the sums a budget is decided on. A proposal's share is
   * its lines', which {@code proposals} carries with their areas.
   */
  private static void budget(JsonOut o, BudgetView view) throws IOException {
    o.array();
    for (Budget.Section s : view.budget().sections()) {
      for (Budget.AreaSum a : s.areas()) {
        for (int year : view.years()) {
          o.object();
          o.put("type", s.type().key());
          o.put("area", a.heading().key());
          o.put("year", year);
          o.put("amount", a.amounts().valueOr0(year)).end();
        }
      }
    }
    o.end();
  }

  /**
   * Only in a document that has it: the reports of cases without realised figures keep the shape
   * they had.
   */
  private static void track(JsonOut o, TrackView view) throws IOException {
    FollowUp f = view.followUp();
    o.object();
    o.array("proposals");
    for (Track t : f.tracks()) {
      Proposal p = t.proposal();
      o.object();
      o.put("id", p.id());
      o.put("type", p.type().key());
      o.put("title", p.title());
      o.put("as_of", t.asOf());
      o.array("years");
      for (Track.TrackYear y : t.years()) {
        trackYear(o.object(), y).end();
      }
      o.end();
      trackYear(o.object("total"), t.total()).end();
      for (var side : List.of(Map.entry("plan", t.plan()), Map.entry("forecast", t.forecast()))) {
        o.object(side.getKey());
        Appraisal appraisal = side.getValue();
        payback(
            o.name("payback"),
            appraisal.payback(),
            view.words().payback(appraisal.payback(), p.lastYear()));
        npv(o.name("net_present_value"), appraisal.netPresentValue());
        o.end();
      }
      o.array("notes");
      for (String note : p.realised().notes()) {
        o.add(note);
      }
      o.end().end();
    }
    o.end();
    o.array("not_followed_up");
    for (Proposal p : f.notFollowedUp()) {
      o.object().put("id", p.id()).put("type", p.type().key()).put("title", p.title()).end();
    }
    o.end();
    if (f.isEmpty()) {
      o.putNull("total");
    } else {
      trackYear(o.object("total"), f.total()).put("followed_up", f.tracks().size()).end();
    }
    o.end();
  }

  private static void sensitivity(JsonOut o, SensitivityView view) throws IOException {
    Sensitivity s = view.sensitivity();
    List<String> headings = view.headers().subList(2, view.headers().size());
    o.object();
    o.array("scenarios");
    for (int c = 0; c < s.scenarios().size(); c++) {
      scenario(o.object(), s.scenarios().get(c)).put("label", headings.get(c)).end();
    }
    o.end();
    o.array("rows");
    for (int r = 0; r < s.proposals().size(); r++) {
      Proposal p = s.proposals().get(r);
      o.object();
      o.put("id", p.id());
      o.put("type", p.type().key());
      o.put("title", p.title());
      o.put("risk", p.risk() == null ? null : p.risk().key());
      o.array("outcomes");
      for (int c = 0; c < s.scenarios().size(); c++) {
        Sensitivity.Outcome a = s.outcome(r, c);
        o.object();
        payback(o.name("payback"), a.payback(), view.paybackWords(a));
        payback(
            o.name("discounted_payback"), a.discountedPayback(), view.discountedPaybackWords(a));
        npv(o.name("net_present_value"), a.netPresentValue());
        o.end();
      }
      o.end().end();
    }
    o.end();
    o.object("totals");
    o.array("investment");
    for (Sensitivity.Totals pa : s.byScenario()) {
      npv(o, pa.investmentTotal());
    }
    o.end();
    o.array("innovation");
    for (Sensitivity.Totals pa : s.byScenario()) {
      npv(o, pa.innovationTotal());
    }
    o.end().end().end();
  }

  private static void proposal(JsonOut o, ProposalView view) throws IOException {
    ProposalFigures f = view.figures();
    Proposal p = view.proposal();
    o.object();
    number(o, view.number());
    o.put("id", p.id());
    o.put("type", p.type().key());
    o.put("title", p.title());
    o.put("fund", p.fund());
    o.put("risk", p.risk() == null ? null : p.risk().key());
    SourceRef src = p.source();
    if (src == null) {
      o.putNull("source");
    } else {
      o.object("source").put("document", src.document()).put("page", src.page()).end();
    }
    if (view.summaryOnly() == null) {
      o.putNull("summary_only");
    } else {
      o.object("summary_only").put("reason", view.summaryOnly()).end();
    }
    o.array("years");
    for (int year : view.years()) {
      o.add(year);
    }
    o.end();
    lines(o.name("permanent"), view, "permanent");
    amounts(o.name("permanent_total"), f.permanentTotal());
    lines(o.name("implementation"), view, "implementation");
    amounts(o.name("implementation_total"), f.implementationTotal());
    amounts(o.name("net_impact"), f.netImpact());
    amounts(o.name("cumulative"), f.cumulative());
    o.put("investment", f.investment());
    o.put("start_year", f.startYear());
    payback(o.name("payback"), f.payback(), view.paybackWords());
    o.put("stated_payback_years", p.stated().paybackYears());
    Appraisal a = view.appraisal();
    if (a == null) {
      o.putNull("net_present_value").putNull("discounted_payback");
    } else {
      npv(o.name("net_present_value"), a.netPresentValue());
      payback(
          o.name("discounted_payback"),
          a.discountedPayback(),
          view.presentValue().get(1).value().text());
    }
    o.end();
  }

  /**
   * The findings in the shape of {@code payback check --format json}'s, and the counts of all
   * checks.
   */
  private static void findings(JsonOut o, FindingsView view) throws IOException {
    o.object();
    o.put("tolerance", view.tolerance());
    counts(o.object("counts"), view).end();
    o.put("text", view.count());
    o.array("items");
    for (FindingsView.Item item : view.findings()) {
      result(o, item);
    }
    o.end();
    warnings(o.name("warnings"), view);
    o.end();
  }

  /** A row's savings by year: no key where the overview prints none; a total has every year. */
  private static void savings(JsonOut o, OverviewView view, OverviewView.Row r) throws IOException {
    o.object();
    for (int i = 0; i < view.savingsYears().size(); i++) {
      Long amount = r.savings().get(i).amountOrNull();
      if (amount != null) {
        o.put(String.valueOf(view.savingsYears().get(i)), amount);
      }
    }
    o.end();
  }

  /**
   * Only where the overview is not the whole one in its order: which proposals it shows, in what
   * order, and each group's subtotal (for {@code type}, the totals are the groups).
   */
  private static void selection(JsonOut o, OverviewView view) throws IOException {
    Selection s = view.selection();
    if (s.equals(Selection.ALL)) {
      return;
    }
    o.object("selection");
    filters(o, s);
    o.put("sort", s.sort().key);
    o.put("by", s.by() == null ? null : s.by().key);
    o.end();
    if (s.by() == null) {
      return;
    }
    o.array("groups");
    OverviewView.Kind kind =
        s.by() == Selection.Grouping.TYPE ? OverviewView.Kind.TOTAL : OverviewView.Kind.SUBTOTAL;
    for (OverviewView.Row r : view.rows()) {
      if (r.kind() == kind) {
        o.object();
        o.put("type", r.type().key());
        o.put("key", r.group() == null ? r.type().key() : r.group());
        totalFields(o, view, r).end();
      }
    }
    o.end();
  }

  /** Which proposals a view keeps: the overview's and the budget's filters. */
  private static void filters(JsonOut o, Selection s) throws IOException {
    o.array("only");
    for (String only : s.only()) {
      o.add(only);
    }
    o.end();
    o.put("risk", s.risk() == null ? null : s.risk().key());
    o.put("fund", s.fund());
    o.put("area", s.area() == null ? null : s.area().key());
  }

  private static void total(JsonOut o, OverviewView view, OverviewView.Row r) throws IOException {
    totalFields(o.object(), view, r).end();
  }

  private static JsonOut totalFields(JsonOut o, OverviewView view, OverviewView.Row r)
      throws IOException {
    o.put("label", r.title());
    o.put("proposals", r.proposals());
    o.put("investment", r.investment().value());
    savings(o.name("savings"), view, r);
    npv(o.name("net_present_value"), r.presentValue());
    return o;
  }

  /** The lines of one part of table 1.1, numbered from 1. */
  private static void lines(JsonOut o, ProposalView view, String part) throws IOException {
    o.array();
    for (ProposalView.Row r : view.rows()) {
      if (r.kind() == ProposalView.Kind.LINE && r.key().equals(part)) {
        o.object();
        o.put("line_no", r.lineNo());
        o.put("text", r.text());
        o.put("area", r.area() == null ? null : r.area().key());
        amounts(o.name("amounts"), r.amounts());
        o.end();
      }
    }
    o.end();
  }

  /** {@code payback check}'s report: the outcome, the counts, the findings or the input errors. */
  private static void checkReport(JsonOut o, FindingsView view) throws IOException {
    o.object();
    o.put("format", CHECK_FORMAT);
    o.put("version", CHECK_VERSION);
    o.put("outcome", view.invalid() ? "invalid" : view.failsTheGate() ? "findings" : "pass");
    o.put("tolerance", view.tolerance());
    counts(o.object("counts"), view).put("input_errors", view.errors().size()).end();
    o.array("findings");
    for (FindingsView.Item item : view.findings()) {
      result(o, item);
    }
    o.end();
    o.array("input_errors");
    for (Diagnostic d : view.errors()) {
      o.object();
      o.put("file", d.location().file());
      // An error about a folder has no line or column in it.
      o.put("line", d.location().hasPlace() ? (Integer) d.location().line() : null);
      o.put("column", d.location().hasPlace() ? (Integer) d.location().column() : null);
      o.put("message", d.message());
      o.put("hint", d.hint()).end();
    }
    o.end();
    warnings(o.name("warnings"), view);
    if (view.verbose()) {
      o.array("passed");
      for (FindingsView.Item item : view.items()) {
        if (!item.isFinding()) {
          result(o, item);
        }
      }
      o.end();
    }
    o.end();
  }

  private static JsonOut counts(JsonOut o, FindingsView view) throws IOException {
    CheckReport c = view.checks();
    o.put("files", c == null ? view.filesRead() : c.files());
    o.put("proposals", c == null ? 0 : c.proposals());
    o.put("figures_compared", c == null ? 0 : c.figuresCompared());
    o.put("checks", c == null ? 0 : c.results().size());
    o.put("passed", c == null ? 0 : c.count(Status.PASS));
    o.put("within_tolerance", c == null ? 0 : c.count(Status.WITHIN_TOLERANCE));
    o.put("findings", c == null ? 0 : c.count(Status.FINDING));
    o.put("warnings", view.warnings().size());
    return o;
  }

  /**
   * What is worth a look besides the findings: a proposal that states too little, a negative cost.
   */
  private static void warnings(JsonOut o, FindingsView view) throws IOException {
    o.array();
    for (FindingsView.Notice n : view.warnings()) {
      var w = n.warning();
      o.object();
      o.put("warning", w.kind().key());
      o.put("file", w.location().file());
      o.put("line", w.location().line());
      o.put("column", w.location().column());
      o.put("subject", w.subject());
      o.array("not_stated");
      for (var figure : w.notStated()) {
        o.add(figure.key());
      }
      o.end();
      o.put("year", w.year());
      o.put("amount", w.amount());
      o.put("message", n.message()).end();
    }
    o.end();
  }

  /** One check, the same object in the check's report and in a report's findings. */
  private static void result(JsonOut o, FindingsView.Item item) throws IOException {
    CheckResult r = item.result();
    o.object();
    o.put("status", r.status().key());
    o.put("check", r.kind().key());
    o.put("file", r.location().file());
    o.put("line", r.location().line());
    o.put("column", r.location().column());
    o.put("subject", r.subject());
    o.put("figure", r.figure() == null ? null : r.figure().key());
    o.put("year", r.year());
    o.put("stated", r.stated());
    o.put("computed", r.computed());
    o.put("difference", r.difference());
    o.put("basis", r.basis());
    o.put("title", r.title());
    o.put("message", item.message());
    o.end();
  }

  /** A year's plan and outcome, or their sum; the share as an exact decimal string. */
  private static JsonOut trackYear(JsonOut o, Track.TrackYear y) throws IOException {
    o.put("year", y.year());
    o.put("planned_savings", y.plannedSavings());
    o.put("realised_savings", y.realisedSavings());
    o.put("share_percent", y.share() == null ? null : y.share().toPlainString());
    o.put("shortfall", y.shortfall());
    o.put("planned_costs", y.plannedCosts());
    o.put("realised_costs", y.realisedCosts());
    o.put("cost_overrun", y.costOverrun());
    return o;
  }

  /** A scenario's factors as decimal strings ("0.9"), never binary floating point. */
  private static JsonOut scenario(JsonOut o, Scenario s) throws IOException {
    o.put("savings_factor", s.savingsFactor().toPlainString());
    o.put("cost_factor", s.costFactor().toPlainString());
    o.put("delay_years", s.delay());
    return o;
  }

  /**
   * A net present value in whole thousands, with its rate as a decimal string and the years it
   * counts; null for none.
   */
  static void npv(JsonOut o, NetPresentValue v) throws IOException {
    if (v == null) {
      o.addNull();
      return;
    }
    o.object();
    o.put("amount", v.thousands());
    o.put("rate_percent", rate(v.rate()));
    o.put("base_year", v.baseYear());
    o.put("end_year", v.endYear());
    o.end();
  }

  static String rate(DiscountRate rate) {
    return rate.percent().toPlainString();
  }

  private static void number(JsonOut o, int number) throws IOException {
    if (number == 0) {
      o.putNull("number");
    } else {
      o.put("number", number);
    }
  }

  /** Years as keys, in order; a blank cell has no key, a printed 0 is 0. */
  static void amounts(JsonOut o, Amounts amounts) throws IOException {
    o.object();
    for (int i = 0; i < amounts.size(); i++) {
      o.put(String.valueOf(amounts.yearAt(i)), amounts.valueAt(i));
    }
    o.end();
  }

  static void payback(JsonOut o, Payback p, String text) throws IOException {
    o.object();
    o.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    if (p.isYears()) {
      o.put("years", p.years());
      o.put("year", p.year());
    } else {
      o.putNull("years");
      o.putNull("year");
    }
    o.put("extrapolated", p.extrapolated());
    o.put("estimate", p.estimate());
    o.put("text", text);
    o.end();
  }
}
