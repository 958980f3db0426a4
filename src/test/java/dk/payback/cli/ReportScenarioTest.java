package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A report under a scenario and another discount rate: the overview and the proposals show the
 * scenario, and say so at the top; the sensitivity grid and check's findings are of the cases as
 * read.
 */
class ReportScenarioTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theReportSaysSoAtTheTopAndTheOverviewIsSummaryUnderTheSameScenario() {
    String md = run("report", "--format", "md", "--savings-factor", "0.9", "--delay", "1", "cases");
    assertThat(md)
        .startsWith(
            "# Bilag 1. Socialforvaltningens investerings- og innovationsforslag\n\n"
                + "**Scenarie: besparelser 90 %, besparelserne 1 år forsinket (ikke forslagets egne tal)**\n\n");
    String summary =
        run("summary", "--npv", "--wide", "--savings-factor", "0.9", "--delay", "1", "cases");
    // The totals row of the summary under the same scenario: investment, savings, net present
    // value.
    String total =
        summary
            .lines()
            .filter(l -> l.contains("I ALT (investeringsforslag)"))
            .findFirst()
            .orElseThrow()
            .trim();
    String[] cells = total.split("\\s{2,}");
    assertThat(md)
        .contains(
            "|  | **I ALT (investeringsforslag)** | **"
                + cells[1]
                + "** | **"
                + cells[2]
                + "** | **"
                + cells[3]
                + "** | **"
                + cells[4]
                + "** | **"
                + cells[5]
                + "** |  | **"
                + cells[6]
                + "** |  |\n");
    assertThat(run("report", "--format", "md", "cases")).doesNotContain("Scenarie");
  }

  @Test
  void theSensitivityAndTheFindingsAreOfTheCasesAsRead() throws Exception {
    JsonNode base = json("report", "--format", "json", "cases");
    JsonNode scenario =
        json("report", "--format", "json", "--cost-factor", "120%", "--delay", "2", "cases");
    assertThat(base.at("/scenario/active").booleanValue()).isFalse();
    assertThat(base.at("/scenario/text").isNull()).isTrue();
    assertThat(scenario.at("/scenario/active").booleanValue()).isTrue();
    assertThat(scenario.at("/scenario/cost_factor").asText()).isEqualTo("1.2");
    assertThat(scenario.at("/scenario/savings_factor").asText()).isEqualTo("1");
    assertThat(scenario.at("/scenario/delay_years").intValue()).isEqualTo(2);
    assertThat(scenario.at("/scenario/text").asText())
        .isEqualTo(
            "Scenarie: omkostninger 120 %, besparelserne 2 år forsinket (ikke forslagets egne tal)");

    assertThat(scenario.path("sensitivity")).isEqualTo(base.path("sensitivity"));
    assertThat(scenario.path("findings")).isEqualTo(base.path("findings"));
    assertThat(scenario.at("/findings/counts/findings").intValue()).isEqualTo(9);
    // The overview is the scenario's: HA02's investment is 20 % higher, its savings come a year
    // later.
    assertThat(base.at("/overview/rows/0/investment").longValue()).isEqualTo(3985);
    assertThat(scenario.at("/overview/rows/0/investment").longValue()).isEqualTo(4782);
    assertThat(scenario.at("/proposals/0/years")).hasSize(7);
    assertThat(scenario.at("/proposals/0/net_present_value/end_year").intValue()).isEqualTo(2032);
  }

  @Test
  void underAScenarioTheTablesHaveNoFootnotesButStillNameTheStatedPayback() {
    String base = run("report", "--format", "md", "cases");
    String scenario = run("report", "--format", "md", "--savings-factor", "75%", "cases");
    assertThat(base).contains("Kilden angiver -3.279 for Samlet varig ændring 2019");
    assertThat(scenario).doesNotContain("Kilden angiver -3.279");
    // As show does: the lines are no longer the source's, but its stated payback still is.
    assertThat(scenario)
        .contains(
            "**Tilbagebetalingstid baseret på serviceeffektivisering:** 4 år (kilden angiver 3 år)");
    assertThat(scenario).contains("Kontrollen gælder kildens egne tal, ikke scenariet.");
    assertThat(scenario)
        .contains("Følsomheden regnes ud fra forslagenes egne tal, ikke ud fra scenariet ovenfor.");
  }

  @Test
  void theRateAndHorizonAreThoseOfSummary() throws Exception {
    JsonNode report =
        json("report", "--format", "json", "--discount-rate", "4,0", "--horizon", "0", "cases");
    assertThat(report.at("/discounting/rate_percent").asText()).isEqualTo("4");
    assertThat(report.at("/discounting/horizon_years").intValue()).isZero();
    JsonNode ha02 = report.at("/proposals/0/net_present_value");
    assertThat(ha02.path("rate_percent").asText()).isEqualTo("4");
    assertThat(ha02.path("base_year").intValue()).isEqualTo(2018);
    assertThat(ha02.path("end_year").intValue()).isEqualTo(2022);
    String summary =
        run("summary", "--npv", "--discount-rate", "4", "--horizon", "0", "--wide", "cases");
    String row = summary.lines().filter(l -> l.contains("HA02")).findFirst().orElseThrow().trim();
    long expected = Long.parseLong(row.split("\\s{2,}")[8].replace(".", ""));
    assertThat(ha02.path("amount").longValue()).isEqualTo(expected);
    assertThat(report.at("/sensitivity/rows/0/outcomes/0/net_present_value/amount").longValue())
        .isEqualTo(expected);
  }

  @Test
  void aBadRateIsAUsageError() {
    Cli.Result r = Cli.run("report", "--format", "md", "--discount-rate", "-1", "cases");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
  }

  private static String run(String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    return r.out();
  }

  private static JsonNode json(String... args) throws Exception {
    return JSON.readTree(run(args));
  }
}
