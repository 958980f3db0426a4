package dk.payback.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run stopped while it writes its temporary file: Ctrl-C (SIGINT) and kill (SIGTERM) let it
 * delete the file on the way out; SIGKILL does not, which is why the next write deletes what such a
 * run left (see AtomicFileTest). A real JVM, a real signal.
 */
class StoppedTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "SIG{0}")
  @CsvSource({"TERM, false", "INT, false", "KILL, true"})
  void aRunStoppedWhileWriting(String signal, boolean fileLeft) throws Exception {
    assumeTrue(
        !signal.equals("INT") || !ignoresInterrupt(),
        "SIGINT is ignored here, as for a shell's background job");
    Path temp = dir.resolve(".report.xlsx.0123456789ab.tmp");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                WritingUntilStopped.class.getName(),
                temp.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader said =
          new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
      assertThat(said.readLine()).isEqualTo("writing");
      assertThat(temp).exists();
      Process kill =
          new ProcessBuilder("kill", "-" + signal, String.valueOf(run.pid())).inheritIO().start();
      assertThat(kill.waitFor()).isZero();
      // The limit only guards against a hang; it is not what is tested.
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
      assertThat(Files.exists(temp)).as("temporary file left").isEqualTo(fileLeft);
    } finally {
      run.destroyForcibly();
    }
  }

  /**
   * A JVM started with SIGINT ignored keeps it ignored, and so does the child it starts (a test run
   * in a shell's background): Ctrl-C would not reach it at all. Linux says so in /proc.
   */
  private static boolean ignoresInterrupt() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return true;
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("SigIgn:"))
        .map(l -> new BigInteger(l.substring("SigIgn:".length()).strip(), 16))
        .anyMatch(mask -> mask.testBit(1)); // SIGINT is 2, bit 1
  }
}
