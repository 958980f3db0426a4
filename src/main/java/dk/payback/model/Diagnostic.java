package dk.payback.model;

import dk.payback.util.OneLine;
import java.util.List;

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

  /**
   * How many errors point into a file. An error about a path as a whole (an empty folder, a path
   * that does not exist) is in no file: counted as an error, not as a file.
   */
  public static long inFiles(List<Diagnostic> errors) {
    return errors.stream().filter(d -> d.location().hasPlace()).count();
  }

  /** How many files the errors point into. */
  public static long files(List<Diagnostic> errors) {
    return errors.stream()
        .filter(d -> d.location().hasPlace())
        .map(d -> d.location().file())
        .distinct()
        .count();
  }
}
