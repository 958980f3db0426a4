package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether standard error is a terminal, from a stand-in for /proc/self/fd/2. */
class StandardErrorTest {

  @TempDir Path dir;

  /** Asks with file descriptor 2 open on {@code target}; the link is gone again afterwards. */
  private boolean terminalOn(String setting, String target) throws IOException {
    Path descriptor = Files.createSymbolicLink(dir.resolve("2"), Path.of(target));
    try {
      return StandardError.isTerminal(setting, descriptor);
    } finally {
      Files.delete(descriptor);
    }
  }

  @Test
  void aPseudoTerminalOrATtyIsATerminal() throws IOException {
    assertThat(terminalOn(null, "/dev/pts/3")).isTrue();
    assertThat(terminalOn(null, "/dev/tty1")).isTrue();
  }

  @Test
  void aFileAPipeOrDevNullIsNot() throws IOException {
    assertThat(terminalOn(null, "/tmp/run.log")).isFalse();
    assertThat(terminalOn(null, "pipe:[12345]")).isFalse();
    assertThat(terminalOn("", "/dev/null")).isFalse();
  }

  @Test
  void theSettingDecidesFirst() throws IOException {
    assertThat(terminalOn("always", "/tmp/run.log")).isTrue();
    assertThat(terminalOn("never", "/dev/pts/0")).isFalse();
  }

  @Test
  void theTestsOwnStandardErrorIsNotATerminal() {
    // Surefire's forked JVM writes standard error into a pipe: where /proc is, it is asked; where
    // it is not, the console, which the fork does not have.
    assertThat(StandardError.isTerminal(null, Path.of("/proc/self/fd/2"))).isFalse();
  }
}
