package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payback diff --base REV}: the old version read from a git revision of a repository made
 * here, the revised cases of {@link DiffGoldenTest} committed over the real ones. Skipped where
 * there is no git.
 */
class DiffBaseTest {

  @TempDir Path repo;

  @BeforeEach
  void repository() throws Exception {
    assumeTrue(gitWorks(), "git is not installed");
    Path cases = repo.resolve("cases");
    DiffGoldenTest.revise(Path.of("cases"), repo.resolve("revised"));
    Files.createDirectories(cases);
    try (var files = Files.list(Path.of("cases"))) {
      for (Path f : files.toList()) {
        Files.copy(f, cases.resolve(f.getFileName()));
      }
    }
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "the source's cases");
    // The work tree now holds the revision, uncommitted; the revised folder is gone.
    try (var files = Files.walk(cases)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.move(repo.resolve("revised"), cases);
  }

  @Test
  void theOldSideIsTheRevisionAndTheWorkTreeIsUntouched() throws Exception {
    String status = git("status", "--porcelain");
    Cli.Result fromGit = Cli.run("diff", "--base", "main", repo.resolve("cases").toString());
    assertThat(fromGit.err()).isEmpty();
    assertThat(fromGit.exitCode()).isEqualTo(0);
    assertThat(fromGit.out())
        .contains("Før: main:" + repo.resolve("cases"))
        .contains("ændret: 4, nye: 1, trukket tilbage: 1, uændrede: 14")
        .contains("Løst afvigelse: main:cases/BU02.yaml:37:18");
    assertThat(git("status", "--porcelain")).as("the work tree and index").isEqualTo(status);
  }

  @Test
  void theSameAsComparingTwoFolders() throws Exception {
    Path old = Files.createDirectories(repo.resolve("old"));
    try (var files = Files.list(Path.of("cases"))) {
      for (Path f : files.toList()) {
        Files.copy(f, old.resolve(f.getFileName()));
      }
    }
    Cli.Result fromGit =
        Cli.run("diff", "--base", "main", "--format", "json", repo.resolve("cases").toString());
    Cli.Result fromFolders =
        Cli.run("diff", "--format", "json", old.toString(), repo.resolve("cases").toString());
    // The same figures: only the names of the old side's files differ.
    assertThat(
            fromGit
                .out()
                .replace("main:cases/", "OLD/")
                .replace("main:" + repo.resolve("cases"), "OLD"))
        .isEqualTo(fromFolders.out().replace(old + "/", "OLD/").replace(old.toString(), "OLD"));
  }

  @Test
  void anUnknownRevisionIsAUsageError() {
    Cli.Result r = Cli.run("diff", "--base", "no-such-branch", repo.resolve("cases").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst().orElseThrow())
        .startsWith("payback: unknown revision 'no-such-branch' in ");
  }

  @Test
  void aPathOutsideARepositoryIsAUsageError(@TempDir Path elsewhere) throws IOException {
    Files.writeString(elsewhere.resolve("x.yaml"), "kind: proposal\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("diff", "--base", "main", elsewhere.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow())
        .isEqualTo(
            "payback: '"
                + elsewhere.toString().replace('\\', '/')
                + "' is not in a git repository: --base reads the old version from one");
  }

  @Test
  void anOptionForARevisionIsRefused() {
    // git would read it as an option of its own.
    Cli.Result r = Cli.run("diff", "--base", "-", repo.resolve("cases").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("payback: '-' is not a revision");
  }

  private static boolean gitWorks() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of("-c", "user.name=Test", "-c", "user.email=test@example.invalid"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isEqualTo(0);
    return out;
  }
}
