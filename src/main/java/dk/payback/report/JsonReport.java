package dk.payback.report;

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
import dk.payback.calc.DiscountRate;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.check.CheckReport;
import dk.payback.check.Status;
import dk.payback.check.render.CheckJson;
import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.SourceRef;
import dk.payback.render.Labels;
import dk.payback.view.Lang;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * JSON in one stable shape, described by {@code schema/report.schema.json}: integers for money, years
 * as object keys, every key always present (null where a value is unknown), keys in a fixed order.
 */
public final class JsonReport implements TextReportRenderer {

  /** Raise when the shape changes in a way that breaks a reader; adding a key does not. */
  public static final int SCHEMA_VERSION = 1;

  /** The one mapper for writing JSON: thread-safe once configured. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

  // "\n" rather than the platform's line separator, so that every machine writes the same bytes.
  private static final ObjectWriter WRITER = MAPPER.writer(
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("")));

  @Override
  public String text(Report report, Lang lang) {
    Labels l = Labels.of(lang);
    ObjectNode root = NODES.objectNode();
    root.put("report", "payback");
    root.put("schema_version", SCHEMA_VERSION);
    root.put("lang", lang.name().toLowerCase(Locale.ROOT));
    root.put("unit", "1000 DKK");
    ObjectNode scenario = root.putObject("scenario");
    scenario.put("active", !report.scenario().isBase());
    scenario.setAll(scenario(report.scenario()));
    scenario.put("text", report.scenario().isBase() ? null : l.scenario(report.scenario()));
    ObjectNode discounting = root.putObject("discounting");
    discounting.put("rate_percent", rate(report.discounting().rate()));
    discounting.put("horizon_years", report.discounting().horizon());
    root.putNull("overview");
    root.putNull("sensitivity");
    ArrayNode proposals = root.putArray("proposals");
    root.putNull("findings");
    report.forEach(
        s -> root.set("overview", overviewNode(s, l)),
        s -> root.set("sensitivity", sensitivityNode(s.sensitivity(), l)),
        s -> proposals.add(proposalNode(s, l)),
        s -> root.set("findings", findingsNode(s, l)));
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; this would be a bug.
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode overviewNode(OverviewSection s, Labels l) {
    Overview o = s.overview();
    ObjectNode n = NODES.objectNode();
    n.put("title", o.title());
    ObjectNode period = n.putObject("investment_years");
    period.put("first", o.firstYear());
    period.put("last", o.lastYear());
    ArrayNode years = n.putArray("savings_years");
    o.savingsYears().forEach(years::add);
    ArrayNode rows = n.putArray("rows");
    for (List<Overview.Row> group : List.of(o.investments(), o.innovations())) {
      for (Overview.Row r : group) {
        ProposalFigures f = r.figures();
        Proposal p = f.proposal();
        ObjectNode row = rows.addObject();
        number(row, r.number());
        row.put("id", p.id());
        row.put("type", p.type().key());
        row.put("title", p.title());
        row.put("page", p.source() == null ? null : p.source().page());
        row.put("investment", f.investment());
        ObjectNode savings = row.putObject("savings");
        o.savingsYears().forEach(y -> f.savings().get(y).ifPresent(v -> savings.put(String.valueOf(y), v)));
        row.set("payback", payback(f.payback(), l.payback(f.payback(), p.lastYear())));
        row.set("net_present_value", npv(s.appraisal().find(p.id()).orElseThrow().netPresentValue()));
      }
    }
    ObjectNode totals = n.putObject("totals");
    totals.set("investment", total(l.totalInvestment(), o.totals().investment(), s.appraisal().investmentTotal(), o));
    totals.set("innovation", total(l.totalInnovation(), o.totals().innovation(), s.appraisal().innovationTotal(), o));
    ArrayNode missing = n.putArray("missing");
    for (PortfolioRow m : o.missing()) {
      ObjectNode row = missing.addObject();
      row.put("number", m.number());
      row.put("id", m.id());
    }
    ObjectNode portfolio = n.putObject("portfolio");
    portfolio.set("net_impact", amounts(s.netImpact()));
    portfolio.set("cumulative", amounts(s.cumulative()));
    if (s.breakEvenYear().isPresent()) {
      portfolio.put("break_even_year", s.breakEvenYear().getAsInt());
    } else {
      portfolio.putNull("break_even_year");
    }
    return n;
  }

  private static ObjectNode total(String label, PortfolioFigures.Total t, NetPresentValue npv, Overview o) {
    ObjectNode n = NODES.objectNode();
    n.put("label", label);
    n.put("proposals", t.count());
    n.put("investment", t.investment());
    ObjectNode savings = n.putObject("savings");
    // The overview prints every year of a total, 0 included.
    o.savingsYears().forEach(y -> savings.put(String.valueOf(y), t.savings().valueOr0(y)));
    n.set("net_present_value", npv(npv));
    return n;
  }

  private static ObjectNode sensitivityNode(Sensitivity s, Labels l) {
    ObjectNode n = NODES.objectNode();
    ArrayNode scenarios = n.putArray("scenarios");
    s.scenarios().forEach(sc -> scenarios.add(scenario(sc).put("label", l.scenarioColumn(sc))));
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
        outcome.set("payback", payback(a.payback(), l.payback(a.payback(), a.proposal().lastYear())));
        outcome.set("discounted_payback", discountedPayback(a, l));
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
    return n;
  }

  /** A scenario's factors as decimal strings ("0.9"), never binary floating point. */
  private static ObjectNode scenario(Scenario s) {
    ObjectNode n = NODES.objectNode();
    n.put("savings_factor", s.savingsFactor().toPlainString());
    n.put("cost_factor", s.costFactor().toPlainString());
    n.put("delay_years", s.delay());
    return n;
  }

  /** A net present value in whole thousands, with its rate as a decimal string and the years it counts. */
  private static ObjectNode npv(NetPresentValue v) {
    ObjectNode n = NODES.objectNode();
    n.put("amount", v.thousands());
    n.put("rate_percent", rate(v.rate()));
    n.put("base_year", v.baseYear());
    n.put("end_year", v.endYear());
    return n;
  }

  private static String rate(DiscountRate rate) {
    return rate.percent().toPlainString();
  }

  private static ObjectNode discountedPayback(Appraisal a, Labels l) {
    return payback(a.discountedPayback(),
        l.discountedPayback(a.discountedPayback(), a.proposal().lastYear(), a.netPresentValue().endYear()));
  }

  private static ObjectNode proposalNode(ProposalSection s, Labels l) {
    ProposalFigures f = s.figures();
    Proposal p = f.proposal();
    ObjectNode n = NODES.objectNode();
    number(n, s.number());
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
    if (p.isSummaryOnly()) {
      n.putObject("summary_only").put("reason", p.summaryOnly().reason());
    } else {
      n.putNull("summary_only");
    }
    ArrayNode years = n.putArray("years");
    p.years().forEach(years::add);
    n.set("permanent", lines(p.permanent()));
    n.set("permanent_total", amounts(f.permanentTotal()));
    n.set("implementation", lines(p.implementation()));
    n.set("implementation_total", amounts(f.implementationTotal()));
    n.set("net_impact", amounts(f.netImpact()));
    n.set("cumulative", amounts(f.cumulative()));
    n.put("investment", f.investment());
    n.put("start_year", f.startYear());
    n.set("payback", payback(f.payback(), l.payback(f.payback(), p.lastYear())));
    n.put("stated_payback_years", p.stated().paybackYears());
    n.set("net_present_value", npv(s.appraisal().netPresentValue()));
    n.set("discounted_payback", discountedPayback(s.appraisal(), l));
    return n;
  }

  /** The findings in the shape of {@code payback check --format json}'s, and the counts of all checks. */
  private static ObjectNode findingsNode(FindingsSection s, Labels l) {
    CheckReport c = s.checks();
    ObjectNode n = NODES.objectNode();
    n.put("tolerance", c.tolerance());
    ObjectNode counts = n.putObject("counts");
    counts.put("files", c.files());
    counts.put("checks", c.results().size());
    counts.put("passed", c.count(Status.PASS));
    counts.put("within_tolerance", c.count(Status.WITHIN_TOLERANCE));
    counts.put("findings", c.count(Status.FINDING));
    n.put("text", FindingRows.count(s, l));
    ArrayNode items = n.putArray("items");
    s.findings().forEach(r -> items.add(CheckJson.result(r)));
    return n;
  }

  private static void number(ObjectNode n, int number) {
    if (number == 0) {
      n.putNull("number");
    } else {
      n.put("number", number);
    }
  }

  private static ArrayNode lines(List<Line> lines) {
    ArrayNode a = NODES.arrayNode();
    int no = 0;
    for (Line line : lines) {
      ObjectNode n = a.addObject();
      n.put("line_no", ++no);
      n.put("text", line.text());
      n.put("area", line.area() == null ? null : line.area().key());
      n.set("amounts", amounts(line.amounts()));
    }
    return a;
  }

  /** Years as keys, in order; a blank cell has no key, a printed 0 is 0. */
  private static ObjectNode amounts(Amounts amounts) {
    ObjectNode n = NODES.objectNode();
    amounts.byYear().forEach((year, v) -> n.put(String.valueOf(year), v));
    return n;
  }

  private static ObjectNode payback(Payback p, String text) {
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
