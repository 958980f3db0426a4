package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Proposal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code payback new}: a skeleton per type as in its golden file ({@code
 * src/test/resources/golden/new}; {@code -Dgolden.update=true} rewrites them), that loads and
 * passes check as written, and never replaces a file.
 */
class NewCommandTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/new");

  @TempDir Path dir;

  private Path written(String type) throws IOException {
    Path file = dir.resolve("XY01.yaml");
    Cli.Result r =
        Cli.run(
            "new",
            "XY01",
            "--type",
            type,
            "--years",
            "2025-2029",
            "--title",
            "Visitation: en ny model",
            "-o",
            file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "wrote "
                + file
                + ": an "
                + type
                + " proposal for 2025-2029\n"
                + "next: fill in the lines and the stated figures, then run: payback check "
                + file
                + "\n");
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"investment", "innovation"})
  void writesTheSkeletonOfItsGoldenFile(String type) throws IOException {
    String actual = Files.readString(written(type), StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(type + ".yaml");
    if (GoldenTest.UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"investment", "innovation"})
  void theSkeletonLoadsAndEveryStatedFigureBalances(String type) throws IOException {
    LoadResult loaded = CaseLoader.load(List.of(written(type)));
    assertThat(loaded.errors()).isEmpty();
    Proposal p = loaded.cases().proposals().get(0);
    assertThat(p.title()).isEqualTo("Visitation: en ny model");
    assertThat(p.years()).containsExactly(2025, 2026, 2027, 2028, 2029);
    CheckReport report = Checker.check(Analysis.of(loaded.cases()), 0);
    assertThat(report.results()).isNotEmpty();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void theSchemaPathIsRelativeToTheFileInsideThisRepository() throws IOException {
    Path folder =
        Files.createDirectories(Path.of("target", "new-test", dir.getFileName().toString()));
    Path file = folder.resolve("XY01.yaml");
    try {
      assertThat(Cli.run("new", "XY01", "--years", "2025,2026", "-o", file.toString()).exitCode())
          .isZero();
      assertThat(Files.readString(file).lines().findFirst().orElseThrow())
          .isEqualTo(
              "# yaml-language-server: $schema=../../../src/main/resources/schema/case.schema.json");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aFolderThatIsNotThereYetIsMade() throws IOException {
    Path file = dir.resolve("mine/drafts/XY02.yaml");
    Cli.Result r = Cli.run("new", "XY02", "--years", "2025-2029", "-o", file.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(file)).contains("id: XY02");
  }

  @Test
  void anExistingFileIsNeverReplaced() throws IOException {
    Path file = Files.writeString(dir.resolve("XY01.yaml"), "mine\n");
    Cli.Result r = Cli.run("new", "XY01", "--years", "2025-2029", "-o", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            "payback: "
                + file
                + " exists already, and payback new never overwrites a file:"
                + " choose another ID, or another folder with -o\nTry 'payback new --help' for more information.\n");
    assertThat(Files.readString(file)).isEqualTo("mine\n");
  }

  @Test
  void theDefaultYearsAreTheFiveAfterThisOneAndAreNamed() throws IOException {
    int next = java.time.Year.now().getValue() + 1;
    Path file = dir.resolve("XY01.yaml");
    Cli.Result r = Cli.run("new", "XY01", "-o", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith(
            "wrote "
                + file
                + ": an investment proposal for "
                + next
                + "-"
                + (next + 4)
                + " (the 5 years after this one; --years to choose others)\n");
    assertThat(CaseLoader.load(List.of(file)).errors()).isEmpty();
  }

  @Test
  void usageErrorsSayWhatToWrite() {
    assertThat(usageError("new", "X-1", "--years", "2025-2029"))
        .isEqualTo(
            "payback: the ID 'X-1' is not like a proposal's: write letters, then digits, such as XY01");
    assertThat(usageError("new", "XY01", "--years", "2025-2020"))
        .isEqualTo(
            "payback: --years 2025-2020 is not a run of years: write 2025-2029 or 2025,2026,2027");
    assertThat(usageError("new", "XY01", "--years", "2025,2027"))
        .isEqualTo(
            "payback: --years 2025,2027 is not a run of years: write 2025-2029 or 2025,2026,2027");
    assertThat(usageError("new", "XY01", "--type", "investering"))
        .isEqualTo(
            "payback: --type investering is no type of proposal (did you mean investment?): write investment or innovation");
    assertThat(usageError("new", "XY01", "-o", dir.resolve("other.yaml").toString()))
        .isEqualTo(
            "payback: -o "
                + dir.resolve("other.yaml")
                + ": a case's file is named by its ID; write -o "
                + dir.resolve("XY01.yaml"));
    assertThat(
            usageError(
                "new",
                "XY01",
                "--title",
                "x".repeat(2_001),
                "-o",
                dir.resolve("XY01.yaml").toString()))
        .startsWith(
            "payback: --title: 'title' is 2001 characters long, more than the 2000 it may have");
    assertThat(dir.resolve("XY01.yaml")).doesNotExist();
  }

  private static String usageError(String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).endsWith("\nTry 'payback new --help' for more information.\n");
    return r.err().lines().findFirst().orElseThrow();
  }
}
