package dk.payback.load;

import dk.payback.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Plain words for the YAML errors in amounts and lists written in brackets, as {@code amounts: {
 * 2026: -400, 2027: -800 }} and {@code years: [2025, 2026]}: SnakeYAML's "expected ',' or '}', but
 * got :" says neither that a ',' is missing nor where, nor that a bracket was never closed. Each
 * hint is placed where the mend goes: after the value that lacks its ',', at the bracket never
 * closed.
 */
final class FlowHints {

  /** A hint and the index in the file's text where the mend goes. */
  record Placed(int index, YamlHints.Hint hint) {}

  private FlowHints() {}

  /**
   * For a mapping in braces or a list in brackets that YAML could not read on ({@code problem}
   * "expected ',' or '}', but got ..."), where the bracket opens at {@code open} and YAML stopped
   * at {@code at} (indices in {@code text}): a bracket never closed, closed by the other kind, or a
   * ',' left out between two entries, which makes YAML read the value and the next key as one.
   */
  static Optional<Placed> flow(String problem, String text, int open, int at) {
    int got = problem.indexOf("but got ");
    if (!problem.startsWith("expected ','")
        || got < 0
        || open < 0
        || open >= text.length()
        || at < open) {
      return Optional.empty();
    }
    String token = problem.substring(got + "but got ".length()).strip();
    char bracket = text.charAt(open);
    if (bracket != '{' && bracket != '[') {
      return Optional.empty();
    }
    char closer = bracket == '{' ? '}' : ']';
    String kind = bracket == '{' ? "mapping" : "list";
    int close = closing(text, open);
    boolean laterLine =
        CaseText.locate("", text, at).line() > CaseText.locate("", text, open).line();
    if (close < 0 || token.equals("<stream end>") || (bracket == '[' && laterLine)) {
      String line = entry(text, open);
      // Closed as it is opened: "{ 2025: 900 }" gets its space before the brace.
      String space = open + 1 < text.length() && text.charAt(open + 1) == ' ' ? " " : "";
      String mended = line == null ? null : line + space + closers(line);
      return Optional.of(
          new Placed(
              open,
              new YamlHints.Hint(
                  "invalid YAML: this '"
                      + bracket
                      + "' is never closed, so YAML reads what follows as part of the "
                      + kind,
                  "end the "
                      + kind
                      + " with '"
                      + closer
                      + "'"
                      + (mended == null ? " after its last entry" : " on its line: " + mended))));
    }
    if ((token.equals("}") || token.equals("]")) && token.charAt(0) != closer) {
      return Optional.of(
          new Placed(
              at,
              new YamlHints.Hint(
                  "invalid YAML: the "
                      + kind
                      + " that starts with '"
                      + bracket
                      + "' at "
                      + place(text, open)
                      + " ends with '"
                      + token
                      + "'",
                  "end it with '" + closer + "'")));
    }
    if (bracket != '{' || !(token.equals(":") || token.equals("<scalar>"))) {
      return Optional.empty();
    }
    // YAML stops at the ':' of a plain key it has read as part of the value before it, or at the
    // start of a key after a quoted value.
    Gap gap = token.equals(":") ? gap(text, open, at) : gapBefore(text, open, at);
    if (gap == null) {
      return Optional.empty();
    }
    String between = text.substring(open, close);
    String mended =
        between.indexOf('\n') < 0 && between.indexOf('\r') < 0
            ? withCommas(text, open, close)
            : null;
    return Optional.of(
        new Placed(
            gap.after(),
            new YamlHints.Hint(
                "invalid YAML: a ',' is missing between " + gap.value() + " and " + gap.key(),
                mended == null
                    ? "put a ',' after " + gap.value()
                    : "separate the entries with commas: " + mended)));
  }

  private static String place(String text, int index) {
    Location at = CaseText.locate("", text, index);
    return "line " + at.line() + ", column " + at.column();
  }

  /** A ',' left out: the value before it, the key after it, and the index just after the value. */
  private record Gap(String value, String key, int after) {}

  /**
   * The ',' missing before the key whose ':' is at {@code colon}, inside the braces opened at
   * {@code open}, or null if that key follows a ',', a bracket or a ':' as it should.
   */
  private static Gap gap(String text, int open, int colon) {
    int k = colon - 1;
    while (k > open && isBlank(text.charAt(k))) {
      k--;
    }
    int keyStart = valueStart(text, open, k);
    return keyStart < 0 ? null : gap(text, open, keyStart, k + 1);
  }

  /** The ',' missing before the key that starts at {@code key}, where YAML expected one. */
  private static Gap gapBefore(String text, int open, int key) {
    int end = key;
    if (text.charAt(key) == '"' || text.charAt(key) == '\'') {
      end = quoteEnd(text, key) + 1;
    } else {
      while (end < text.length()
          && !Character.isWhitespace(text.charAt(end))
          && text.charAt(end) != ':'
          && !stop(text.charAt(end))) {
        end++;
      }
    }
    return gap(text, open, key, end);
  }

  private static Gap gap(String text, int open, int keyStart, int keyEnd) {
    int k = keyStart - 1;
    while (k > open && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k <= open || keyStart == keyEnd || stop(text.charAt(k)) || text.charAt(k) == ':') {
      return null;
    }
    int valueStart = valueStart(text, open, k);
    return valueStart < 0
        ? null
        : new Gap(text.substring(valueStart, k + 1), text.substring(keyStart, keyEnd), k + 1);
  }

  /**
   * Where the value or key that ends at {@code last} (inclusive) starts: its opening quote if it is
   * quoted; -1 if that lies before the bracket at {@code open}.
   */
  private static int valueStart(String text, int open, int last) {
    char c = text.charAt(last);
    if (c == '"' || c == '\'') {
      int k = text.lastIndexOf(c, last - 1);
      return k <= open ? -1 : k;
    }
    int k = last;
    while (k > open && !Character.isWhitespace(text.charAt(k - 1)) && !stop(text.charAt(k - 1))) {
      k--;
    }
    return k <= open ? -1 : k;
  }

  /** The line of the braces at {@code open}, every ',' that its entries lack put in. */
  private static String withCommas(String text, int open, int close) {
    List<Integer> at = new ArrayList<>();
    scan(
        text,
        open,
        (i, depth) -> {
          if (depth == 1 && text.charAt(i) == ':' && i < close) {
            Gap g = gap(text, open, i);
            if (g != null) {
              at.add(g.after());
            }
          }
          return i >= close;
        });
    StringBuilder sb = new StringBuilder(text);
    for (int i = at.size() - 1; i >= 0; i--) {
      sb.insert((int) at.get(i), ',');
    }
    return entry(sb.toString(), open);
  }

  /** A ',' or bracket: what ends a plain value inside braces or brackets. */
  private static boolean stop(char c) {
    return c == ',' || c == '{' || c == '[' || c == '}' || c == ']';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * The line that holds {@code open}, without its indentation, its comment and trailing spaces;
   * null if it ends with a ',' or at the bracket, as a list written over several lines does.
   */
  private static String entry(String text, int open) {
    int start = open;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    int end = open;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    String line = text.substring(start, end);
    int[] comment = {line.length()};
    scan(
        line,
        0,
        (i, depth) -> {
          boolean hash = line.charAt(i) == '#' && (i == 0 || isBlank(line.charAt(i - 1)));
          if (hash) {
            comment[0] = i;
          }
          return hash;
        });
    String kept = line.substring(0, comment[0]).strip();
    return kept.endsWith(",") || kept.endsWith("{") || kept.endsWith("[") ? null : kept;
  }

  /** The brackets still open at the end of {@code line}, closed in the order they must be. */
  private static String closers(String line) {
    Deque<Character> open = new ArrayDeque<>();
    scan(
        line,
        0,
        (i, depth) -> {
          char c = line.charAt(i);
          if (c == '{' || c == '[') {
            open.push(c == '{' ? '}' : ']');
          } else if ((c == '}' || c == ']') && !open.isEmpty()) {
            open.pop();
          }
          return false;
        });
    StringBuilder sb = new StringBuilder();
    open.forEach(sb::append);
    return sb.toString();
  }

  /** The index of the bracket that closes the one at {@code open}, or -1 if none does. */
  private static int closing(String text, int open) {
    int[] found = {-1};
    scan(
        text,
        open,
        (i, depth) -> {
          char c = text.charAt(i);
          if ((c == '}' || c == ']') && depth == 0) {
            found[0] = i;
            return true;
          }
          return false;
        });
    return found[0];
  }

  /** Told each character outside quotes and comments, with the depth of brackets after it. */
  private interface Step {
    /** Returns true to stop. */
    boolean at(int index, int depth);
  }

  /**
   * Goes through {@code text} from {@code from} as YAML's flow style reads it: a quote opens a
   * quoted text only where a value starts, which is not told to {@code step}; a '#' after a space
   * starts a comment, whose '#' alone is told.
   */
  private static void scan(String text, int from, Step step) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = i == 0 ? '\n' : text.charAt(i - 1);
      boolean valueStarts = Character.isWhitespace(before) || stop(before);
      if ((c == '\'' || c == '"') && valueStarts) {
        i = quoteEnd(text, i);
        continue;
      }
      if (c == '#' && Character.isWhitespace(before)) {
        if (step.at(i, depth)) {
          return;
        }
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
          i++;
        }
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      if (step.at(i, depth)) {
        return;
      }
    }
  }

  /** The index of the quote that ends the quoted text starting at {@code start}, or the last. */
  private static int quoteEnd(String text, int start) {
    char q = text.charAt(start);
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q == '"' && c == '\\') {
        i++;
      } else if (c == q) {
        if (q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return text.length() - 1;
  }
}
