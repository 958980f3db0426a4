package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.payback.io.DeviceFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the file system can throw at payback, through the command line: each gives one clear message
 * and exit 2 (or a clean run where nothing is wrong with the cases), in bounded time and memory.
 */
class FileFaultTest {

  @TempDir Path dir;

  private static final String HA02 = WeirdYamlTest.HA02;

  private static String name(Path p) {
    return p.toString().replace('\\', '/');
  }

  private Path caseFile(String fileName) throws IOException {
    return Files.writeString(dir.resolve(fileName), HA02, StandardCharsets.UTF_8);
  }

  private static void assertRefused(Cli.Result r, String line) {
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).contains(line);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static void symlinkOrSkip(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
  }

  @Test
  void aSymbolicLinkLoopIsReportedNotFollowedForEver() throws IOException {
    caseFile("HA02.yaml");
    Path loop = dir.resolve("sub");
    symlinkOrSkip(loop, dir);
    Cli.Result r = Cli.run("summary", dir.toString());
    assertRefused(
        r,
        name(loop)
            + ": error: symbolic link loop, not followed (remove the link that points back to a parent folder)");
  }

  @Test
  void aLinkToAMissingCaseFileIsReportedNotSkipped() throws IOException {
    caseFile("HA02.yaml");
    Path link = dir.resolve("BU07.yaml");
    symlinkOrSkip(link, dir.resolve("gone.yaml"));
    assertRefused(
        Cli.run("summary", dir.toString()),
        name(link)
            + ": error: symbolic link to a file that does not exist (mend or remove the link)");
    assertRefused(
        Cli.run("summary", link.toString()),
        name(link)
            + ": error: symbolic link to a file or folder that does not exist (mend or remove the link)");
  }

  /**
   * Reading a named pipe waits for a writer; payback must not. The timeout only guards against a
   * hang.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = DeviceFiles.pipe(dir.resolve("BU07.yaml"));
    caseFile("HA02.yaml");
    String expected = name(fifo) + ": error: not a regular file (a pipe, socket or device)";
    assertThat(Cli.run("summary", dir.toString()).err())
        .contains(expected + " (a case file is a plain text file; remove or rename this one)");
    Cli.Result direct = Cli.run("summary", fifo.toString());
    assertThat(direct.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(direct.err()).startsWith(expected);
  }

  /**
   * Running as root, a file without read permission is read all the same, so a real read failure
   * needs a file the kernel refuses to read: /proc/self/mem fails with an I/O error at offset 0.
   */
  @Test
  void aFileThatFailsToReadIsNamedWithTheReason() {
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(mem), "Linux only");
    assertRefused(
        Cli.run("summary", mem.toString()),
        "/proc/self/mem: error: cannot read file: Input/output error (check that it exists and is readable)");
  }

  @Test
  void aFolderNamedLikeACaseFileIsPassedOverInAFolderAndRefusedOnItsOwn() throws IOException {
    caseFile("HA02.yaml");
    Path folder = Files.createDirectory(dir.resolve("BU07.yaml"));
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("HA02");
    assertRefused(
        Cli.run("summary", folder.toString()),
        name(folder)
            + ": error: folder holds no case files (*.yaml, *.yml) (point at the folder with the cases, such as cases/)");
  }

  @Test
  void aFolderWithNoCases() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a case");
    Cli.Result r = Cli.run("summary", dir.toString());
    assertRefused(
        r,
        name(dir)
            + ": error: folder holds no case files (*.yaml, *.yml) (point at the folder with the cases, such as cases/)");
    // A folder is no file: the count says so.
    assertThat(r.err()).endsWith("\n1 error; nothing was computed\n");
  }

  @Test
  void aPathThatDoesNotExistIsNamedAsTyped() {
    assertRefused(
        Cli.run("summary", "findes-ikke"),
        "findes-ikke: error: no such file or folder (give a case file or a folder of cases, such as cases/)");
    // "findes-ikke/../cases" does not exist either; it must not be shown as "cases", which does.
    assertRefused(
        Cli.run("show", "--cases", "findes-ikke/../cases", "HA02"),
        "findes-ikke/../cases: error: no such file or folder (give a case file or a folder of cases, such as cases/)");
  }

  @Test
  void aFileOf50MbIsRefusedByItsSize() throws IOException {
    Path big = dir.resolve("HA02.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L << 20); // sparse: takes no time and no disk
    }
    assertRefused(
        Cli.run("summary", dir.toString()),
        name(big)
            + ": error: file is 52428800 bytes, more than the 1048576 a case file may have (a case file holds one proposal; move other data out of the cases folder)");
  }

  @Test
  void aCopyOfACaseFileGetsARowOfItsOwnAndCheckReportsTheId() throws IOException {
    caseFile("HA02-kopi.yaml");
    caseFile("HA02.yaml");
    Cli.Result summary = Cli.run("summary", dir.toString());
    assertThat(summary.exitCode()).isZero();
    // Both rows are shown, so the total (2 x 3.985) is the sum of the rows, never more than they
    // show.
    assertThat(summary.out().lines().filter(l -> l.contains("HA02 Samlokalisering"))).hasSize(2);
    assertThat(summary.out()).containsPattern("I ALT \\(investeringsforslag\\) +7\\.970 ");
    Cli.Result check = Cli.run("check", dir.toString());
    assertThat(check.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(check.out()).contains("id HA02 er ikke entydigt: også i ");
  }
}
