package dk.payback.load;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain words for the YAML errors that a text written as it is spoken causes: a ': ' inside a
 * title, a title that starts with a quote or a bracket. SnakeYAML says "mapping values are not
 * allowed here", which names neither the text nor the mend; the mend is nearly always to put the
 * whole text in single quotes, shown with the writer's own key and text. Brackets: {@link
 * FlowHints}.
 */
final class YamlHints {

  /** The keys whose values are texts, where a person writes prose. */
  private static final Set<String> TEXT_KEYS =
      Set.of("title", "summary", "fund", "text", "reason", "label", "document");

  /** {@code title: ...} or {@code - text: ...}, with the value's start. */
  private static final Pattern KEY_VALUE =
      Pattern.compile("(\\s*(?:-\\s+)*)([A-Za-z_]+):[ \\t]+(\\S.*?)\\s*");

  /** A message and a hint for a diagnostic. */
  record Hint(String message, String hint) {}

  private YamlHints() {}

  /**
   * For an error at {@code column} (1-based) of {@code line}, the words for it, if the line holds a
   * text whose writing caused it.
   */
  static Optional<Hint> at(String problem, String line, int column) {
    Matcher m = KEY_VALUE.matcher(line);
    if (!m.matches() || !TEXT_KEYS.contains(m.group(2)) || column <= m.start(3)) {
      return Optional.empty();
    }
    String key = m.group(2);
    String start = starts(m.group(3));
    // In a text that is not quoted, " #" starts a comment, which is no part of the text to quote.
    String value = start == null ? m.group(3).replaceFirst("\\s+#.*$", "") : m.group(3);
    String hint = singleQuotes(key, value);
    if (start != null) {
      return Optional.of(new Hint("invalid YAML: the " + key + " starts with " + start, hint));
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return Optional.of(
          new Hint(
              "invalid YAML: "
                  + problem
                  + ": the ': ' inside the "
                  + key
                  + " reads as the start of a new key",
              hint));
    }
    return Optional.empty();
  }

  /** For a quote that opens a text on {@code line} and is never closed. */
  static Optional<Hint> unclosed(String line) {
    Matcher m = KEY_VALUE.matcher(line);
    if (!m.matches() || !TEXT_KEYS.contains(m.group(2))) {
      return Optional.empty();
    }
    String key = m.group(2);
    String value = m.group(3);
    char quote = value.charAt(0);
    return Optional.of(
        new Hint(
            "invalid YAML: the quote that starts the " + key + " is never closed",
            "end the "
                + key
                + " with the quote it starts with: "
                + key
                + ": "
                + value
                + quote
                + ", or "
                + singleQuotes(key, value.substring(1))));
  }

  /** What YAML makes of a text that starts this way, or null if it reads it as a plain text. */
  private static String starts(String value) {
    char c = value.charAt(0);
    if (c == '"' || c == '\'') {
      return "a quote, so YAML ends the text at the next " + c + " and cannot read what follows";
    }
    if (c == '[' || c == '{') {
      return "'" + c + "', which YAML reads as the start of a " + (c == '[' ? "list" : "mapping");
    }
    if (c == '@' || c == '`' || c == '%') {
      return "'" + c + "', which YAML reserves";
    }
    if (value.startsWith("- ")) {
      return "'- ', which YAML reads as a list item";
    }
    return null;
  }

  private static String singleQuotes(String key, String value) {
    boolean inner = value.indexOf('\'') >= 0;
    return "put the whole "
        + key
        + " in single quotes"
        + (inner ? ", each ' inside written twice" : "")
        + ": "
        + key
        + ": '"
        + value.replace("'", "''")
        + "'";
  }
}
