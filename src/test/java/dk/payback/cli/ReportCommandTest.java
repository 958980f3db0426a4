package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code payback report} does with files: targets, refusals and the format from a file name.
 */
class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void refusesToWriteOverAnInputCaseFile() throws IOException {
    Path cases = copyCases("HA02.yaml", "BU07.yaml");
    Path input = cases.resolve("HA02.yaml");
    byte[] before = Files.readAllBytes(input);
    Cli.Result r = Cli.run("report", "--format", "md", "-o", input.toString(), cases.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith("payback: -o " + input + " would be read as a case file next time");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(list(cases)).containsExactly(cases.resolve("BU07.yaml"), input);
  }

  @Test
  void refusesAnInputReachedByAnotherPathOrALink() throws IOException {
    Path cases = copyCases("HA02.yaml");
    Path input = cases.resolve("HA02.yaml");
    byte[] before = Files.readAllBytes(input);
    Path roundabout = cases.resolve("..").resolve(cases.getFileName()).resolve("HA02.yaml");
    assertThat(Cli.run("report", "-o", roundabout + ".md", input.toString()).exitCode()).isZero();
    Cli.Result viaPath =
        Cli.run("report", "--format", "md", "-o", roundabout.toString(), input.toString());
    assertThat(viaPath.exitCode()).isEqualTo(ExitCode.INVALID);
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), input);
    Cli.Result viaLink = Cli.run("report", "-o", link.toString(), cases.toString());
    assertThat(viaLink.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(viaLink.err()).contains("it is one of the input case files");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void theFormatFollowsTheFileNameAndReplacesAnOldReport() throws IOException {
    Path target = dir.resolve("Rapport.JSON");
    Files.writeString(target, "old");
    Cli.Result r = Cli.run("report", "-o", target.toString(), "cases");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .startsWith("{\n  \"report\": \"payback\",");
    assertThat(list(dir)).containsExactly(target);
  }

  @Test
  void anInputErrorWritesNoReport() throws IOException {
    Path cases = Files.createDirectory(dir.resolve("cases"));
    Files.writeString(cases.resolve("XX01.yaml"), "kind: proposal\nid: XX01\n");
    Path target = dir.resolve("report.md");
    Cli.Result r = Cli.run("report", "-o", target.toString(), cases.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("XX01.yaml").contains("nothing was computed");
    assertThat(Files.exists(target)).isFalse();
  }

  private Path copyCases(String... names) throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    for (String name : names) {
      Files.copy(Path.of("cases").resolve(name), cases.resolve(name));
    }
    return cases;
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}
