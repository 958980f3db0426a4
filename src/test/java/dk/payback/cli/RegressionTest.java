package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that once crashed payback or made it lie, minimised, in {@code
 * src/test/resources/regressions/}. Each file says in its leading comments why it is there and what
 * it must give:
 *
 * <pre>
 * # run: show --cases &lt;file&gt; XX01        (optional; the default is "summary &lt;file&gt;")
 * # exit: 2
 * # stderr: &lt;file&gt;:12:22: error: ...     (a whole line of standard error; any number of these)
 * # stdout: ...                         (a whole line of standard output; any number of these)
 * </pre>
 */
class RegressionTest {

  static final Path DIR = Path.of("src/test/resources/regressions");

  static Stream<Path> regressions() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressions")
  void givesWhatItsHeaderSays(Path file) throws IOException {
    String name = file.toString().replace('\\', '/');
    String run = "summary <file>";
    Integer exit = null;
    List<String> stderr = new ArrayList<>();
    List<String> stdout = new ArrayList<>();
    for (String line :
        Files.readString(file, StandardCharsets.UTF_8)
            .lines()
            .takeWhile(l -> l.startsWith("#"))
            .toList()) {
      String value = line.replaceFirst("^# *[a-z]+: ?", "").replace("<file>", name);
      if (line.startsWith("# run:")) {
        run = line.substring("# run:".length()).strip();
      } else if (line.startsWith("# exit:")) {
        exit = Integer.valueOf(value.strip());
      } else if (line.startsWith("# stderr:")) {
        stderr.add(value);
      } else if (line.startsWith("# stdout:")) {
        stdout.add(value);
      }
    }
    assertThat(exit).as("'# exit:' in %s", file).isNotNull();
    assertThat(stderr.size() + stdout.size())
        .as("'# stderr:' or '# stdout:' in %s", file)
        .isPositive();
    String[] args =
        Arrays.stream(run.split(" +")).map(a -> a.replace("<file>", name)).toArray(String[]::new);
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).isEqualTo(exit);
    assertThat(r.err().lines().toList()).containsAll(stderr);
    assertThat(r.out().lines().toList()).containsAll(stdout);
    assertThat(r.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
  }
}
