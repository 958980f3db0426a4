package dk.payback.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.payback.calc.Appraisal;
import dk.payback.calc.Budget;
import dk.payback.calc.DiscountRate;
import dk.payback.calc.FollowUp;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Payback;
import dk.payback.calc.PortfolioAppraisal;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON in stable shapes, each described by a schema: integers for money, years as object keys,
 * every key always present (null where a value is unknown), keys in a fixed order, snake_case
 * throughout. A document of the findings alone is {@code payback check}'s report ({@code
 * schema/check-report.schema.json}); any other is a report of its views ({@code
 * schema/report.schema.json}); a diff's is {@code schema/diff.schema.json}. Every text goes into
 * the tree as a value, so Jackson escapes it; nothing is written raw.
 */
public final class JsonFormat implements Format.Text {

  /**
   * The report's shape: raise when it changes in a way that breaks a reader; adding a key does not.
   */
  public static final int SCHEMA_VERSION = 1;

  static final String CHECK_FORMAT = "payback-check";

  /** The check report's shape: 2 named its keys in snake_case, as the report's are. */
  static final int CHECK_VERSION = 2;

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // "\n" rather than the platform's line separator, so that every machine writes the same bytes.
  static final ObjectWriter WRITER =
      new ObjectMapper()
          // write() leaves its writer open for the caller to flush or go on with.
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator("")));

  public JsonFormat() {}

  @Override
  public String text(Document document) {
    try {
      return WRITER.writeValueAsString(tree(document)) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; this would be a bug.
      throw new UncheckedIOException(e);
    }
  }

  /** The same text, written as it goes: a report of 10,000 proposals is some 80 MB. */
  @Override
  public void write(Document document, Writer out) throws IOException {
    WRITER.writeValue(out, tree(document));
    out.write('\n');
  }

  private static ObjectNode tree(Document document) {
    List<View> views = document.views();
    if (views.size() == 1 && views.get(0) instanceof FindingsView findings) {
      return checkReport(findings);
    }
    if (views.size() == 1 && views.get(0) instanceof DiffView diff) {
      return JsonDiff.of(diff);
    }
    return new Report(document).root;
  }

  /**
   * A report of the document's views: each kind of view has its key, null where the document has
   * none.
   */
  private static final class Report implements View.Visitor<Void> {

    private final ObjectNode root = NODES.objectNode();
    private final ArrayNode proposals;

    Report(Document document) {
      root.put("report", "payback");
      root.put("schema_version", SCHEMA_VERSION);
      root.put("lang", document.lang().name().toLowerCase(Locale.ROOT));
      root.put("unit", "1000 DKK");
      ObjectNode scenario = root.putObject("scenario");
      scenario.put("active", !document.scenario().isBase());
      scenario.setAll(scenario(document.scenario()));
      scenario.put("text", document.scenarioLine().orElse(null));
      if (document.discounting() == null) {
        root.putNull("discounting");
      } else {
        ObjectNode discounting = root.putObject("discounting");
        discounting.put("rate_percent", rate(document.discounting().rate()));
        discounting.put("horizon_years", document.discounting().horizon());
      }
      root.putNull("overview");
      root.putNull("budget");
      root.putNull("sensitivity");
      proposals = root.putArray("proposals");
      root.putNull("findings");
      document.visit(this);
    }

    @Override
    public Void overview(OverviewView view) {
      ObjectNode n = root.putObject("overview");
      n.put("title", view.title());
      ObjectNode period = n.putObject("investment_years");
      period.put("first", view.firstYear());
      period.put("last", view.lastYear());
      ArrayNode years = n.putArray("savings_years");
      view.savingsYears().forEach(years::add);
      ArrayNode rows = n.putArray("rows");
      for (OverviewView.Row r : view.rows()) {
        if (r.sum()) {
          continue;
        }
        ObjectNode row = rows.addObject();
        number(row, r.number());
        row.put("id", r.id());
        row.put("type", r.type().key());
        row.put("title", r.title());
        row.put("page", r.page());
        row.put("investment", r.investment().value());
        row.set("savings", savings(view, r));
        Payback payback = ((Cell.Years) r.payback()).payback();
        row.set("payback", payback(payback, r.paybackWords()));
        row.set("net_present_value", npv(r.presentValue()));
      }
      ObjectNode totals = n.putObject("totals");
      totals.set("investment", total(view, view.totalRow(ProposalType.INVESTMENT)));
      totals.set("innovation", total(view, view.totalRow(ProposalType.INNOVATION)));
      selection(n, view);
      ArrayNode printed = n.putArray("printed");
      for (OverviewView.Printed p : view.printed()) {
        ObjectNode o = printed.addObject();
        o.put("mark", p.mark());
        number(o, p.number());
        o.put("id", p.id().isEmpty() ? null : p.id());
        o.put("type", p.type().key());
        o.put("figure", p.year() == null ? "investment" : "savings");
        o.put("year", p.year());
        o.put("printed", p.printed());
        o.put("computed", p.computed());
        o.put("text", Words.oneLine(p.footnote()));
      }
      ArrayNode missing = n.putArray("missing");
      for (PortfolioRow m : view.missing()) {
        ObjectNode row = missing.addObject();
        row.put("number", m.number());
        row.put("id", m.id());
      }
      ObjectNode portfolio = n.putObject("portfolio");
      OverviewView.Whole whole = view.whole();
      portfolio.set("net_impact", amounts(whole.netImpact()));
      portfolio.set("cumulative", amounts(whole.cumulative()));
      if (whole.breakEvenYear().isPresent()) {
        portfolio.put("break_even_year", whole.breakEvenYear().getAsInt());
      } else {
        portfolio.putNull("break_even_year");
      }
      return null;
    }

    /**
     * One object per section, area and year: the sums a budget is decided on. A proposal's share is
     * its lines', which {@code proposals} carries with their areas.
     */
    @Override
    public Void budget(BudgetView view) {
      ArrayNode n = root.putArray("budget");
      for (Budget.Section s : view.budget().sections()) {
        for (Budget.AreaSum a : s.areas()) {
          for (int year : view.years()) {
            ObjectNode e = n.addObject();
            e.put("type", s.type().key());
            e.put("area", a.heading().key());
            e.put("year", year);
            e.put("amount", a.amounts().valueOr0(year));
          }
        }
      }
      if (view.selection().filters()) {
        filters(root.putObject("budget_filters"), view.selection());
      }
      return null;
    }

    /**
     * Only in a document that has it: the reports of cases without realised figures keep the shape
     * they had.
     */
    @Override
    public Void track(TrackView view) {
      FollowUp f = view.followUp();
      ObjectNode n = root.putObject("track");
      ArrayNode tracks = n.putArray("proposals");
      for (Track t : f.tracks()) {
        Proposal p = t.proposal();
        ObjectNode o = tracks.addObject();
        o.put("id", p.id());
        o.put("type", p.type().key());
        o.put("title", p.title());
        o.put("as_of", t.asOf());
        ArrayNode years = o.putArray("years");
        t.years().forEach(y -> years.add(trackYear(y)));
        o.set("total", trackYear(t.total()));
        for (var side : List.of(Map.entry("plan", t.plan()), Map.entry("forecast", t.forecast()))) {
          ObjectNode a = o.putObject(side.getKey());
          Appraisal appraisal = side.getValue();
          a.set(
              "payback",
              payback(
                  appraisal.payback(), view.words().payback(appraisal.payback(), p.lastYear())));
          a.set("net_present_value", npv(appraisal.netPresentValue()));
        }
        ArrayNode notes = o.putArray("notes");
        p.realised().notes().forEach(notes::add);
      }
      ArrayNode notYet = n.putArray("not_followed_up");
      for (Proposal p : f.notFollowedUp()) {
        notYet.addObject().put("id", p.id()).put("type", p.type().key()).put("title", p.title());
      }
      if (f.isEmpty()) {
        n.putNull("total");
      } else {
        n.set("total", trackYear(f.total()).put("followed_up", f.tracks().size()));
      }
      return null;
    }

    @Override
    public Void sensitivity(SensitivityView view) {
      Sensitivity s = view.sensitivity();
      List<String> headings = view.headers().subList(2, view.headers().size());
      ObjectNode n = root.putObject("sensitivity");
      ArrayNode scenarios = n.putArray("scenarios");
      for (int c = 0; c < s.scenarios().size(); c++) {
        scenarios.add(scenario(s.scenarios().get(c)).put("label", headings.get(c)));
      }
      ArrayNode rows = n.putArray("rows");
      for (int r = 0; r < s.proposals().size(); r++) {
        Proposal p = s.proposals().get(r);
        ObjectNode row = rows.addObject();
        row.put("id", p.id());
        row.put("type", p.type().key());
        row.put("title", p.title());
        row.put("risk", p.risk() == null ? null : p.risk().key());
        ArrayNode outcomes = row.putArray("outcomes");
        for (int c = 0; c < s.scenarios().size(); c++) {
          Appraisal a = s.outcome(r, c);
          ObjectNode outcome = outcomes.addObject();
          outcome.set("payback", payback(a.payback(), view.paybackWords(a)));
          outcome.set(
              "discounted_payback", payback(a.discountedPayback(), view.discountedPaybackWords(a)));
          outcome.set("net_present_value", npv(a.netPresentValue()));
        }
      }
      ObjectNode totals = n.putObject("totals");
      ArrayNode investment = totals.putArray("investment");
      ArrayNode innovation = totals.putArray("innovation");
      for (PortfolioAppraisal pa : s.byScenario()) {
        investment.add(npv(pa.investmentTotal()));
        innovation.add(npv(pa.innovationTotal()));
      }
      return null;
    }

    @Override
    public Void proposal(ProposalView view) {
      ProposalFigures f = view.figures();
      Proposal p = view.proposal();
      ObjectNode n = proposals.addObject();
      number(n, view.number());
      n.put("id", p.id());
      n.put("type", p.type().key());
      n.put("title", p.title());
      n.put("fund", p.fund());
      n.put("risk", p.risk() == null ? null : p.risk().key());
      SourceRef src = p.source();
      if (src == null) {
        n.putNull("source");
      } else {
        ObjectNode source = n.putObject("source");
        source.put("document", src.document());
        source.put("page", src.page());
      }
      if (view.summaryOnly() == null) {
        n.putNull("summary_only");
      } else {
        n.putObject("summary_only").put("reason", view.summaryOnly());
      }
      ArrayNode years = n.putArray("years");
      view.years().forEach(years::add);
      n.set("permanent", lines(view, "permanent"));
      n.set("permanent_total", amounts(f.permanentTotal()));
      n.set("implementation", lines(view, "implementation"));
      n.set("implementation_total", amounts(f.implementationTotal()));
      n.set("net_impact", amounts(f.netImpact()));
      n.set("cumulative", amounts(f.cumulative()));
      n.put("investment", f.investment());
      n.put("start_year", f.startYear());
      n.set("payback", payback(f.payback(), view.paybackWords()));
      n.put("stated_payback_years", p.stated().paybackYears());
      Appraisal a = view.appraisal();
      n.set("net_present_value", a == null ? null : npv(a.netPresentValue()));
      n.set(
          "discounted_payback",
          a == null
              ? null
              : payback(a.discountedPayback(), view.presentValue().get(1).value().text()));
      return null;
    }

    @Override
    public Void diff(DiffView view) {
      // A diff is a document of its own, with its own schema: never part of a report.
      throw new Format.Unsupported("json report", "diff");
    }

    /**
     * The findings in the shape of {@code payback check --format json}'s, and the counts of all
     * checks.
     */
    @Override
    public Void findings(FindingsView view) {
      ObjectNode n = root.putObject("findings");
      n.put("tolerance", view.tolerance());
      n.set("counts", counts(view));
      n.put("text", view.count());
      ArrayNode items = n.putArray("items");
      view.findings().forEach(item -> items.add(result(item)));
      n.set("warnings", warnings(view));
      return null;
    }
  }

  /** A row's savings by year: no key where the overview prints none; a total has every year. */
  private static ObjectNode savings(OverviewView view, OverviewView.Row r) {
    ObjectNode savings = NODES.objectNode();
    for (int i = 0; i < view.savingsYears().size(); i++) {
      Long amount = r.savings().get(i).amountOrNull();
      if (amount != null) {
        savings.put(String.valueOf(view.savingsYears().get(i)), amount);
      }
    }
    return savings;
  }

  /**
   * Only where the overview is not the whole one in its order: which proposals it shows, in what
   * order, and each group's subtotal (for {@code type}, the totals are the groups).
   */
  private static void selection(ObjectNode overview, OverviewView view) {
    Selection s = view.selection();
    if (s.equals(Selection.ALL)) {
      return;
    }
    ObjectNode n = overview.putObject("selection");
    filters(n, s);
    n.put("sort", s.sort().key);
    n.put("by", s.by() == null ? null : s.by().key);
    if (s.by() == null) {
      return;
    }
    ArrayNode groups = overview.putArray("groups");
    OverviewView.Kind kind =
        s.by() == Selection.Grouping.TYPE ? OverviewView.Kind.TOTAL : OverviewView.Kind.SUBTOTAL;
    for (OverviewView.Row r : view.rows()) {
      if (r.kind() == kind) {
        ObjectNode g = groups.addObject();
        g.put("type", r.type().key());
        g.put("key", r.group() == null ? r.type().key() : r.group());
        g.setAll(total(view, r));
      }
    }
  }

  /** Which proposals a view keeps: the overview's and the budget's filters. */
  private static void filters(ObjectNode n, Selection s) {
    ArrayNode only = n.putArray("only");
    s.only().forEach(only::add);
    n.put("risk", s.risk() == null ? null : s.risk().key());
    n.put("fund", s.fund());
    n.put("area", s.area() == null ? null : s.area().key());
  }

  private static ObjectNode total(OverviewView view, OverviewView.Row r) {
    ObjectNode n = NODES.objectNode();
    n.put("label", r.title());
    n.put("proposals", r.proposals());
    n.put("investment", r.investment().value());
    n.set("savings", savings(view, r));
    n.set("net_present_value", npv(r.presentValue()));
    return n;
  }

  /** The lines of one part of table 1.1, numbered from 1. */
  private static ArrayNode lines(ProposalView view, String part) {
    ArrayNode a = NODES.arrayNode();
    for (ProposalView.Row r : view.rows()) {
      if (r.kind() == ProposalView.Kind.LINE && r.key().equals(part)) {
        ObjectNode n = a.addObject();
        n.put("line_no", r.lineNo());
        n.put("text", r.text());
        n.put("area", r.area() == null ? null : r.area().key());
        n.set("amounts", amounts(r.amounts()));
      }
    }
    return a;
  }

  /** {@code payback check}'s report: the outcome, the counts, the findings or the input errors. */
  private static ObjectNode checkReport(FindingsView view) {
    ObjectNode root = NODES.objectNode();
    root.put("format", CHECK_FORMAT);
    root.put("version", CHECK_VERSION);
    root.put("outcome", view.invalid() ? "invalid" : view.failsTheGate() ? "findings" : "pass");
    root.put("tolerance", view.tolerance());
    root.set("counts", counts(view).put("input_errors", view.errors().size()));
    ArrayNode findings = root.putArray("findings");
    view.findings().forEach(item -> findings.add(result(item)));
    ArrayNode errors = root.putArray("input_errors");
    for (Diagnostic d : view.errors()) {
      ObjectNode e = errors.addObject();
      e.put("file", d.location().file());
      e.put("line", d.location().line());
      e.put("column", d.location().column());
      e.put("message", d.message());
      e.put("hint", d.hint());
    }
    root.set("warnings", warnings(view));
    if (view.verbose()) {
      ArrayNode passed = root.putArray("passed");
      view.items().stream()
          .filter(item -> !item.isFinding())
          .forEach(item -> passed.add(result(item)));
    }
    return root;
  }

  private static ObjectNode counts(FindingsView view) {
    CheckReport c = view.checks();
    ObjectNode counts = NODES.objectNode();
    counts.put("files", c == null ? view.filesRead() : c.files());
    counts.put("proposals", c == null ? 0 : c.proposals());
    counts.put("figures_compared", c == null ? 0 : c.figuresCompared());
    counts.put("checks", c == null ? 0 : c.results().size());
    counts.put("passed", c == null ? 0 : c.count(Status.PASS));
    counts.put("within_tolerance", c == null ? 0 : c.count(Status.WITHIN_TOLERANCE));
    counts.put("findings", c == null ? 0 : c.count(Status.FINDING));
    counts.put("warnings", view.warnings().size());
    return counts;
  }

  /**
   * What is worth a look besides the findings: a proposal that states too little, a negative cost.
   */
  private static ArrayNode warnings(FindingsView view) {
    ArrayNode a = NODES.arrayNode();
    for (FindingsView.Notice n : view.warnings()) {
      var w = n.warning();
      ObjectNode o = a.addObject();
      o.put("warning", w.kind().key());
      o.put("file", w.location().file());
      o.put("line", w.location().line());
      o.put("column", w.location().column());
      o.put("subject", w.subject());
      ArrayNode notStated = o.putArray("not_stated");
      w.notStated().forEach(f -> notStated.add(f.key()));
      o.put("year", w.year());
      o.put("amount", w.amount());
      o.put("message", n.message());
    }
    return a;
  }

  /** One check, the same object in the check's report and in a report's findings. */
  private static ObjectNode result(FindingsView.Item item) {
    CheckResult r = item.result();
    ObjectNode o = NODES.objectNode();
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
    return o;
  }

  /** A scenario's factors as decimal strings ("0.9"), never binary floating point. */
  /** A year's plan and outcome, or their sum; the share as an exact decimal string. */
  private static ObjectNode trackYear(Track.TrackYear y) {
    ObjectNode n = NODES.objectNode();
    n.put("year", y.year());
    n.put("planned_savings", y.plannedSavings());
    n.put("realised_savings", y.realisedSavings());
    n.put("share_percent", y.share() == null ? null : y.share().toPlainString());
    n.put("shortfall", y.shortfall());
    n.put("planned_costs", y.plannedCosts());
    n.put("realised_costs", y.realisedCosts());
    n.put("cost_overrun", y.costOverrun());
    return n;
  }

  private static ObjectNode scenario(Scenario s) {
    ObjectNode n = NODES.objectNode();
    n.put("savings_factor", s.savingsFactor().toPlainString());
    n.put("cost_factor", s.costFactor().toPlainString());
    n.put("delay_years", s.delay());
    return n;
  }

  /**
   * A net present value in whole thousands, with its rate as a decimal string and the years it
   * counts.
   */
  static ObjectNode npv(NetPresentValue v) {
    if (v == null) {
      return null;
    }
    ObjectNode n = NODES.objectNode();
    n.put("amount", v.thousands());
    n.put("rate_percent", rate(v.rate()));
    n.put("base_year", v.baseYear());
    n.put("end_year", v.endYear());
    return n;
  }

  static String rate(DiscountRate rate) {
    return rate.percent().toPlainString();
  }

  private static void number(ObjectNode n, int number) {
    if (number == 0) {
      n.putNull("number");
    } else {
      n.put("number", number);
    }
  }

  /** Years as keys, in order; a blank cell has no key, a printed 0 is 0. */
  static ObjectNode amounts(Amounts amounts) {
    ObjectNode n = NODES.objectNode();
    amounts.byYear().forEach((year, v) -> n.put(String.valueOf(year), v));
    return n;
  }

  static ObjectNode payback(Payback p, String text) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    if (p.isYears()) {
      n.put("years", p.years());
      n.put("year", p.year());
    } else {
      n.putNull("years");
      n.putNull("year");
    }
    n.put("extrapolated", p.extrapolated());
    n.put("estimate", p.estimate());
    n.put("text", text);
    return n;
  }
}
