package dk.payback.cli;

import dk.payback.util.OneLine;
import java.io.PrintWriter;

/**
 * An error message on standard error: "payback: " and the message, on one line whatever the message
 * quotes. A path or an argument may hold a line break or an escape sequence, which printed raw
 * would split the message or move the cursor; OneLine shows them escaped.
 */
final class ErrorLine {

  private ErrorLine() {}

  static void print(PrintWriter err, String message) {
    err.println(OneLine.of("payback: " + message));
  }
}
