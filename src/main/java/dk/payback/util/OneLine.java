package dk.payback.util;

/**
 * Makes text that came from a file or a command line safe to print inside a one-line message or a
 * terminal table's cell: line breaks (including YAML's NEL and Unicode line separators), tabs and
 * other control characters (C0, DEL, C1) and the marks and overrides that reorder bidirectional
 * text are shown as escapes, so that a text stays one line and cannot move the cursor, set the
 * terminal's title, or make itself read as something else.
 */
public final class OneLine {

  private OneLine() {}

  public static String of(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = escape(c);
      if (escape != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> hidden(c) ? visible(c) : null;
    };
  }

  /**
   * Whether a character does something other than show itself: a control character, a line or
   * paragraph separator, or a mark that changes the direction of the text around it.
   */
  public static boolean hidden(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** The character as an escape that shows it: a backslash, 'u' and its four hex digits. */
  public static String visible(char c) {
    return String.format("\\u%04X", (int) c);
  }
}
