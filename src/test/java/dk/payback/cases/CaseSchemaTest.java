package dk.payback.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case file validates against the JSON Schema that editors use while a case is typed. */
class CaseSchemaTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = CaseSchemaTest.class.getResourceAsStream("/schema/case.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  static Stream<Path> caseFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("cases"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  private static List<Error> validate(String yaml) throws IOException {
    return schema.validate(YAML.readTree(yaml));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void realCaseValidates(Path file) throws IOException {
    JsonNode node = YAML.readTree(file.toFile());
    assertThat(schema.validate(node)).isEmpty();
  }

  @Test
  void thereAreNineteenProposalsAndAnOverview() throws IOException {
    assertThat(caseFiles()).hasSize(20);
  }

  private static final String MINIMAL =
      """
      kind: proposal
      id: XX01
      type: investment
      title: T
      years: [2018, 2019]
      implementation:
        - text: Udgift
          amounts: { 2018: 1585 }
      """;

  @Test
  void theSchemaAcceptsAMinimalProposal() throws IOException {
    assertThat(validate(MINIMAL)).isEmpty();
  }

  @Test
  void theSchemaRejectsDanishThousandsNotation() throws IOException {
    assertThat(validate(MINIMAL.replace("1585", "1.585"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAMistypedKey() throws IOException {
    assertThat(validate(MINIMAL.replace("implementation:", "implemntation:"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownArea() throws IOException {
    assertThat(validate(MINIMAL.replace("  amounts:", "  area: anlag\n    amounts:"))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsLinesBesideSummaryOnly() throws IOException {
    String yaml = MINIMAL + "summary_only: { reason: fortroligt, investment: 1, savings: {} }\n";
    assertThat(validate(yaml)).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAPortfolioWithoutRows() throws IOException {
    String yaml =
        "kind: portfolio\ntitle: T\ninvestment_years: [2018, 2022]\nsavings_years: [2019]\n";
    assertThat(validate(yaml)).isNotEmpty();
  }

  @Test
  void theSchemaChecksTheCentresAsTheLoaderDoes() throws IOException {
    String yaml =
        "kind: portfolio\ntitle: T\ninvestment_years: [2018, 2022]\nsavings_years: [2019]\n"
            + "rows: []\ncentres:\n";
    assertThat(validate(yaml + "  HA: { name: Borgercenter Handicap, page: 2 }\n")).isEmpty();
    assertThat(validate(yaml + "  H2: { name: X }\n")).as("not letters").isNotEmpty();
    assertThat(validate(yaml + "  HA: { navn: X }\n")).as("a mistyped key").isNotEmpty();
    assertThat(validate(yaml + "  HA: Borgercenter Handicap\n")).as("not a mapping").isNotEmpty();
  }

  static Stream<Path> trackExamples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/track"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trackExamples")
  void realisedExampleValidates(Path file) throws IOException {
    assertThat(schema.validate(YAML.readTree(file.toFile()))).isEmpty();
  }

  private static final String REALISED =
      MINIMAL + "realised:\n  as_of: 2019\n  implementation_total: { 2018: 1700 }\n";

  @Test
  void theSchemaAcceptsARealisedBlock() throws IOException {
    assertThat(validate(REALISED)).isEmpty();
  }

  @Test
  void theSchemaRejectsARealisedBlockWithoutAsOf() throws IOException {
    assertThat(validate(REALISED.replace("  as_of: 2019\n", ""))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownKeyInARealisedBlock() throws IOException {
    assertThat(validate(REALISED.replace("implementation_total", "implementation_totl")))
        .isNotEmpty();
  }

  @Test
  void theSchemaRejectsARealisedLineWithoutAmounts() throws IOException {
    assertThat(validate(REALISED + "  lines:\n    - text: Udgift\n")).isNotEmpty();
  }
}
