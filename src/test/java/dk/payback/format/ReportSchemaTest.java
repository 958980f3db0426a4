package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.payback.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON reports keep to the published schema, and the schema is strict enough to catch a slip.
 */
class ReportSchemaTest {

  static Schema schema;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        ReportSchemaTest.class.getResourceAsStream("/schema/report.schema.json")) {
      assertThat(in).as("schema on the class path").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"report-da.json", "report-en.json", "report-track-da.json"})
  void goldenReportsMatchTheSchema(String file) throws IOException {
    JsonNode report =
        JSON.readTree(Files.readString(Path.of("src/test/resources/golden/report", file)));
    List<Error> errors = schema.validate(report);
    assertThat(errors).isEmpty();
  }

  /** A grouped and a filtered overview: their selection and groups are in the schema. */
  @ParameterizedTest
  @ValueSource(strings = {"by-centre-da.json", "by-centre-en.json", "only-bu-by-risk-da.json"})
  void groupedAndFilteredReportsMatchTheSchema(String file) throws IOException {
    JsonNode report =
        JSON.readTree(Files.readString(Path.of("src/test/resources/golden/overview", file)));
    assertThat(report.path("overview").path("groups").isArray()).isTrue();
    assertThat(schema.validate(report)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.path("overview").path("groups").get(0))
        .put("subtotal", 1);
    assertThat(schema.validate(report)).as("an unknown key in a group").isNotEmpty();
  }

  @Test
  void theBudgetsJsonMatchesTheSchemaAndAnUnknownAreaDoesNot() throws IOException {
    Cli.Result r = Cli.run("budget", "--format", "json", "--by-proposal", "cases");
    assertThat(r.exitCode()).isZero();
    JsonNode budget = JSON.readTree(r.out());
    assertThat(schema.validate(budget)).isEmpty();
    assertThat(budget.get("budget").get(0).get("area").asText()).isEqualTo("service");

    ObjectNode unknown = budget.deepCopy();
    ((ObjectNode) unknown.at("/budget/0")).put("area", "anlaeg");
    assertThat(schema.validate(unknown)).isNotEmpty();
    ObjectNode notAList = budget.deepCopy();
    notAList.put("budget", "service");
    assertThat(schema.validate(notAList)).isNotEmpty();
  }

  @Test
  void aFilteredBudgetsJsonMatchesTheSchemaAndSaysItsFilters() throws IOException {
    for (String risk : List.of("lav", "høj")) {
      Cli.Result r = Cli.run("budget", "--format", "json", "--risk", risk, "cases");
      assertThat(r.exitCode()).isZero();
      JsonNode budget = JSON.readTree(r.out());
      assertThat(schema.validate(budget)).as(risk).isEmpty();
      assertThat(budget.at("/budget_filters/risk").asText()).isEqualTo(risk);
      assertThat(budget.get("budget").isEmpty()).as(risk).isEqualTo(risk.equals("høj"));

      ObjectNode sorted = budget.deepCopy();
      ((ObjectNode) sorted.get("budget_filters")).put("sort", "id");
      assertThat(schema.validate(sorted)).as("the budget has no order").isNotEmpty();
    }
    JsonNode whole = JSON.readTree(Cli.run("budget", "--format", "json", "cases").out());
    assertThat(whole.has("budget_filters")).as("the whole budget keeps its shape").isFalse();
  }

  @Test
  void trackOfTheExamplesMatchesTheSchema() throws IOException {
    String golden = Files.readString(Path.of("src/test/resources/golden/cli/track-json.txt"));
    String json =
        golden.substring(golden.indexOf("--- stdout\n") + 11, golden.indexOf("--- stderr"));
    assertThat(schema.validate(JSON.readTree(json))).isEmpty();
    // A share is an exact decimal string, never a number.
    String asNumber = json.replace("\"share_percent\": \"87.5\"", "\"share_percent\": 87.5");
    assertThat(asNumber).isNotEqualTo(json);
    assertThat(schema.validate(JSON.readTree(asNumber))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAFractionAFloatingRateAnUnknownKeyAndAMissingKey() throws IOException {
    JsonNode golden =
        JSON.readTree(Files.readString(Path.of("src/test/resources/golden/report/report-da.json")));

    ObjectNode fraction = golden.deepCopy();
    ((ObjectNode) fraction.at("/overview/rows/0/savings")).put("2019", -6000.5);
    assertThat(schema.validate(fraction)).isNotEmpty();

    ObjectNode unknown = golden.deepCopy();
    ((ObjectNode) unknown.at("/proposals/0")).put("npv", 1);
    assertThat(schema.validate(unknown)).isNotEmpty();

    ObjectNode missing = golden.deepCopy();
    ((ObjectNode) missing.at("/proposals/0")).remove("payback");
    assertThat(schema.validate(missing)).isNotEmpty();

    ObjectNode fractionalValue = golden.deepCopy();
    ((ObjectNode) fractionalValue.at("/proposals/0/net_present_value")).put("amount", -61625.7);
    assertThat(schema.validate(fractionalValue)).isNotEmpty();

    ObjectNode rateAsNumber = golden.deepCopy();
    ((ObjectNode) rateAsNumber.at("/discounting")).put("rate_percent", 3.5);
    assertThat(schema.validate(rateAsNumber)).isNotEmpty();

    ObjectNode badYear = golden.deepCopy();
    ((ObjectNode) badYear.at("/proposals/0/net_impact")).put("year1", 1);
    assertThat(schema.validate(badYear)).isNotEmpty();
  }
}
