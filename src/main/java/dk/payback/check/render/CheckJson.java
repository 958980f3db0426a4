package dk.payback.check.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.payback.check.CheckResult;

/**
 * One check as a JSON object, in the shape of {@code check-report.schema.json}: the same object in
 * {@code payback check --format json} and in the findings of {@code payback report --format json}, so
 * that a script reads both alike.
 */
public final class CheckJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CheckJson() {}

  public static ObjectNode result(CheckResult r) {
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
    o.put("message", dk.payback.view.FindingsWords.of(dk.payback.view.Lang.EN).message(r));
    return o;
  }
}
