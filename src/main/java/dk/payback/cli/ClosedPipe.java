package dk.payback.cli;

import java.io.IOException;
import java.util.List;

/**
 * A reader that went away before the end ({@code payback report | head}) is no fault of payback's
 * or of the input: like cat and grep, payback then says nothing and exits as the command would
 * have.
 */
final class ClosedPipe {

  /**
   * The JVM ignores SIGPIPE, so the reader's going shows only as the failed write's message: EPIPE
   * on Linux and macOS, ERROR_NO_DATA and ERROR_BROKEN_PIPE on Windows.
   */
  private static final List<String> MESSAGES =
      List.of("Broken pipe", "The pipe is being closed", "The pipe has been ended");

  private ClosedPipe() {}

  static boolean is(IOException e) {
    String message = e.getMessage();
    return message != null && MESSAGES.stream().anyMatch(message::contains);
  }
}
