package dk.payback.format;

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
import dk.payback.model.Proposal;
import dk.payback.view.DiffView;
import java.io.IOException;
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

  /** The statuses a diff counts proposals by, in the order it names them. */
  static final List<ChangeStatus> COUNTED =
      List.of(
          ChangeStatus.ADDED, ChangeStatus.REMOVED, ChangeStatus.CHANGED, ChangeStatus.UNCHANGED);

  private JsonDiff() {}

  static void write(JsonOut o, DiffView view) throws IOException {
    Revision r = view.revision();
    o.object();
    o.put("format", FORMAT);
    o.put("version", VERSION);
    o.put("lang", view.words().lang().name().toLowerCase(Locale.ROOT));
    o.put("unit", "1000 DKK");
    o.put("before", view.before());
    o.put("after", view.after());
    o.object("discounting");
    o.put("rate_percent", JsonFormat.rate(r.discounting().rate()));
    o.put("horizon_years", r.discounting().horizon()).end();
    o.put("changed", !r.isEmpty());
    o.object("counts");
    for (ChangeStatus s : COUNTED) {
      o.put(s.key(), r.count(s));
    }
    o.put("findings_before", r.findingsBefore());
    o.put("findings_after", r.findingsAfter()).end();
    o.array("proposals");
    for (DiffView.Section s : view.sections()) {
      if (s.proposal() != null) {
        proposal(o, s.proposal(), view);
      }
    }
    o.end();
    o.object("overview");
    o.array("totals");
    total(o, r.investment());
    total(o, r.innovation());
    o.end();
    o.array("printed");
    for (StatedChange c : r.overview()) {
      stated(o, c);
    }
    o.end();
    findings(o.name("findings_appeared"), r.appeared(), view);
    findings(o.name("findings_disappeared"), r.disappeared(), view);
    o.end();
    o.array("fail_on");
    for (FailOn.Breach b : view.breachesHeld()) {
      o.object().put("condition", b.condition().toString()).put("subject", b.subject()).end();
    }
    o.end().end();
  }

  private static void proposal(JsonOut o, ProposalRevision p, DiffView view) throws IOException {
    o.object();
    o.put("id", p.id());
    o.put("status", p.status().key());
    side(o.object("title"), p, (v, a) -> v.add(a.proposal().title())).end();
    side(o.object("file"), p, (v, a) -> v.add(a.proposal().origin().file())).end();
    o.object("investment");
    o.put("before", p.before() == null ? null : p.investmentBefore());
    o.put("after", p.after() == null ? null : p.investmentAfter());
    o.put("delta", p.investmentDifference()).end();
    amounts(o.name("permanent_total"), p, ProposalFigures::permanentTotal);
    amounts(o.name("implementation_total"), p, ProposalFigures::implementationTotal);
    amounts(o.name("net_impact"), p, ProposalFigures::netImpact);
    side(o.object("payback"), p, (v, a) -> payback(v, a.payback(), view))
        .put("longer", p.paybackLonger())
        .end();
    side(o.object("stated_payback_years"), p, (v, a) -> statedPayback(v, a.proposal())).end();
    side(o.object("net_present_value"), p, (v, a) -> JsonFormat.npv(v, a.netPresentValue()))
        .put("delta", p.npvDifference())
        .end();
    side(o.object("discounted_payback"), p, (v, a) -> payback(v, a.discountedPayback(), view))
        .end();
    o.array("lines");
    for (LineChange c : p.lines()) {
      line(o, c);
    }
    o.end();
    o.array("stated");
    for (StatedChange c : p.stated()) {
      stated(o, c);
    }
    o.end();
    findings(o.name("findings_appeared"), p.appeared(), view);
    findings(o.name("findings_disappeared"), p.disappeared(), view);
    o.end();
  }

  private static void statedPayback(JsonOut o, Proposal p) throws IOException {
    Integer years = p.stated().paybackYears();
    if (years == null) {
      o.addNull();
    } else {
      o.add(years);
    }
  }

  private static void payback(JsonOut o, Payback p, DiffView view) throws IOException {
    JsonFormat.payback(o, p, view.words().paybackCell(p));
  }

  /** One side's value of a figure. */
  private interface Value {
    void write(JsonOut o, Appraisal side) throws IOException;
  }

  /** "before": …, "after": …, null for a side the proposal is not on. */
  private static JsonOut side(JsonOut o, ProposalRevision p, Value value) throws IOException {
    o.name("before");
    if (p.before() == null) {
      o.addNull();
    } else {
      value.write(o, p.before());
    }
    o.name("after");
    if (p.after() == null) {
      o.addNull();
    } else {
      value.write(o, p.after());
    }
    return o;
  }

  private static void amounts(
      JsonOut o, ProposalRevision p, Function<ProposalFigures, Amounts> figure) throws IOException {
    side(o.object(), p, (v, a) -> JsonFormat.amounts(v, figure.apply(a.figures())));
    JsonFormat.amounts(o.name("delta"), p.difference(figure));
    o.end();
  }

  private static void line(JsonOut o, LineChange c) throws IOException {
    o.object();
    o.put("section", c.permanent() ? "permanent" : "implementation");
    o.put("status", c.status().key());
    line(o.name("before"), c.before());
    line(o.name("after"), c.after());
    at(o, c.at());
    o.end();
  }

  private static void line(JsonOut o, Line l) throws IOException {
    if (l == null) {
      o.addNull();
      return;
    }
    o.object();
    o.put("text", l.text());
    o.put("area", l.area() == null ? null : l.area().key());
    JsonFormat.amounts(o.name("amounts"), l.amounts());
    o.end();
  }

  private static void stated(JsonOut o, StatedChange c) throws IOException {
    o.object();
    o.put("subject", c.subject());
    o.put("figure", c.figure().key());
    o.put("year", c.year());
    o.put("before", c.before());
    o.put("after", c.after());
    o.put("delta", c.difference());
    at(o, c.at());
    o.end();
  }

  private static void total(JsonOut o, TotalRevision t) throws IOException {
    o.object();
    o.put("type", t.type().key());
    o.object("proposals");
    o.put("before", t.before().count());
    o.put("after", t.after().count()).end();
    o.object("investment");
    o.put("before", t.before().investment());
    o.put("after", t.after().investment());
    o.put("delta", t.investmentDifference()).end();
    o.object("savings");
    JsonFormat.amounts(o.name("before"), t.before().savings());
    JsonFormat.amounts(o.name("after"), t.after().savings());
    JsonFormat.amounts(o.name("delta"), t.savingsDifference());
    o.end();
    o.object("net_present_value");
    o.put("before", t.npvBefore().thousands());
    o.put("after", t.npvAfter().thousands());
    o.put("delta", t.npvDifference()).end();
    o.end();
  }

  private static void findings(JsonOut o, List<CheckResult> findings, DiffView view)
      throws IOException {
    o.array();
    for (CheckResult r : findings) {
      o.object();
      o.put("check", r.kind().key());
      o.put("subject", r.subject());
      o.put("figure", r.figure() == null ? null : r.figure().key());
      o.put("year", r.year());
      o.put("stated", r.stated());
      o.put("computed", r.computed());
      o.put("title", r.title());
      o.put("message", view.message(r));
      at(o, r.location());
      o.end();
    }
    o.end();
  }

  private static void at(JsonOut o, Location at) throws IOException {
    o.put("file", at.file());
    o.put("line", at.line());
    o.put("column", at.column());
  }
}
