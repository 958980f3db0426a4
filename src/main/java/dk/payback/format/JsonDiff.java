package dk.payback.format;

import static dk.payback.format.JsonFormat.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.payback.calc.Appraisal;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.check.ChangeStatus;
import dk.payback.check.CheckResult;
import dk.payback.check.FailOn;
import dk.payback.check.LineChange;
import dk.payback.check.ProposalRevision;
import dk.payback.check.Revision;
import dk.payback.check.StatedChange;
import dk.payback.check.TotalRevision;
import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.view.DiffView;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code payback diff --format json} ({@code schema/diff.schema.json}): for each proposal shown its
 * ID, status and every figure before, after and the difference; the overview's totals likewise; the
 * conditions that hold. Every key is always present, null where a side has no value.
 */
final class JsonDiff {

  static final String FORMAT = "payback-diff";
  static final int VERSION = 1;

  private JsonDiff() {}

  static ObjectNode of(DiffView view) {
    Revision r = view.revision();
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("lang", view.words().lang().name().toLowerCase(Locale.ROOT));
    root.put("unit", "1000 DKK");
    root.put("before", view.before());
    root.put("after", view.after());
    ObjectNode discounting = root.putObject("discounting");
    discounting.put("rate_percent", JsonFormat.rate(r.discounting().rate()));
    discounting.put("horizon_years", r.discounting().horizon());
    root.put("changed", !r.isEmpty());
    ObjectNode counts = root.putObject("counts");
    for (ChangeStatus s :
        List.of(
            ChangeStatus.ADDED,
            ChangeStatus.REMOVED,
            ChangeStatus.CHANGED,
            ChangeStatus.UNCHANGED)) {
      counts.put(s.key(), r.count(s));
    }
    counts.put("findings_before", r.findingsBefore());
    counts.put("findings_after", r.findingsAfter());
    ArrayNode proposals = root.putArray("proposals");
    view.sections().stream()
        .filter(s -> s.proposal() != null)
        .forEach(s -> proposals.add(proposal(s.proposal(), view)));
    ObjectNode overview = root.putObject("overview");
    ArrayNode totals = overview.putArray("totals");
    totals.add(total(r.investment()));
    totals.add(total(r.innovation()));
    ArrayNode printed = overview.putArray("printed");
    r.overview().forEach(c -> printed.add(stated(c)));
    overview.set("findings_appeared", findings(r.appeared(), view));
    overview.set("findings_disappeared", findings(r.disappeared(), view));
    ArrayNode failOn = root.putArray("fail_on");
    for (FailOn.Breach b : view.breachesHeld()) {
      ObjectNode n = failOn.addObject();
      n.put("condition", b.condition().toString());
      n.put("subject", b.subject());
    }
    return root;
  }

  private static ObjectNode proposal(ProposalRevision p, DiffView view) {
    ObjectNode n = NODES.objectNode();
    n.put("id", p.id());
    n.put("status", p.status().key());
    n.set("title", side(p, a -> NODES.textNode(a.proposal().title())));
    n.set("file", side(p, a -> NODES.textNode(a.proposal().origin().file())));
    ObjectNode investment = n.putObject("investment");
    investment.put("before", p.before() == null ? null : p.investmentBefore());
    investment.put("after", p.after() == null ? null : p.investmentAfter());
    investment.put("delta", p.investmentDifference());
    n.set("permanent_total", amounts(p, ProposalFigures::permanentTotal));
    n.set("implementation_total", amounts(p, ProposalFigures::implementationTotal));
    n.set("net_impact", amounts(p, ProposalFigures::netImpact));
    ObjectNode payback = side(p, a -> payback(a.payback(), view));
    payback.put("longer", p.paybackLonger());
    n.set("payback", payback);
    n.set(
        "stated_payback_years",
        side(p, a -> NODES.numberNode(a.proposal().stated().paybackYears())));
    ObjectNode npv = side(p, a -> JsonFormat.npv(a.netPresentValue()));
    npv.put("delta", p.npvDifference());
    n.set("net_present_value", npv);
    n.set("discounted_payback", side(p, a -> payback(a.discountedPayback(), view)));
    ArrayNode lines = n.putArray("lines");
    p.lines().forEach(c -> lines.add(line(c)));
    ArrayNode stated = n.putArray("stated");
    p.stated().forEach(c -> stated.add(stated(c)));
    n.set("findings_appeared", findings(p.appeared(), view));
    n.set("findings_disappeared", findings(p.disappeared(), view));
    return n;
  }

  private static ObjectNode payback(Payback p, DiffView view) {
    return JsonFormat.payback(p, view.words().paybackCell(p));
  }

  /** {"before": …, "after": …}, null for a side the proposal is not on. */
  private static ObjectNode side(
      ProposalRevision p, Function<Appraisal, com.fasterxml.jackson.databind.JsonNode> value) {
    ObjectNode n = NODES.objectNode();
    n.set("before", p.before() == null ? null : value.apply(p.before()));
    n.set("after", p.after() == null ? null : value.apply(p.after()));
    return n;
  }

  private static ObjectNode amounts(ProposalRevision p, Function<ProposalFigures, Amounts> figure) {
    ObjectNode n = side(p, a -> JsonFormat.amounts(figure.apply(a.figures())));
    n.set("delta", JsonFormat.amounts(p.difference(figure)));
    return n;
  }

  private static ObjectNode line(LineChange c) {
    ObjectNode n = NODES.objectNode();
    n.put("section", c.permanent() ? "permanent" : "implementation");
    n.put("status", c.status().key());
    n.set("before", line(c.before()));
    n.set("after", line(c.after()));
    at(n, c.at());
    return n;
  }

  private static ObjectNode line(Line l) {
    if (l == null) {
      return null;
    }
    ObjectNode n = NODES.objectNode();
    n.put("text", l.text());
    n.put("area", l.area() == null ? null : l.area().key());
    n.set("amounts", JsonFormat.amounts(l.amounts()));
    return n;
  }

  private static ObjectNode stated(StatedChange c) {
    ObjectNode n = NODES.objectNode();
    n.put("subject", c.subject());
    n.put("figure", c.figure().key());
    n.put("year", c.year());
    n.put("before", c.before());
    n.put("after", c.after());
    n.put("delta", c.difference());
    at(n, c.at());
    return n;
  }

  private static ObjectNode total(TotalRevision t) {
    ObjectNode n = NODES.objectNode();
    n.put("type", t.type().key());
    ObjectNode count = n.putObject("proposals");
    count.put("before", t.before().count());
    count.put("after", t.after().count());
    ObjectNode investment = n.putObject("investment");
    investment.put("before", t.before().investment());
    investment.put("after", t.after().investment());
    investment.put("delta", t.investmentDifference());
    ObjectNode savings = n.putObject("savings");
    savings.set("before", JsonFormat.amounts(t.before().savings()));
    savings.set("after", JsonFormat.amounts(t.after().savings()));
    savings.set("delta", JsonFormat.amounts(t.savingsDifference()));
    ObjectNode npv = n.putObject("net_present_value");
    npv.put("before", t.npvBefore().thousands());
    npv.put("after", t.npvAfter().thousands());
    npv.put("delta", t.npvDifference());
    return n;
  }

  private static ArrayNode findings(List<CheckResult> findings, DiffView view) {
    ArrayNode a = NODES.arrayNode();
    for (CheckResult r : findings) {
      ObjectNode o = a.addObject();
      o.put("check", r.kind().key());
      o.put("subject", r.subject());
      o.put("figure", r.figure() == null ? null : r.figure().key());
      o.put("year", r.year());
      o.put("stated", r.stated());
      o.put("computed", r.computed());
      o.put("title", r.title());
      o.put("message", view.message(r));
      at(o, r.location());
    }
    return a;
  }

  private static void at(ObjectNode n, Location at) {
    n.put("file", at.file());
    n.put("line", at.line());
    n.put("column", at.column());
  }
}
