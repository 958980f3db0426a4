package dk.payback.load;

import dk.payback.model.Location;

/** An input error: where, what is wrong, and how to mend it. */
public record Diagnostic(Location location, String message, String hint) {

  public Diagnostic {
    if (hint != null && hint.isBlank()) {
      hint = null;
    }
  }

  /** Compiler style, one line: {@code cases/HA02.yaml:12:5: error: ... (hint: ...)}. */
  public String format() {
    return location + ": error: " + message + (hint == null ? "" : " (" + hint + ")");
  }
}
