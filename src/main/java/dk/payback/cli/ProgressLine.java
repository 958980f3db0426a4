package dk.payback.cli;

import dk.payback.load.Progress;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A line on standard error that tells how many case files a long run has read: drawn over itself
 * with a carriage return once the run has taken a second, at most ten times a second, and wiped
 * when reading ends, before anything else is printed. It is drawn only on a terminal, so that a log
 * or a file that standard error goes to never holds it; whether it is one is asked only once a run
 * has taken a second, so that a short run does not pay for the question.
 */
final class ProgressLine implements Progress, AutoCloseable {

  /** How long a run goes before it shows the line. */
  static final long DELAY_NANOS = 1_000_000_000L;

  /** How long the line stays before it is drawn again. */
  static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final BooleanSupplier terminal;
  private final long start;

  /** Null until the first draw is due, then whether standard error is a terminal. */
  private Boolean shown;

  private long drawn;

  /** The length of the line on the screen, 0 when there is none. */
  private int width;

  ProgressLine(PrintWriter err, LongSupplier clock, BooleanSupplier terminal) {
    this.err = err;
    this.clock = clock;
    this.terminal = terminal;
    this.start = clock.getAsLong();
  }

  /** The line for a run's standard error, on the system's clock. */
  static ProgressLine on(PrintWriter err) {
    return new ProgressLine(err, System::nanoTime, StandardError::isTerminal);
  }

  @Override
  public synchronized void filesRead(int read, int total) {
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS || (width > 0 && now - drawn < INTERVAL_NANOS)) {
      return;
    }
    if (shown == null) {
      shown = terminal.getAsBoolean();
    }
    if (!shown) {
      return;
    }
    drawn = now;
    String text = "read " + read + " of " + total + " files";
    err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
    err.flush();
    width = Math.max(width, text.length());
  }

  /** Wipes the line, if one was drawn, and leaves the cursor where it began. */
  @Override
  public synchronized void close() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
