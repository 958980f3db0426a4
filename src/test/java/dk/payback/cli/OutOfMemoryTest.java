package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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
    OwnJvm.copiesOfHa02(dir, 3_000);
    OwnJvm.Run run = OwnJvm.run("24m", "report", "--format", "json", dir.toString());
    String err = run.err();

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(err)
        .startsWith("payback: out of memory: the cases need more than the ")
        .contains("give Java more with -Xmx")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(err.lines()).hasSize(1);
  }
}
