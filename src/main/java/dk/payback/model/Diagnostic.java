package dk.payback.model;

import dk.payback.util.OneLine;

/** An input error: where, what is wrong, and how to mend it. */
public record Diagnostic(Location location, String message, String hint) {

  public Diagnostic {
    if (hint != null && hint.isBlank()) {
      hint = null;
    }
  }

  /**
   * Compiler style, one line: {@code cases/HA02.yaml:12:5: error: ... (hint)}. Messages quote the
   * file's text, which may hold line breaks or control characters; they are shown as escapes.
   */
  public String format() {
    return OneLine.of(location + ": error: " + message + (hint == null ? "" : " (" + hint + ")"));
  }
}
