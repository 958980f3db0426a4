package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.payback.check.CheckKind;
import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Figure;
import dk.payback.check.Status;
import dk.payback.cli.Cli;
import dk.payback.model.Location;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The machine formats are what scripts and CI servers can read: valid JSON per schema, well-formed
 * XML, escaped annotations.
 */
class CheckFormatsTest {

  static final String CRAFTED = "src/test/resources/check/";

  static Schema schema() throws IOException {
    try (InputStream in =
        CheckFormatsTest.class.getResourceAsStream("/schema/check-report.schema.json")) {
      assertThat(in).as("schema on the class path").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  /** Real cases (findings), verbose, within tolerance, all balanced, and invalid input. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "cases",
        "--verbose cases",
        "--tolerance 1 --verbose cases",
        CRAFTED + "balanced",
        CRAFTED + "invalid",
        // A folder with no case files: an error with no line or column.
        "src/test/resources/no-cases " + CRAFTED + "invalid"
      })
  void jsonOutputValidatesAgainstItsSchema(String args) throws IOException {
    Cli.Result r = Cli.run(("check --format json " + args).split(" "));
    List<Error> errors = schema().validate(r.out(), InputFormat.JSON);
    assertThat(errors).as(r.out()).isEmpty();

    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode counts = root.get("counts");
    assertThat(counts.get("checks").asLong())
        .isEqualTo(
            counts.get("passed").asLong()
                + counts.get("within_tolerance").asLong()
                + counts.get("findings").asLong());
    assertThat(root.get("findings")).hasSize(counts.get("findings").asInt());
    assertThat(root.get("input_errors")).hasSize(counts.get("input_errors").asInt());
    assertThat(root.has("passed")).isEqualTo(args.contains("--verbose"));
    String outcome =
        switch (r.exitCode()) {
          case 0 -> "pass";
          case 1 -> "findings";
          default -> "invalid";
        };
    assertThat(root.get("outcome").asText()).isEqualTo(outcome);
  }

  @Test
  void theSchemaRejectsAReportOfAnotherShape() throws IOException {
    String wrong =
        Cli.run("check", "--format", "json", "cases")
            .out()
            .replace("\"stated\": -3279", "\"stated\": \"-3.279\"");
    assertThat(schema().validate(wrong, InputFormat.JSON)).isNotEmpty();
  }

  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void junitOutputIsWellFormedWithOneTestCasePerCheck() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "junit", "--lang", "en", "cases");
    Document doc = parseXml(r.out());
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(cases.getLength()));
    assertThat(cases.getLength()).isEqualTo(408);
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(9);
    assertThat(root.getAttribute("failures")).isEqualTo("9");
    assertThat(((Element) failures.item(0)).getAttribute("message"))
        .isEqualTo("payback: stated 3 years, computed 2 years (payback rule)");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(20);
  }

  @Test
  void junitOutputForInvalidInputIsWellFormed() throws Exception {
    Document doc = parseXml(Cli.run("check", "--format", "junit", CRAFTED + "invalid").out());
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
  }

  @Test
  void junitEscapesMarkupAndDropsWhatXmlCannotCarry() throws Exception {
    String nasty = "I ALT <&> \"tal\" 'x'\u0001 \tæ\nø";
    CheckResult r =
        CheckResult.of(
            CheckKind.TOTAL_VS_ROWS,
            Status.FINDING,
            new Location("a&b/<c>.yaml", 2, 3),
            nasty,
            Figure.SAVINGS,
            2020,
            -1L,
            -2L,
            nasty,
            CheckResult.Detail.NONE);
    String xml =
        new JunitFormat().text(Documents.check(new CheckReport(0, 1, List.of(r)), false, Lang.EN));
    Document doc = parseXml(xml);
    Element tc = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(tc.getAttribute("name"))
        .isEqualTo("I ALT <&> \"tal\" 'x' \tæ\nø savings 2020 vs rows");
    assertThat(tc.getAttribute("classname")).isEqualTo("<c>");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getTextContent())
        .isEqualTo(
            "a&b/<c>.yaml:2:3: I ALT <&> \"tal\" 'x' \tæ\nø savings 2020: stated -1, computed -2 (I ALT <&> \"tal\" 'x' \tæ\nø)");
  }

  @Test
  void githubEscapesDataAndPropertiesByItsRules() {
    assertThat(GithubFormat.data("100% a:b,c\r\nd")).isEqualTo("100%25 a:b,c%0D%0Ad");
    assertThat(GithubFormat.property("100% a:b,c\r\nd")).isEqualTo("100%25 a%3Ab%2Cc%0D%0Ad");
    // '%' first, or the escapes themselves would be escaped again.
    assertThat(GithubFormat.property("%3A")).isEqualTo("%253A");
  }

  @Test
  void githubAnnotationPointsAtTheStatedFigure() {
    CheckResult r =
        CheckResult.of(
            CheckKind.SUBTOTAL,
            Status.FINDING,
            new Location("cases/a,b:c.yaml", 41, 13),
            "XX99",
            Figure.NET_IMPACT,
            2020,
            -700L,
            -710L,
            "lines sum",
            CheckResult.Detail.NONE);
    String out =
        new GithubFormat().text(Documents.check(new CheckReport(0, 1, List.of(r)), false, Lang.EN));
    assertThat(out)
        .isEqualTo(
            "::error file=cases/a%2Cb%3Ac.yaml,line=41,col=13,title=XX99 net impact 2020::"
                + "net impact 2020: stated -700, computed -710 (lines sum)\n"
                + "::notice title=payback check::0 proposals in 1 file, 1 figure compared: 1 finding in"
                + " 1 file, 0 warnings\n");
  }
}
