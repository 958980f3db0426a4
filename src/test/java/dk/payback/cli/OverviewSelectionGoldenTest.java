package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.format.XlsxText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden reports of a grouped, a filtered and sorted, and a widened overview in every report
 * format, in {@code src/test/resources/golden/overview/} (the text tables are in the cli golden
 * files). The small set {@code src/test/resources/periods} holds four of the source's proposals and
 * one of 2024-2028, so that each report is short enough to read in a diff. Regenerate with {@code
 * mvn test -Dgolden.update=true}.
 */
class OverviewSelectionGoldenTest {

  static final Path DIR = Path.of("src/test/resources/golden/overview");
  static final String PERIODS = "src/test/resources/periods";

  @TempDir Path tmp;

  static Stream<Arguments> reports() {
    List<String> byCentre = List.of("--by", "centre");
    List<String> filtered = List.of("--only", "bu*", "--sort", "investment", "--by", "risk");
    List<Arguments> all = new ArrayList<>();
    for (String format : List.of("md", "csv", "json", "html", "xlsx")) {
      all.add(Arguments.of("by-centre-da." + format, byCentre, PERIODS));
      all.add(Arguments.of("only-bu-by-risk-da." + format, filtered, PERIODS));
    }
    for (String format : List.of("md", "json", "html")) {
      all.add(Arguments.of("by-centre-en." + format, with(byCentre, "--lang", "en"), PERIODS));
    }
    // The real cases: subtotals per fund of the proposals of one centre, in the source's order.
    all.add(
        Arguments.of(
            "real-only-ha-hj-by-fund-da.md",
            List.of("--only", "HA*,HJ*", "--by", "fund"),
            "cases"));
    return all.stream();
  }

  private static List<String> with(List<String> options, String... more) {
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of(more));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportMatchesGoldenFile(String name, List<String> options, String cases) throws Exception {
    Path file = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("report"));
    args.addAll(options);
    args.addAll(List.of("-o", file.toString(), cases));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    byte[] actual = Files.readAllBytes(file);
    Path golden = DIR.resolve(name);
    if (name.endsWith(".xlsx")) {
      actual = XlsxText.dump(actual).getBytes(StandardCharsets.UTF_8);
      golden = DIR.resolve(name + ".txt");
    }
    ReportGoldenTest.assertGolden(golden, actual);
  }
}
