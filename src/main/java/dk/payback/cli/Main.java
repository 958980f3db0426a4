package dk.payback.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/** The only place that touches the process: standard streams and the exit code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new StandardStream(new FileOutputStream(FileDescriptor.out), false);
    PrintWriter err = new StandardStream(new FileOutputStream(FileDescriptor.err), true);
    // A worker that runs out of memory is replaced, and the run says so once, in one line (run).
    Thread.UncaughtExceptionHandler standard = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (!(e instanceof OutOfMemoryError)) {
            if (standard != null) {
              standard.uncaughtException(thread, e);
            } else {
              thread.getThreadGroup().uncaughtException(thread, e);
            }
          }
        });
    System.exit(run(Screen.ofProcess(), out, err, args));
  }

  /**
   * Runs one command line; tests call this instead of {@link #main}. Output that could not be
   * written (a full disk behind {@code > file}, a closed stream) is never success: exit 2, and a
   * line on standard error while that still works. A reader that stopped early ({@code | head}) is
   * no failure: the exit code is the command's own. Tables are fitted to 100 columns, as for a
   * pipe.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Screen.PIPE, out, err, args);
  }

  /** Runs one command line with its text fitted to {@code screen}. */
  static int run(Screen screen, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = PaybackCommand.commandLine(screen, out, err, args);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // More cases than the heap holds: no stack trace, but what to do about it.
      ErrorLine.print(
          err,
          "out of memory: the cases need more than the "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB of heap this run was given: give Java more with -Xmx, such as java -Xmx2g -jar"
              + " target/payback.jar (through src/bin/payback: PAYBACK_JAVA_OPTS=-Xmx2g)");
      code = ExitCode.INVALID;
    } finally {
      out.flush();
      err.flush();
    }
    // checkError flushes first, so a failure in the last, buffered write counts too.
    if (out.checkError() && !readerLeft(out)) {
      ErrorLine.print(
          err,
          "cannot write to standard output: "
              + failure(out).map(Main::message).orElse("write failed"));
      err.flush();
      return Math.max(code, ExitCode.INVALID);
    }
    // An internal error (3) stays one.
    return err.checkError() ? Math.max(code, ExitCode.INVALID) : code;
  }

  private static boolean readerLeft(PrintWriter stream) {
    return failure(stream).filter(ClosedPipe::is).isPresent();
  }

  private static Optional<IOException> failure(PrintWriter stream) {
    return stream instanceof StandardStream s ? s.failure() : Optional.empty();
  }

  private static String message(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
