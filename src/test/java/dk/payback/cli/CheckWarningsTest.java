package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "All balance" is said of what was compared: a proposal that states nothing, or only some of the
 * figures its template prints, is a warning naming what is not compared; so is a negative cost.
 * Warnings keep exit 0; --strict makes them findings.
 */
class CheckWarningsTest {

  @TempDir Path dir;

  private Path write(String id, String stated, String implementation) throws IOException {
    return Files.writeString(
        dir.resolve(id + ".yaml"),
        """
        kind: proposal
        id: %s
        type: investment
        title: Forslag
        years: [2025, 2026, 2027]
        permanent:
          - text: Besparelse
            amounts: { 2026: -500, 2027: -500 }
        implementation:
          - text: Udgift
            amounts: { %s }
        %s
        """
            .formatted(id, implementation, stated));
  }

  @Test
  void aProposalThatStatesNothingIsAWarningNotAPass() throws IOException {
    Path file = write("XX01", "", "2025: 600");
    Cli.Result r = Cli.run("check", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .isEqualTo(
            file
                + ":2:5: advarsel: XX01 angiver ingen af forslagets tal under stated, så intet af det"
                + " bliver kontrolleret (skriv permanent_total, implementation_total, net_impact og"
                + " payback_years under stated, som forslaget trykker dem)\n"
                + "1 forslag i 1 fil, 0 tal sammenholdt: intet tal at sammenholde, 1 advarsel\n");
    // Nothing compared never reads as a pass, in English either.
    assertThat(Cli.run("check", "--lang", "en", dir.toString()).out())
        .endsWith("1 proposal in 1 file, 0 figures compared: no figure to compare, 1 warning\n")
        .doesNotContain("all balance");
    Cli.Result strict = Cli.run("check", "--strict", dir.toString());
    assertThat(strict.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(strict.out())
        .endsWith(
            "0 tal sammenholdt: intet tal at sammenholde, 1 advarsel (--strict: regnet som afvigelser, så kontrollen fejler)\n");
  }

  @Test
  void aStatedBlockWithoutSomeFiguresNamesThoseItDoesNotCompare() throws IOException {
    write(
        "XX01",
        "stated:\n  net_impact: { 2025: 600, 2026: -500, 2027: -500 }\n  payback_years: 3",
        "2025: 600");
    Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains(
            "warning: XX01 does not state permanent_total and implementation_total under stated, so it"
                + " is not checked (write it as the proposal prints it)")
        // The net impact's three years and the payback.
        .endsWith("1 proposal in 1 file, 4 figures compared: all balance, 1 warning\n");
  }

  @Test
  void aNegativeCostIsWorthALook() throws IOException {
    write(
        "XX01",
        "stated:\n  permanent_total: { 2026: -500, 2027: -500 }\n"
            + "  implementation_total: { 2025: 600, 2026: -100 }\n"
            + "  net_impact: { 2025: 600, 2026: -600, 2027: -500 }\n  payback_years: 2",
        "2025: 600, 2026: -100");
    Cli.Result r = Cli.run("check", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains(
            ":11:33: advarsel: XX01: implementeringsomkostningen 'Udgift' er negativ i 2026 (-100): en"
                + " indtægt blandt omkostningerne er tilladt, men se efter\n");
  }

  @Test
  void everyCheckFormatCarriesTheWarning() throws IOException {
    write("XX01", "", "2025: 600");
    String github = Cli.run("check", "--format", "github", dir.toString()).out();
    assertThat(github)
        .contains("::warning file=")
        .contains("title=XX01 nothing_stated::XX01 angiver ingen")
        .endsWith(
            "::notice title=payback check::1 forslag i 1 fil, 0 tal sammenholdt: intet tal at"
                + " sammenholde, 1 advarsel\n");
    assertThat(Cli.run("check", "--format", "github", "--strict", dir.toString()).out())
        .contains("::error file=")
        .contains("title=XX01 nothing_stated::");
    String junit = Cli.run("check", "--format", "junit", dir.toString()).out();
    assertThat(junit)
        .contains(
            "<testsuite name=\"payback warnings\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\">")
        .contains("skipped=\"1\" proposals=\"1\" figures_compared=\"0\">")
        .contains("<skipped message=\"XX01 angiver ingen af forslagets tal under stated");
    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("check", "--format", "json", "--strict", dir.toString()).out());
    assertThat(json.path("outcome").asText()).isEqualTo("findings");
    assertThat(json.path("counts").path("warnings").asInt()).isEqualTo(1);
    assertThat(json.path("counts").path("proposals").asInt()).isEqualTo(1);
    assertThat(json.path("counts").path("figures_compared").asInt()).isZero();
    assertThat(json.path("warnings").get(0).path("warning").asText()).isEqualTo("nothing_stated");
    assertThat(json.path("warnings").get(0).path("not_stated").toString())
        .isEqualTo(
            "[\"permanent_total\",\"implementation_total\",\"net_impact\",\"payback_years\"]");
  }

  @Test
  void theRealCasesStateWhatTheirTemplatesPrint() {
    // The innovation proposal IN01 prints only its net impact; BU05 and BU10 have only overview
    // figures.
    Cli.Result r = Cli.run("check", "--strict", "cases");
    assertThat(r.out())
        .doesNotContain("advarsel:")
        .endsWith("303 tal sammenholdt: 9 afvigelser i 3 filer, 0 advarsler\n");
  }
}
