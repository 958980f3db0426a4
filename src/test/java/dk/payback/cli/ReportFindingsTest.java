package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The findings of {@code check} in a report: the same findings as {@code check} itself, counted the
 * same way, with the same tolerance; and the proposal tables marked where the source states other
 * figures than its lines add up to.
 */
class ReportFindingsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theJsonFindingsAreCheckOwnObjectForObject() throws Exception {
    JsonNode check = json(Cli.run("check", "--format", "json", "cases"));
    JsonNode report = json(Cli.run("report", "--format", "json", "cases"));
    JsonNode findings = report.path("findings");
    assertThat(findings.path("items")).isEqualTo(check.path("findings"));
    assertThat(findings.path("items")).hasSize(9);
    assertThat(findings.at("/counts/checks").asLong())
        .isEqualTo(check.at("/counts/checks").asLong())
        .isEqualTo(408);
    assertThat(findings.at("/counts/passed").asLong())
        .isEqualTo(check.at("/counts/passed").asLong());
    assertThat(findings.at("/counts/findings").asLong()).isEqualTo(9);
    assertThat(findings.path("text").asText())
        .isEqualTo(
            "19 forslag i 20 filer, 303 tal sammenholdt: 9 afvigelser i 3 filer, 0 advarsler");
    assertThat(findings.at("/counts/figures_compared").asLong())
        .isEqualTo(check.at("/counts/figures_compared").asLong())
        .isEqualTo(303);
  }

  @Test
  void theToleranceIsCheckOwn() throws Exception {
    JsonNode check =
        json(Cli.run("check", "--tolerance", "1", "--format", "json", "--lang", "en", "cases"));
    JsonNode report =
        json(Cli.run("report", "--tolerance", "1", "--format", "json", "--lang", "en", "cases"));
    JsonNode findings = report.path("findings");
    assertThat(findings.path("tolerance").asLong()).isEqualTo(1);
    assertThat(findings.path("items")).isEqualTo(check.path("findings"));
    assertThat(findings.path("items"))
        .singleElement()
        .satisfies(f -> assertThat(f.path("title").asText()).isEqualTo("BU02 payback"));
    assertThat(findings.at("/counts/within_tolerance").asLong()).isEqualTo(8);
    // The count line is check's, word for word.
    assertThat(findings.path("text").asText() + "\n")
        .isEqualTo(
            Cli.run("check", "--tolerance", "1", "--lang", "en", "cases")
                    .out()
                    .lines()
                    .reduce((a, b) -> b)
                    .orElseThrow()
                + "\n");
  }

  @Test
  void aBadToleranceIsAUsageError() {
    Cli.Result r = Cli.run("report", "--format", "md", "--tolerance", "-1", "cases");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("'-1' is not a tolerance");
  }

  @Test
  void balancedCasesSayAllBalanceAndShowNoTable() {
    Cli.Result r = Cli.run("report", "--format", "md", CheckCommandTest.DIR + "balanced");
    assertThat(r.exitCode()).isZero();
    String findings = r.out().substring(r.out().indexOf("## Kontrol af kildens tal"));
    assertThat(findings)
        .endsWith("2 forslag i 3 filer, 23 tal sammenholdt: alle stemmer, 0 advarsler\n")
        .doesNotContain("| Sted |");
  }

  @Test
  void eachFormatMarksTheStatedPaybackAndTheSubtotalsThatDiffer() {
    String stated = "2 år (kilden angiver 3 år)";
    String footnote =
        "Kilden angiver -3.279 for Samlet varig ændring 2019; linjerne summerer til -3.280";
    for (String format : new String[] {"md", "html"}) {
      String out = Cli.run("report", "--format", format, "cases").out();
      assertThat(out).as(format).contains(stated).contains(footnote);
    }
    String csv = Cli.run("report", "--format", "csv", "cases").out();
    assertThat(csv)
        .contains(
            "BU02,investment,payback_years,,2 år,,2019,2\r\nBU02,investment,stated_payback_years,,kilden angiver 3 år,,,3\r\n");
    // A Danish report's findings are in Danish, as check's text is by default.
    assertThat(csv)
        .contains(
            "BU02,,finding,1,\"cases/BU02.yaml:37:18: tilbagebetalingstid: kilden angiver 3 år,"
                + " beregnet 2 år (tilbagebetalingsreglen)\",,,-1\r\n");
    assertThat(csv)
        .endsWith(
            ",,checks,,\"19 forslag i 20 filer, 303 tal sammenholdt: 9 afvigelser i 3 filer,"
                + " 0 advarsler\",,,408\r\n");
  }

  private static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.err()).isEmpty();
    return JSON.readTree(r.out());
  }
}
