package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.format.XlsxText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The follow-up on the example realisations of src/test/resources/track: the workbook of {@code
 * track} by its cells, and {@code report}, which gains a follow-up section, in the document
 * formats. The terminal, Markdown, CSV, JSON and HTML of {@code track} are golden files of {@link
 * GoldenTest}.
 */
class TrackGoldenTest {

  static final String EXAMPLES = "src/test/resources/track";

  @TempDir Path tmp;

  @Test
  void trackWorkbookMatchesGoldenCells() throws Exception {
    Path file = tmp.resolve("track.xlsx");
    Cli.Result r = Cli.run("track", "-o", file.toString(), EXAMPLES);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    byte[] dump = XlsxText.dump(Files.readAllBytes(file)).getBytes(StandardCharsets.UTF_8);
    Path golden = ReportGoldenTest.DIR.resolve("track-da.xlsx.txt");
    ReportGoldenTest.assertGolden(golden, dump);
  }

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("report-track-da.md", List.of("--format", "md")),
        Arguments.of("report-track-en.html", List.of("--format", "html", "--lang", "en")),
        Arguments.of("report-track-da.json", List.of("--format", "json")),
        Arguments.of("report-track-da.csv", List.of("--format", "csv")),
        Arguments.of(
            "report-track-excel-da.csv", List.of("--format", "csv", "--csv-dialect", "excel-da")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void aReportOfFollowedUpCasesHasAFollowUpSection(String name, List<String> options)
      throws IOException {
    Path file = tmp.resolve(name);
    String[] args =
        Stream.concat(
                Stream.concat(Stream.of("report"), options.stream()),
                Stream.of("-o", file.toString(), EXAMPLES))
            .toArray(String[]::new);
    Cli.Result r = Cli.run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    byte[] actual = Files.readAllBytes(file);
    Path golden = ReportGoldenTest.DIR.resolve(name);
    ReportGoldenTest.assertGolden(golden, actual);
  }

  /**
   * A cost where a saving was planned is a negative share: a number payback made, so it keeps its
   * sign (no apostrophe, which disarms a formula in a text from the input) and takes the dialect's
   * decimal mark.
   */
  @Test
  void aNegativeShareIsANumberInEitherDialect() throws IOException {
    String si02 = Files.readString(Path.of(EXAMPLES, "SI02.yaml"), StandardCharsets.UTF_8);
    String cost =
        si02.replace("permanent_total: { 2019: -1000 }", "permanent_total: { 2019: 125 }");
    assertThat(cost).isNotEqualTo(si02);
    Files.writeString(tmp.resolve("SI02.yaml"), cost, StandardCharsets.UTF_8);
    Cli.Result rfc = Cli.run("track", "--format", "csv", tmp.toString());
    Cli.Result da =
        Cli.run("track", "--format", "csv", "--csv-dialect", "excel-da", tmp.toString());
    assertThat(rfc.err()).isEmpty();
    assertThat(rfc.out()).contains("SI02,investment,track_share_percent,,-7.9,,2019,\r\n");
    assertThat(da.out()).contains("SI02;investment;track_share_percent;;-7,9;;2019;\r\n");
  }

  @Test
  void aReportOfCasesNotFollowedUpHasNoFollowUpSection() throws IOException {
    Path file = tmp.resolve("r.md");
    assertThat(Cli.run("report", "-o", file.toString(), "cases").exitCode()).isZero();
    String md = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(md).doesNotContain("Opfølgning");
  }
}
