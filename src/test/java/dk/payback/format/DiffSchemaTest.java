package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The golden JSON diff keeps to its published schema, which is strict enough to catch a slip. */
class DiffSchemaTest {

  static Schema schema;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = DiffSchemaTest.class.getResourceAsStream("/schema/diff.schema.json")) {
      assertThat(in).as("schema on the class path").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  /** The JSON between the golden file's "--- stdout" and "--- stderr" lines. */
  static JsonNode golden() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/golden/diff/diff-json.txt"));
    int from = text.indexOf("--- stdout\n") + "--- stdout\n".length();
    return JSON.readTree(text.substring(from, text.indexOf("--- stderr\n")));
  }

  @Test
  void theGoldenDiffMatchesTheSchema() throws IOException {
    JsonNode diff = golden();
    assertThat(diff.at("/proposals")).hasSizeGreaterThan(4);
    assertThat(schema.validate(diff)).isEmpty();
  }

  @Test
  void theSchemaRejectsAMissingKeyAnUnknownKeyAFractionAndAnUnknownStatus() throws IOException {
    JsonNode golden = golden();

    ObjectNode missing = golden.deepCopy();
    ((ObjectNode) missing.at("/proposals/0")).remove("status");
    assertThat(schema.validate(missing)).isNotEmpty();

    ObjectNode unknown = golden.deepCopy();
    ((ObjectNode) unknown.at("/proposals/0/investment")).put("percent", 1);
    assertThat(schema.validate(unknown)).isNotEmpty();

    ObjectNode fraction = golden.deepCopy();
    ((ObjectNode) fraction.at("/proposals/0/investment")).put("delta", 0.5);
    assertThat(schema.validate(fraction)).isNotEmpty();

    ObjectNode status = golden.deepCopy();
    ((ObjectNode) status.at("/proposals/0")).put("status", "moved");
    assertThat(schema.validate(status)).isNotEmpty();

    ObjectNode year = golden.deepCopy();
    ((ObjectNode) year.at("/proposals/0/net_impact/delta")).put("year1", 1);
    assertThat(schema.validate(year)).isNotEmpty();
  }
}
