package dk.payback.check.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.payback.check.CheckReport;
import dk.payback.check.Status;
import dk.payback.model.Diagnostic;
import java.util.List;

/**
 * The report for scripts, in the shape of {@code schema/check-report.schema.json} (documented in the
 * README). Numbers are plain integers; a blank cell is null.
 */
final class JsonRenderer implements CheckRenderer {

  static final String FORMAT = "payback-check";
  static final int VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = writer();

  private static ObjectWriter writer() {
    // "\n" whatever the platform, and "key": value, so that the output is the same everywhere.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return new ObjectMapper().writer(printer);
  }

  @Override
  public String render(CheckReport report, boolean verbose) {
    ObjectNode root = head(report.balances() ? "pass" : "findings", report.tolerance());
    ObjectNode counts = root.putObject("counts");
    counts.put("files", report.files());
    counts.put("checks", report.results().size());
    counts.put("passed", report.count(Status.PASS));
    counts.put("withinTolerance", report.count(Status.WITHIN_TOLERANCE));
    counts.put("findings", report.count(Status.FINDING));
    counts.put("inputErrors", 0);
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(r -> findings.add(CheckJson.result(r)));
    root.putArray("inputErrors");
    if (verbose) {
      ArrayNode passed = root.putArray("passed");
      report.results().stream().filter(r -> !r.isFinding()).forEach(r -> passed.add(CheckJson.result(r)));
    }
    return write(root);
  }

  @Override
  public String invalid(List<Diagnostic> errors, int files, long tolerance) {
    ObjectNode root = head("invalid", tolerance);
    ObjectNode counts = root.putObject("counts");
    counts.put("files", files);
    counts.put("checks", 0);
    counts.put("passed", 0);
    counts.put("withinTolerance", 0);
    counts.put("findings", 0);
    counts.put("inputErrors", errors.size());
    root.putArray("findings");
    ArrayNode list = root.putArray("inputErrors");
    for (Diagnostic d : errors) {
      ObjectNode e = list.addObject();
      e.put("file", d.location().file());
      e.put("line", d.location().line());
      e.put("column", d.location().column());
      e.put("message", d.message());
      e.put("hint", d.hint());
    }
    return write(root);
  }

  private static ObjectNode head(String outcome, long tolerance) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("outcome", outcome);
    root.put("tolerance", tolerance);
    return root;
  }

  private static String write(ObjectNode root) {
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of plain values always serialises; anything else is a bug.
      throw new IllegalStateException(e);
    }
  }
}
