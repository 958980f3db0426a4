package dk.payback.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The width of the terminal that standard output is. Java has no call for it, so {@code stty size}
 * reads it from {@code /dev/tty}: a process costs tens of milliseconds, so it is started only when
 * there is a terminal, at once and beside the run's own work, and waited for at most a moment when
 * a table asks. Anything amiss (no {@code stty}, no terminal, Windows) gives no width: 100 columns.
 */
final class TerminalColumns {

  private static final long WAIT_MILLIS = 300;

  private TerminalColumns() {}

  /** Starts asking when standard output is a terminal; the answer, or empty. */
  static Supplier<OptionalInt> start() {
    if (!isTerminal() || System.getProperty("os.name", "").startsWith("Windows")) {
      return OptionalInt::empty;
    }
    CompletableFuture<OptionalInt> size = new CompletableFuture<>();
    Thread asking = new Thread(() -> size.complete(stty()), "terminal-columns");
    asking.setDaemon(true);
    asking.start();
    return () -> {
      try {
        return size.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return OptionalInt.empty();
      } catch (ExecutionException | TimeoutException e) {
        return OptionalInt.empty();
      }
    };
  }

  /**
   * Whether standard input and output are a terminal. Up to Java 21 a console exists only then;
   * from Java 22 one always does, and says whether it is a terminal.
   */
  private static boolean isTerminal() {
    var console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
  }

  private static OptionalInt stty() {
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(new File("/dev/tty"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String answer;
      try (InputStream in = p.getInputStream()) {
        answer = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
      }
      if (!p.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        p.destroy();
        return OptionalInt.empty();
      }
      // "rows columns"
      String[] parts = answer.strip().split(" +");
      return parts.length == 2 ? Screen.parse(parts[1]) : OptionalInt.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }
}
