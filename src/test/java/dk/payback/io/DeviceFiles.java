package dk.payback.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Special files made in a test's own folder, so that a test never writes to the machine's devices:
 * a regression that replaced the file would replace only this copy. Skips where they cannot be
 * made.
 */
public final class DeviceFiles {

  private DeviceFiles() {}

  /**
   * A copy of /dev/full (character device 1, 7): every write fails with "No space left on device".
   */
  public static Path full(Path device) throws InterruptedException {
    run("mknod", device.toString(), "c", "1", "7");
    return device;
  }

  /** A named pipe; reading or writing it waits for the other end. */
  public static Path pipe(Path pipe) throws InterruptedException {
    run("mkfifo", pipe.toString());
    return pipe;
  }

  private static void run(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes()).strip();
      assumeTrue(p.waitFor() == 0, command[0] + " failed: " + said);
    } catch (IOException e) {
      assumeTrue(false, "no " + command[0] + " here (not POSIX): " + e);
    }
    Path made = Path.of(command[1]);
    assumeTrue(
        Files.exists(made) && !Files.isRegularFile(made), command[0] + " made no special file");
  }
}
