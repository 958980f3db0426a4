package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line on a clock the test moves, drawn into a string. */
class ProgressLineTest {

  private static final long MS = 1_000_000L;

  private final AtomicLong clock = new AtomicLong(5_000 * MS);
  private final StringWriter screen = new StringWriter();
  private final AtomicInteger asked = new AtomicInteger();

  private ProgressLine line(boolean terminal) {
    return new ProgressLine(
        new PrintWriter(screen),
        clock::get,
        () -> {
          asked.incrementAndGet();
          return terminal;
        });
  }

  private void at(long ms, ProgressLine line, int read, int total) {
    clock.set(5_000 * MS + ms * MS);
    line.filesRead(read, total);
  }

  /** The screen after files read at the given times, one each, and the line closed. */
  private String afterReads(ProgressLine line, long... ms) {
    for (int i = 0; i < ms.length; i++) {
      at(ms[i], line, i + 1, ms.length);
    }
    line.close();
    return screen.toString();
  }

  @Test
  void aRunShorterThanASecondShowsNothingAndDoesNotAskAboutTheTerminal() {
    assertThat(afterReads(line(true), 0, 500, 999)).isEmpty();
    assertThat(asked).hasValue(0);
  }

  @Test
  void afterASecondTheLineIsDrawnAtMostTenTimesASecondAndWipedAtTheEnd() {
    ProgressLine line = line(true);
    at(200, line, 1, 1000);
    at(1000, line, 9, 1000);
    at(1050, line, 10, 1000);
    at(1099, line, 11, 1000);
    at(1100, line, 12, 1000);
    at(1300, line, 1000, 1000);
    line.close();
    assertThat(screen.toString())
        .isEqualTo(
            "\rread 9 of 1000 files"
                + "\rread 12 of 1000 files"
                + "\rread 1000 of 1000 files"
                + "\r"
                + " ".repeat("read 1000 of 1000 files".length())
                + "\r");
    assertThat(asked).hasValue(1);
  }

  @Test
  void aShorterLineCoversTheLongerOneBeforeIt() {
    ProgressLine line = line(true);
    at(1000, line, 100, 100);
    at(1200, line, 1, 9);
    assertThat(screen.toString()).isEqualTo("\rread 100 of 100 files\rread 1 of 9 files    ");
  }

  @Test
  void nothingIsDrawnWhenStandardErrorIsNotATerminal() {
    assertThat(afterReads(line(false), 1000, 2000, 9000)).isEmpty();
    assertThat(asked).hasValue(1);
  }

  @Test
  void closingTwiceWipesOnce() {
    ProgressLine line = line(true);
    at(1000, line, 1, 2);
    line.close();
    String once = screen.toString();
    line.close();
    assertThat(screen.toString()).isEqualTo(once).endsWith("\r");
  }
}
