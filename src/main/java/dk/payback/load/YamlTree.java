package dk.payback.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dk.payback.load.Node.Entry;
import dk.payback.load.Node.MapNode;
import dk.payback.load.Node.ScalarNode;
import dk.payback.load.Node.SeqNode;
import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a located tree, stricter than Jackson's defaults: no anchors or aliases (Jackson
 * does not expand them, so {@code *x} would silently become the text "x"), no duplicate keys
 * (Jackson keeps the last), bounded size and nesting. Scalars keep their text, so that the case
 * reader can reject {@code 1.585} and {@code 010} instead of reading them as 1 and 8.
 */
final class YamlTree {

  /** A case file is a few kilobytes; this bound keeps a stray data file from eating the heap. */
  static final int MAX_BYTES = 1 << 20;

  static final int MAX_DEPTH = 16;

  private static final YAMLFactory FACTORY = createFactory();

  private final String file;
  private final List<Diagnostic> errors;

  /** Set by a value whose meaning the file did not spell out plainly (an alias or a tag). */
  private boolean unusable;

  private YamlTree(String file, List<Diagnostic> errors) {
    this.file = file;
    this.errors = errors;
  }

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    options.setNestingDepthLimit(MAX_DEPTH + 4);
    // Duplicates are found while building the tree, with a message that names both places.
    options.setAllowDuplicateKeys(true);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.disable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 4).build());
    return factory;
  }

  /**
   * Parses a file's bytes; problems go to {@code errors}, and the result is empty if none is
   * usable.
   */
  static Optional<Node> parse(String file, byte[] bytes, List<Diagnostic> errors) {
    if (bytes.length > MAX_BYTES) {
      errors.add(
          new Diagnostic(
              Location.ofFile(file),
              "file is "
                  + bytes.length
                  + " bytes, more than the "
                  + MAX_BYTES
                  + " a case file may have",
              "a case file holds one proposal; move other data out of the cases folder"));
      return Optional.empty();
    }
    Optional<String> text = CaseText.decode(file, bytes, errors);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().isBlank()) {
      errors.add(
          new Diagnostic(
              Location.ofFile(file),
              "file is empty",
              "write a proposal (kind: proposal) or delete the file"));
      return Optional.empty();
    }
    return new YamlTree(file, errors).read(text.get());
  }

  private Optional<Node> read(String text) {
    JsonParser[] open = {null};
    try (JsonParser p = FACTORY.createParser(text)) {
      open[0] = p;
      JsonToken t = p.nextToken();
      if (t == null) {
        errors.add(
            new Diagnostic(
                Location.ofFile(file),
                "file holds no YAML value (only comments?)",
                "write a proposal (kind: proposal) or delete the file"));
        return Optional.empty();
      }
      Node root = value(p, t, 0);
      if (root == null) {
        return Optional.empty();
      }
      if (p.nextToken() != null) {
        errors.add(
            new Diagnostic(
                where(p.currentTokenLocation()),
                "file holds more than one YAML document",
                "put each proposal in a file of its own and remove the '---' separator"));
        return Optional.empty();
      }
      if (root instanceof ScalarNode s && s.text().isBlank()) {
        errors.add(
            new Diagnostic(
                root.location(),
                "file holds no YAML value, only a document marker",
                "write a proposal (kind: proposal) or delete the file"));
        return Optional.empty();
      }
      // An alias stands where a value should be, and a tag changes what a value means: reading on
      // would
      // only report follow-on errors about a value the file did not spell out.
      return unusable ? Optional.empty() : Optional.of(root);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        errors.add(syntaxError(m, e, text));
      } else if (structuredKey(e) != null) {
        errors.add(
            new Diagnostic(
                // The error's own location is one column past the '[' or '{' that starts the key.
                where(open[0].currentTokenLocation()),
                "a key must be a name or a year, found " + structuredKey(e),
                "write keys as plain names such as title, or years such as 2019"));
      } else {
        errors.add(
            new Diagnostic(
                where(e.getLocation()), "invalid YAML: " + cleanMessage(e), syntaxHint(e)));
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some limits as plain runtime exceptions; they are input errors all the
      // same.
      errors.add(
          new Diagnostic(
              Location.ofFile(file),
              "cannot read YAML: " + String.valueOf(e.getMessage()).strip(),
              null));
      return Optional.empty();
    }
  }

  /** Returns null after reporting an error that makes the rest of the document unusable. */
  private Node value(JsonParser p, JsonToken t, int depth) throws IOException {
    Location at = where(p.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      errors.add(
          new Diagnostic(
              at,
              "nesting deeper than " + MAX_DEPTH + " levels",
              "a case file is at most 4 levels deep"));
      return null;
    }
    YAMLParser yp = (YAMLParser) p;
    if (yp.isCurrentAlias()) {
      errors.add(
          new Diagnostic(
              at,
              "YAML alias '*" + p.getText() + "' is not allowed",
              "write the value out in full; aliases hide figures from the reader"));
      unusable = true;
      return new ScalarNode(at, p.getText(), ScalarNode.Style.STRING);
    }
    String tag = yp.getTypeId();
    if (tag != null) {
      String shown = shownTag(tag);
      errors.add(
          new Diagnostic(
              at,
              "YAML tag '" + shown + "' is not allowed",
              "remove '"
                  + shown
                  + "' and write the value plainly: amounts as whole numbers, texts as text"));
      unusable = true;
    }
    String anchor = yp.getCurrentAnchor();
    if (anchor != null) {
      errors.add(
          new Diagnostic(
              at, "YAML anchor '&" + anchor + "' is not allowed", "remove '&" + anchor + "'"));
    }
    switch (t) {
      case START_OBJECT:
        return mapping(p, at, depth);
      case START_ARRAY:
        return sequence(p, at, depth);
      case VALUE_NUMBER_INT:
        return new ScalarNode(at, p.getText(), ScalarNode.Style.INTEGER);
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(at, p.getText(), ScalarNode.Style.FLOAT);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(at, p.getText(), ScalarNode.Style.BOOLEAN);
      case VALUE_NULL:
        return new ScalarNode(at, "", ScalarNode.Style.NULL);
      default:
        return new ScalarNode(at, String.valueOf(p.getText()), ScalarNode.Style.STRING);
    }
  }

  /**
   * Jackson gives {@code !!int} as {@code tag:yaml.org,2002:int}; show it as the file spells it.
   */
  private static String shownTag(String tag) {
    String core = "tag:yaml.org,2002:";
    if (tag.startsWith(core)) {
      return "!!" + tag.substring(core.length());
    }
    return tag.contains(":") ? "!<" + tag + ">" : "!" + tag;
  }

  private Node mapping(JsonParser p, Location at, int depth) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Location keyAt = where(p.currentTokenLocation());
      Node v = value(p, p.nextToken(), depth + 1);
      if (v == null) {
        return null;
      }
      Entry previous = entries.get(key);
      if (previous != null) {
        errors.add(
            new Diagnostic(
                keyAt,
                "duplicate key '" + key + "' (first at line " + previous.keyLocation().line() + ")",
                "keep one of them; YAML would silently use the last"));
        continue;
      }
      entries.put(key, new Entry(key, keyAt, v));
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected " + t + " in a mapping");
    }
    return new MapNode(at, entries);
  }

  private Node sequence(JsonParser p, Location at, int depth) throws IOException {
    List<Node> items = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IllegalStateException("list not closed");
      }
      Node v = value(p, t, depth + 1);
      if (v == null) {
        return null;
      }
      items.add(v);
    }
    return new SeqNode(at, items);
  }

  private Location where(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return Location.ofFile(file);
    }
    return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  /** SnakeYAML knows where the problem is, not only where the enclosing structure began. */
  private Diagnostic syntaxError(MarkedYAMLException m, JsonProcessingException e, String source) {
    Mark problem = m.getProblemMark();
    String text = firstLine(m.getProblem());
    Mark context = m.getContextMark();
    Optional<YamlHints.Hint> plain =
        context != null && String.valueOf(m.getContext()).contains("quoted scalar")
            ? YamlHints.unclosed(CaseText.line(source, context.getLine()))
            : YamlHints.at(text, CaseText.line(source, problem.getLine()), problem.getColumn() + 1);
    if (plain.isPresent()) {
      // An unclosed quote is mended where it opens, not at the end of the file where YAML notices
      // it.
      Mark at =
          context != null && String.valueOf(m.getContext()).contains("quoted scalar")
              ? context
              : problem;
      return new Diagnostic(
          new Location(file, at.getLine() + 1, at.getColumn() + 1),
          plain.get().message(),
          plain.get().hint());
    }
    if (m.getContext() != null && context != null && context.getLine() != problem.getLine()) {
      text +=
          " ("
              + firstLine(m.getContext())
              + " that starts at line "
              + (context.getLine() + 1)
              + ")";
    }
    return new Diagnostic(
        new Location(file, problem.getLine() + 1, problem.getColumn() + 1),
        "invalid YAML: " + text,
        syntaxHint(e));
  }

  /**
   * A list or mapping used as a key ({@code ? [a, b]} or {@code {[2018]: 1}}): Jackson names
   * SnakeYAML's event class.
   */
  private static String structuredKey(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (!m.startsWith("Expected a field name")) {
      return null;
    }
    return m.contains("SequenceStartEvent")
        ? "a list"
        : m.contains("MappingStartEvent") ? "a mapping" : null;
  }

  private static String firstLine(String s) {
    return s == null ? "unreadable" : s.strip().split("\\R", 2)[0].strip();
  }

  private static String cleanMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "unreadable";
    }
    // SnakeYAML repeats the offending line with a caret; the location already says where.
    String first = m.strip().split("\\R", 2)[0].strip();
    return first.isEmpty() ? m.strip() : first;
  }

  private static String syntaxHint(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("\\t") || m.contains("tab")) {
      return "indent with spaces, not tabs";
    }
    if (m.contains("nesting depth") || m.contains("Nesting")) {
      return "a case file is at most 4 levels deep";
    }
    if (m.contains("incompatible YAML document")) {
      return "remove the %YAML line: case files are plain YAML 1.1";
    }
    return "check the indentation and the ':' after each key near this place";
  }
}
