package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Output that never arrived is not success: {@code payback summary > /dev/full}, or with standard
 * output closed, exits 2 and says why on standard error, though the command itself went well.
 */
class LostOutputTest {

  /** Takes {@code room} bytes, then fails every write as a full disk does. */
  private static final class Disk extends OutputStream {
    private final ByteArrayOutputStream taken = new ByteArrayOutputStream();
    private final int room;
    private final String failure;

    Disk(int room, String failure) {
      this.room = room;
      this.failure = failure;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (taken.size() + len > room) {
        throw new IOException(failure);
      }
      taken.write(b, off, len);
    }
  }

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintWriter err = new StandardStream(errBytes, true);

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  /** Main.run with standard output going to {@code out}; the exit code. */
  private int run(OutputStream out, String... args) {
    return Main.run(new StandardStream(out, false), err, args);
  }

  /** Exit 2, and the one line that says why. */
  private void assertLost(int code, String reason) {
    assertThat(code).isEqualTo(ExitCode.INVALID);
    assertThat(err()).isEqualTo("payback: cannot write to standard output: " + reason + "\n");
  }

  @Test
  void aFullDiskBehindStandardOutputIsExit2WithTheReason() {
    int code = run(new Disk(0, "No space left on device"), "summary", "cases");
    assertLost(code, "No space left on device");
  }

  /** The report is larger than the writer's buffer: the disk fills in the middle of it. */
  @Test
  void aDiskThatFillsHalfWayIsExit2Too() {
    Disk disk = new Disk(20_000, "No space left on device");
    int code = run(disk, "report", "--format", "md", "cases");
    assertLost(code, "No space left on device");
    assertThat(disk.taken.size()).isPositive().isLessThanOrEqualTo(20_000);
    assertThat(
            Cli.run("report", "--format", "md", "cases")
                .out()
                .getBytes(StandardCharsets.UTF_8)
                .length)
        .isGreaterThan(20_000);
  }

  /**
   * JSON is encoded by its own generator straight into standard output's bytes: a disk that fills
   * in the middle of it is the same exit 2, with nothing written past the failure.
   */
  @Test
  void aDiskThatFillsHalfWayThroughJsonIsExit2Too() {
    Disk disk = new Disk(100_000, "No space left on device");
    int code = run(disk, "report", "--format", "json", "cases");
    assertLost(code, "No space left on device");
    String whole = Cli.run("report", "--format", "json", "cases").out();
    assertThat(whole.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(100_000);
    assertThat(disk.taken.size()).isPositive().isLessThanOrEqualTo(100_000);
    assertThat(whole.getBytes(StandardCharsets.UTF_8)).startsWith(disk.taken.toByteArray());
  }

  @Test
  void aClosedStandardOutputIsExit2() {
    int code = run(new Disk(0, "Bad file descriptor"), "report", "--format", "md", "cases");
    assertLost(code, "Bad file descriptor");
  }

  /** Findings (exit 1) that nobody could read are lost output all the same. */
  @Test
  void lostOutputWinsOverFindings() {
    assertThat(Cli.run("check", "cases").exitCode()).isEqualTo(ExitCode.FINDINGS);
    int code = run(new Disk(0, "Input/output error"), "check", "cases");
    assertLost(code, "Input/output error");
  }

  /**
   * {@code payback report --format json | head -c 1}: the reader had what it wanted and went away.
   * Not a fault, as for cat or grep: nothing said, the command's own exit code.
   */
  @Test
  void aReaderThatStopsEarlyIsNoFault() {
    int code = run(new Disk(0, "Broken pipe"), "report", "--format", "json", "cases");
    assertThat(err()).isEmpty();
    assertThat(code).isEqualTo(ExitCode.OK);
  }

  /**
   * ... and check's findings stay exit 1, as the exit code says what the check found, read or not.
   */
  @Test
  void aReaderThatStopsEarlyKeepsTheFindingsExitCode() {
    int code = run(new Disk(0, "Broken pipe"), "check", "cases");
    assertThat(err()).isEmpty();
    assertThat(code).isEqualTo(ExitCode.FINDINGS);
  }

  /** Bad input is still exit 2, and still said, when the reader of standard output left. */
  @Test
  void aReaderThatStopsEarlyHidesNoInputError() {
    int code = run(new Disk(0, "Broken pipe"), "summary", "findes-ikke");
    assertThat(code).isEqualTo(ExitCode.INVALID);
    assertThat(err()).startsWith("findes-ikke: error: no such file or folder");
  }

  /**
   * Any PrintWriter will do for Main.run; one that cannot say why still gives exit 2 and a message.
   */
  @Test
  void aPlainPrintWriterOverAFailingStream() {
    StringWriter text = new StringWriter();
    int code =
        Main.run(new PrintWriter(new Disk(0, "gone")), new PrintWriter(text), "summary", "cases");
    assertThat(code).isEqualTo(ExitCode.INVALID);
    assertThat(text).hasToString("payback: cannot write to standard output: write failed\n");
  }

  /**
   * The same stream that works: what it was given arrives in UTF-8, and the exit code is the
   * command's.
   */
  @Test
  void aWorkingStreamChangesNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = run(bytes, "summary", "cases");
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(err()).isEmpty();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(Cli.run("summary", "cases").out())
        .contains("æ");
  }
}
