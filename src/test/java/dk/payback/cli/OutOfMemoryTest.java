package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More cases than the heap holds end in one line that says what to do, exit 2, never a stack trace:
 * run in a JVM of its own with a heap far too small for the cases.
 */
class OutOfMemoryTest {

  @TempDir Path dir;

  @Test
  void casesTooManyForTheHeapAreOneLineAndExit2() throws IOException, InterruptedException {
    String real = Files.readString(Path.of("cases", "HA02.yaml"));
    for (int i = 1; i <= 3_000; i++) {
      String id = String.format("X%05d", i);
      Files.writeString(dir.resolve(id + ".yaml"), real.replace("id: HA02", "id: " + id));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx24m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "report",
                    "--format",
                    "json",
                    dir.toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isEqualTo(ExitCode.INVALID);
    assertThat(err)
        .startsWith("payback: out of memory: the cases need more than the ")
        .contains("give Java more with -Xmx")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(err.lines()).hasSize(1);
  }
}
