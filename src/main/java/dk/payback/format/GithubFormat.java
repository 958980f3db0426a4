package dk.payback.format;

import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;

/**
 * GitHub Actions workflow commands: an {@code ::error} annotation per finding, so that a pull
 * request shows each on its line; verbose adds a {@code ::notice} per figure within the tolerance
 * and a plain log line per check that passed; then the count line. Only the findings have a layout
 * here.
 *
 * <p>The runner reads every line of the log for commands, so every line printed goes through {@link
 * #data}, {@link #property} or {@link #plain}: none can break a line or start a command of its own.
 */
public final class GithubFormat implements Format.Text {

  public GithubFormat() {}

  @Override
  public String text(Document document) {
    return FindingsOnly.text(document, "github", GithubFormat::findings);
  }

  private static String findings(FindingsView view) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : view.errors()) {
      sb.append(
          command(
              "error",
              d.location(),
              "invalid input",
              d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")")));
    }
    for (FindingsView.Item item : view.items()) {
      switch (item.result().status()) {
        case FINDING ->
            sb.append(
                command("error", item.result().location(), item.result().title(), item.message()));
        case WITHIN_TOLERANCE -> {
          if (view.verbose()) {
            sb.append(
                command(
                    "notice",
                    item.result().location(),
                    item.result().title() + " (within tolerance)",
                    item.message()));
          }
        }
        case PASS -> {
          if (view.verbose()) {
            sb.append(plain(item.line())).append('\n');
          }
        }
      }
    }
    for (FindingsView.Notice n : view.warnings()) {
      var w = n.warning();
      sb.append(
          command(
              view.strict() ? "error" : "warning",
              w.location(),
              w.subject() + " " + w.kind().key(),
              n.message()));
    }
    sb.append(plain(view.count())).append('\n');
    return sb.toString();
  }

  static String command(String level, Location at, String title, String message) {
    return "::"
        + level
        + " file="
        + property(at.file())
        + ",line="
        + at.line()
        + ",col="
        + at.column()
        + ",title="
        + property(title)
        + "::"
        + data(message)
        + "\n";
  }

  /**
   * A message: GitHub reads %, CR and LF as escapes and line ends, so they are escaped ('%' first,
   * or the escapes themselves would be escaped again). The runner also takes "##[" anywhere in a
   * line for a command of the older syntax. Other control characters, Unicode's line and paragraph
   * separators and the bidirectional overrides, which could hide or reorder what a reviewer reads,
   * become U+FFFD.
   */
  static String data(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '%' -> sb.append("%25");
        case '\r' -> sb.append("%0D");
        case '\n' -> sb.append("%0A");
        default -> sb.append(c != '\t' && hidden(c) ? '\uFFFD' : c);
      }
    }
    return sb.toString().replace("##[", "##%5B");
  }

  private static boolean hidden(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** A property value: as a message, and ':' and ',' would end the property. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * A line printed as it is, the runner's log showing it as written: escaped as a message, and a
   * "::" at its start (after any blanks, which the runner skips), from a file name, say, escaped
   * too, so that it cannot be read as a command.
   */
  static String plain(String line) {
    String s = data(line);
    int lead = 0;
    // Java's strip keeps a no-break space, which .NET's trim skips.
    while (lead < s.length()
        && (Character.isWhitespace(s.charAt(lead)) || Character.isSpaceChar(s.charAt(lead)))) {
      lead++;
    }
    return s.startsWith("::", lead) ? s.substring(0, lead) + "%3A%3A" + s.substring(lead + 2) : s;
  }
}
