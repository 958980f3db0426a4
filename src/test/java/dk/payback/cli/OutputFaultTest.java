package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dk.payback.io.DeviceFiles;
import dk.payback.model.PaybackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where {@code -o} cannot be written, {@code check} and {@code report} alike: one line saying why,
 * exit 2, nothing on standard output, whatever was at the target as it was, and no temporary file
 * left. Tests run as root, for whom permissions stop nothing, so the places that refuse are ones
 * that refuse root too.
 */
class OutputFaultTest {

  @TempDir Path dir;

  /** The command writing the JSON report of the two cases to {@code target}. */
  private Cli.Result write(String command, Path target) throws IOException {
    return write(command, target.toString());
  }

  /** The same with {@code -o} as typed, which a Path would not keep: "out/". */
  private Cli.Result write(String command, String target) throws IOException {
    return Cli.run(command, "--format", "json", "-o", target, cases().toString());
  }

  private Path cases() throws IOException {
    Path cases = dir.resolve("cases");
    if (!Files.isDirectory(cases)) {
      Files.createDirectory(cases);
      for (String name : List.of("HA02.yaml", "BU07.yaml")) {
        Files.copy(Path.of("cases").resolve(name), cases.resolve(name));
      }
    }
    return cases;
  }

  private static void assertRefused(Cli.Result r, String message) {
    assertThat(r.err()).isEqualTo(message + "\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
  }

  private List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void aFolderThatDoesNotExist(String command) throws IOException {
    Path target = dir.resolve("missing").resolve("report.json");
    assertRefused(
        write(command, target),
        "payback: cannot write "
            + target
            + ": no such folder "
            + target.getParent()
            + "; create it first");
    assertThat(list(dir)).containsExactly(dir.resolve("cases"));
  }

  /**
   * /proc takes no new file, not even from root; /proc/version stands in for an old report there.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void aPlaceWhereNoFileCanBeCreated(String command) throws IOException {
    Path target = Path.of("/proc/version");
    assumeTrue(Files.isRegularFile(target), "Linux only");
    byte[] before = Files.readAllBytes(target);
    assertRefused(
        write(command, target),
        "payback: cannot write /proc/version: the folder /proc does not take new files; choose a folder you can write to");
    assertThat(Files.readAllBytes(target)).isEqualTo(before);
  }

  /**
   * A copy of /dev/full at the target: the kernel's own "No space left on device" on every write.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void aFullDisk(String command) throws Exception {
    Path target = DeviceFiles.full(dir.resolve("report.json"));
    assertRefused(
        write(command, target), "payback: cannot write " + target + ": No space left on device");
    assertThat(Files.isRegularFile(target)).as("still the device").isFalse();
    assertThat(list(dir)).containsExactly(dir.resolve("cases"), target);
  }

  /**
   * {@code -o /dev/stdout} into {@code | head -c 1}, or a named pipe whose reader had enough: no
   * fault, as on standard output; the exit code is the command's own. Both reports are larger than
   * a pipe holds, so the reader leaves while payback is still writing.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"report, json, 0", "check, json --verbose, 1"})
  void aPipeWhoseReaderStopsEarly(String command, String format, int exitCode) throws Exception {
    Path pipe = DeviceFiles.pipe(dir.resolve("report.json"));
    CompletableFuture<Integer> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(pipe)) {
                return in.read();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    List<String> args = new ArrayList<>(List.of(command, "--format"));
    args.addAll(List.of(format.split(" ")));
    args.addAll(List.of("-o", pipe.toString(), "cases"));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo((int) '{');
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(exitCode);
    assertThat(Files.isRegularFile(pipe)).as("still the pipe").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void anInputFileReachedByALink(String command) throws IOException {
    Path input = cases().resolve("HA02.yaml");
    byte[] before = Files.readAllBytes(input);
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), input);
    assertRefused(write(command, link), overInput(link));
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(list(dir)).containsExactly(dir.resolve("cases"), link);
  }

  /** A case file given by name may have any extension, so the name alone cannot tell an input. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void anInputFileGivenByName(String command) throws IOException {
    assertNotWrittenOverItself(
        Files.copy(Path.of("cases/HA02.yaml"), dir.resolve("HA02.txt")),
        command,
        "--format",
        "json");
  }

  /** check writes a report of invalid input too; not over the file that was invalid. */
  @Test
  void anInputFileThatFailedToLoad() throws IOException {
    Path input =
        Files.copy(Path.of(CheckCommandTest.DIR + "invalid/XX01.yaml"), dir.resolve("XX01.txt"));
    assertNotWrittenOverItself(input, "check", "--format", "junit");
  }

  /** The command with {@code -o INPUT INPUT} is refused, and the input is as it was. */
  private static void assertNotWrittenOverItself(Path input, String... command) throws IOException {
    byte[] before = Files.readAllBytes(input);
    String[] args =
        Stream.concat(Stream.of(command), Stream.of("-o", input.toString(), input.toString()))
            .toArray(String[]::new);
    assertRefused(Cli.run(args), overInput(input));
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  private static String overInput(Path target) {
    return "payback: will not write the report to "
        + target
        + ": it is one of the input case files; choose another file";
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void aFolder(String command) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report.json"));
    assertRefused(
        write(command, folder),
        "payback: cannot write "
            + folder
            + ": that names a folder, not a file; give a file name, such as -o "
            + folder
            + "/"
            + command
            + ".json");
    assertThat(list(folder)).isEmpty();
  }

  /** "-o /" once said "no such folder null". */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void theRootFolder(String command) throws IOException {
    assertRefused(
        write(command, "/"),
        "payback: cannot write /: that names a folder, not a file; give a file name, such as -o /"
            + command
            + ".json");
  }

  /**
   * A name ending in a separator is a folder, whether or not it exists: "-o out/" was once written
   * as a file named out, as a Path drops the separator.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  void aNameEndingInASeparator(String command) throws IOException {
    Path out = dir.resolve("out");
    assertRefused(
        write(command, out + "/"),
        "payback: cannot write "
            + out
            + "/: that names a folder, not a file; give a file name, such as -o "
            + out
            + "/"
            + command
            + ".json");
    assertThat(list(dir)).containsExactly(dir.resolve("cases"));
  }

  /**
   * Without --format the report's format follows the name, which a folder does not have: the
   * message is still about the folder, not about a missing --format.
   */
  @Test
  void aFolderWithoutAFormat() {
    Cli.Result r = Cli.run("report", "-o", dir + "/", "cases");
    assertRefused(
        r,
        "payback: cannot write "
            + dir
            + "/: that names a folder, not a file; give a file name, such as -o "
            + dir
            + "/report.md");
  }

  /** Names with what a message must not print raw, and how it shows them. */
  static Stream<Arguments> namesWithControlCharacters() {
    return Stream.of(
        Arguments.of("a\nb", "a\\nb"),
        Arguments.of("\u001b[31mred\u0007", "\\u001B[31mred\\u0007"),
        Arguments.of("del\u007f c1\u009b", "del\\u007F c1\\u009B"),
        Arguments.of("\u202egnp.exe \u2066x\u2069", "\\u202Egnp.exe \\u2066x\\u2069"));
  }

  /**
   * A path holding a line break, an escape sequence, a bell, DEL, a C1 control or a direction
   * override is echoed on one line, each shown escaped, in every message that names it.
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("namesWithControlCharacters")
  void aPathWithControlCharactersIsShownOnOneLine(String name, String escaped) throws IOException {
    Path missing = dir.resolve(name).resolve("report.json");
    assertRefused(
        write("report", missing),
        "payback: cannot write "
            + dir
            + "/"
            + escaped
            + "/report.json: no such folder "
            + dir
            + "/"
            + escaped
            + "; create it first");
    Path link = Files.createSymbolicLink(dir.resolve(name + ".json"), cases().resolve("HA02.yaml"));
    assertRefused(
        write("check", link),
        "payback: will not write the report to "
            + dir
            + "/"
            + escaped
            + ".json: it is one of the input case files; choose another file");
    Path folder = Files.createDirectory(dir.resolve(name));
    assertRefused(
        write("report", folder + "/"),
        "payback: cannot write "
            + dir
            + "/"
            + escaped
            + "/: that names a folder, not a file; give a file name, such as -o "
            + dir
            + "/"
            + escaped
            + "/report.json");
  }

  /**
   * A full disk with an old report on it: 64 KiB in memory, and a report of 100 KiB. Through the
   * code both commands write with, so the message is the one a user would see.
   */
  @Test
  void aFullDiskKeepsTheOldReportAndSaysWhy() throws IOException {
    Configuration small =
        Configuration.unix().toBuilder().setBlockSize(4096).setMaxSize(64 * 1024).build();
    try (FileSystem fs = Jimfs.newFileSystem(small)) {
      Path target = Files.createDirectory(fs.getPath("/rapporter")).resolve("report.json");
      Files.writeString(target, "{\"old\": true}\n");
      byte[] report = "x".repeat(100 * 1024).getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> OutputFile.write(target, out -> out.write(report)))
          .isInstanceOf(PaybackException.class)
          .hasMessage("cannot write /rapporter/report.json: out of disk space");
      assertThat(Files.readString(target)).isEqualTo("{\"old\": true}\n");
      assertThat(list(target.getParent())).containsExactly(target);
    }
  }
}
