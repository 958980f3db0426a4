package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of {@code payback diff}: the real cases against a revision of them made here by
 * small edits, each one a change a budget round brings (an amount moved a year, a line split in
 * two, a revised proposal whose payback gets longer, a withdrawn proposal, a new one, a corrected
 * stated figure, a file moved into a folder). Each {@code src/test/resources/golden/diff/*.txt}
 * holds a command line run from the project root, as in {@link GoldenTest}.
 */
class DiffGoldenTest {

  static final Path DIR = Path.of("src/test/resources/golden/diff");

  /** The revision, where the golden files' command lines read it. */
  static final Path REVISED = Path.of("target/diff-golden/revised");

  @BeforeAll
  static void revise() throws IOException {
    revise(Path.of("cases"), REVISED);
  }

  /** Writes the revised cases: the real ones with the edits below. */
  static void revise(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> old = Files.walk(to)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    // An amount moved from one year to the next, the stated subtotals left as they were.
    edit(
        to.resolve("HA02.yaml"),
        "amounts: { 2019: 1000 }   # year from 1.4 prose",
        "amounts: { 2020: 1000 }   # year from 1.4 prose");
    // A line split in two: the same total, part of it under a line of its own.
    edit(
        to.resolve("SI03.yaml"),
        "  - text: Udvikling og implementering\n"
            + "    area: service\n"
            + "    amounts: { 2018: 1000, 2019: 2000 }\n",
        "  - text: Udvikling og implementering\n"
            + "    area: service\n"
            + "    amounts: { 2018: 1000, 2019: 1500 }\n"
            + "  - text: Uddannelse af medarbejdere i den nye model\n"
            + "    area: service\n"
            + "    amounts: { 2019: 500 }\n");
    // A revised proposal: one extension saves less, its stated figures follow, and the payback
    // gets longer.
    Path bu07 = to.resolve("BU07.yaml");
    edit(
        bu07,
        "amounts: { 2019: -1000, 2020: -1000, 2021: -1000, 2022: -1000 }",
        "amounts: { 2019: -200, 2020: -200, 2021: -200, 2022: -200 }");
    edit(
        bu07,
        "permanent_total: { 2019: -2000, 2020: -2000, 2021: -2000, 2022: -2000 }",
        "permanent_total: { 2019: -1200, 2020: -1200, 2021: -1200, 2022: -1200 }");
    edit(
        bu07,
        "net_impact: { 2018: 300, 2019: -800, 2020: -800, 2021: -2000, 2022: -2000 }",
        "net_impact: { 2018: 300, 2019: 0, 2020: 0, 2021: -1200, 2022: -1200 }");
    edit(bu07, "payback_years: 3", "payback_years: 4");
    // A withdrawn proposal.
    Files.delete(to.resolve("BU10.yaml"));
    // A corrected stated figure: the source's payback of BU02 said 3 years, the rule gives 2.
    edit(to.resolve("BU02.yaml"), "payback_years: 3", "payback_years: 2");
    // A file moved into a folder, unchanged.
    Files.createDirectories(to.resolve("hjemmepleje"));
    Files.move(to.resolve("HJ03.yaml"), to.resolve("hjemmepleje/HJ03.yaml"));
    // A new proposal, with no row in the overview yet.
    Files.writeString(
        to.resolve("HJ04.yaml"),
        """
        kind: proposal
        id: HJ04
        type: investment
        title: Velfærdsteknologi i hjemmeplejen
        risk: middel
        years: [2018, 2019, 2020, 2021, 2022]
        permanent:
          - text: Færre besøg ved skærmbesøg
            area: service
            amounts: { 2019: -800, 2020: -1500, 2021: -1500, 2022: -1500 }
        implementation:
          - text: Indkøb og implementering af skærme
            area: anlæg
            amounts: { 2018: 1200, 2019: 600 }
        stated:
          permanent_total: { 2019: -800, 2020: -1500, 2021: -1500, 2022: -1500 }
          implementation_total: { 2018: 1200, 2019: 600 }
          net_impact: { 2018: 1200, 2019: -200, 2020: -1500, 2021: -1500, 2022: -1500 }
          payback_years: 3
        """,
        StandardCharsets.UTF_8);
  }

  static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as("%s holds the text to edit", file).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  static Stream<Path> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void matchesGoldenFile(Path file) throws IOException {
    GoldenTest.check(file);
  }
}
