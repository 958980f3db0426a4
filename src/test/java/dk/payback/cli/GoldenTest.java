package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code src/test/resources/golden/cli/*.txt} holds a command line (which may
 * begin with {@code COLUMNS=N}, the width a terminal gives), and the exit code, standard output and
 * standard error it must give, run from the project root on the real cases. Regenerate with {@code
 * mvn test -Dgolden.update=true}, then read the diff as a reviewer would.
 */
class GoldenTest {

  static final Path DIR = Path.of("src/test/resources/golden/cli");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static final Pattern COMMAND_LINE =
      Pattern.compile("\\$ (?:COLUMNS=(\\S*) )?payback (.*)");

  static Stream<Path> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void matchesGoldenFile(Path file) throws IOException {
    check(file);
  }

  /** Runs the golden file's command line and compares, or rewrites the file when updating. */
  static void check(Path file) throws IOException {
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    String commandLine = expected.lines().findFirst().orElseThrow();
    // "$ COLUMNS=80 payback ...": the command run with that COLUMNS, as a shell would.
    Matcher m = COMMAND_LINE.matcher(commandLine);
    assertThat(m.matches()).as("first line of %s: %s", file, commandLine).isTrue();
    String[] args =
        Arrays.stream(m.group(2).trim().split(" +"))
            .filter(a -> !a.isEmpty())
            .toArray(String[]::new);
    Cli.Result r = Cli.run(new Screen(m.group(1), OptionalInt::empty), args);
    String actual =
        commandLine
            + "\n"
            + "exit "
            + r.exitCode()
            + "\n"
            + "--- stdout\n"
            + r.out()
            + "--- stderr\n"
            + r.err();
    if (UPDATE) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(expected);
  }
}
