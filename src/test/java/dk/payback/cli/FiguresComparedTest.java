package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The count line's "figures compared" is the number of stated figures check really compared,
 * counted here apart from payback's loader and checker: straight from the YAML of the real cases.
 */
class FiguresComparedTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFigureWrittenInTheCasesAndTheOneBlankCellThatIsCompared() throws IOException {
    long written = 0;
    try (Stream<Path> files = Files.list(Path.of("cases"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        written += writtenFigures(YAML.readTree(file.toFile()));
      }
    }
    assertThat(written).isEqualTo(302);
    // HJ03 leaves its permanent total's 2018 cell blank where its lines print 0: a blank cell is
    // compared as 0 (check.md), so it counts as a figure compared.
    long blanks = 1;

    JsonNode check = JSON.readTree(Cli.run("check", "--format", "json", "cases").out());
    assertThat(check.at("/counts/figures_compared").asLong()).isEqualTo(written + blanks);
    assertThat(check.at("/counts/proposals").asLong()).isEqualTo(19);
    assertThat(Cli.run("check", "cases").out())
        .endsWith(
            "19 forslag i 20 filer, 303 tal sammenholdt: 9 afvigelser i 3 filer, 0 advarsler\n");
  }

  @Test
  void aSummaryOnlyProposalsFiguresAreTheOverviewsAndAreCounted() throws IOException {
    JsonNode row = null;
    for (JsonNode r : YAML.readTree(Path.of("cases", "portfolio.yaml").toFile()).path("rows")) {
      if (r.path("id").asText().equals("BU05")) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    long inOverview = 1 + row.path("savings").size();
    JsonNode check =
        JSON.readTree(Cli.run("check", "--verbose", "--format", "json", "cases").out());
    long compared =
        Stream.concat(stream(check.path("passed")), stream(check.path("findings")))
            .filter(c -> c.path("subject").asText().equals("BU05"))
            .filter(c -> !c.path("figure").isNull())
            .count();
    assertThat(compared).isEqualTo(inOverview).isEqualTo(5);
  }

  /** The numbers under a proposal's stated, or an overview's rows and totals. */
  private static long writtenFigures(JsonNode file) {
    long n = 0;
    if (file.path("kind").asText().equals("portfolio")) {
      for (JsonNode row : file.path("rows")) {
        n += 1 + row.path("savings").size();
      }
      for (JsonNode total : file.path("totals")) {
        n += 1 + total.path("savings").size();
      }
      return n;
    }
    JsonNode stated = file.path("stated");
    for (String figure : List.of("permanent_total", "implementation_total", "net_impact")) {
      n += stated.path(figure).size();
    }
    return n + (stated.path("payback_years").isMissingNode() ? 0 : 1);
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }
}
