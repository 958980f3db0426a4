package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.format.XlsxText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every report format, on the real cases: each text format is compared byte for
 * byte (CRLF and byte order mark included) with {@code src/test/resources/golden/report/}, the
 * workbook by its extracted cells. Regenerate with {@code mvn test -Dgolden.update=true}, then read
 * the diff.
 */
class ReportGoldenTest {

  static final Path DIR = Path.of("src/test/resources/golden/report");

  @TempDir Path tmp;

  static Stream<Arguments> textReports() {
    return Stream.of(
        Arguments.of("report-da.md", List.of("--format", "md")),
        Arguments.of("report-en.md", List.of("--format", "md", "--lang", "en")),
        Arguments.of("report-da.csv", List.of("--format", "csv")),
        Arguments.of(
            "report-excel-da.csv", List.of("--format", "csv", "--csv-dialect", "excel-da")),
        Arguments.of("report-da.json", List.of("--format", "json")),
        Arguments.of("report-en.json", List.of("--format", "json", "--lang", "en")),
        Arguments.of("report-da.html", List.of("--format", "html")),
        Arguments.of("report-en.html", List.of("--format", "html", "--lang", "en")),
        // A scenario and another rate: the header, the overview and proposals under the scenario,
        // the
        // sensitivity and the findings of the cases as read.
        Arguments.of(
            "report-scenario-en.md",
            List.of(
                "--format",
                "md",
                "--lang",
                "en",
                "--savings-factor",
                "0.9",
                "--delay",
                "1",
                "--discount-rate",
                "4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textReports")
  void textReportMatchesGoldenFileByteForByte(String golden, List<String> options)
      throws IOException {
    Path file = tmp.resolve(golden);
    Cli.Result written = Cli.run(args(options, "-o", file.toString(), "cases"));
    assertThat(written.err()).isEmpty();
    assertThat(written.exitCode()).isZero();
    byte[] actual = Files.readAllBytes(file);
    update(DIR.resolve(golden), actual);
    assertThat(actual).isEqualTo(Files.readAllBytes(DIR.resolve(golden)));

    // Standard output carries the same text as the file.
    Cli.Result printed = Cli.run(args(options, "cases"));
    assertThat(printed.exitCode()).isZero();
    assertThat(printed.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(actual);
  }

  @Test
  void workbookMatchesGoldenCellsAndIsTheSameBytesEveryTime() throws Exception {
    Path first = tmp.resolve("first.xlsx");
    Path second = tmp.resolve("second.xlsx");
    assertThat(Cli.run("report", "--format", "xlsx", "-o", first.toString(), "cases").exitCode())
        .isZero();
    assertThat(Cli.run("report", "-o", second.toString(), "cases").exitCode()).isZero();
    byte[] bytes = Files.readAllBytes(first);
    assertThat(Files.readAllBytes(second)).as("two runs, the same bytes").isEqualTo(bytes);

    byte[] dump = XlsxText.dump(bytes).getBytes(StandardCharsets.UTF_8);
    Path golden = DIR.resolve("report-da.xlsx.txt");
    assertGolden(golden, dump);
  }

  private static String[] args(List<String> options, String... more) {
    List<String> all = new ArrayList<>();
    all.add("report");
    all.addAll(options);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /**
   * Asserts that {@code actual}, UTF-8 text, is the golden file's; with -Dgolden.update=true it
   * first writes it there, for the diff to be read.
   */
  static void assertGolden(Path golden, byte[] actual) throws IOException {
    update(golden, actual);
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** With -Dgolden.update=true, writes {@code actual} as the golden file. */
  private static void update(Path golden, byte[] actual) throws IOException {
    if (GoldenTest.UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
    }
  }
}
