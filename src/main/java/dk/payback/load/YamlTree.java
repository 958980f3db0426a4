package dk.payback.load;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dk.payback.load.Node.Entry;
import dk.payback.load.Node.MapNode;
import dk.payback.load.Node.ScalarNode;
import dk.payback.load.Node.ScalarNode.Style;
import dk.payback.load.Node.SeqNode;
import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into a located tree, straight from SnakeYAML's events, stricter than YAML itself: no
 * anchors or aliases, no tags, no duplicate keys (YAML keeps the last), bounded size and nesting.
 * Scalars keep their text, so that the case reader can reject {@code 1.585} and {@code 010} instead
 * of reading them as 1 and 8.
 *
 * <p>The tree, the messages and their places are those the loader gave when it read the events
 * through Jackson's YAML parser, a layer that only cost time: plain scalars are typed as Jackson
 * typed them, and an error is placed where Jackson placed it. Where Jackson's words showed its own
 * internals, or it missed an error (a scalar's anchor, a second document whose value it could not
 * type), the words are the loader's own.
 */
final class YamlTree {

  /** A case file is a few kilobytes; this bound keeps a stray data file from eating the heap. */
  static final int MAX_BYTES = 1 << 20;

  static final int MAX_DEPTH = 16;

  private static final LoaderOptions OPTIONS = options();

  /** YAML 1.1's implicit types; it only reads its tables, so one serves every thread. */
  private static final Resolver RESOLVER = new Resolver();

  private static final String CORE_TAG = "tag:yaml.org,2002:";

  /**
   * The first characters of every implicit type the resolver knows (booleans, numbers, the merge
   * key, null, timestamps and its own '!&*'); a plain scalar that starts with another is text.
   */
  private static final String TYPED_FIRST_CHARACTERS = "yYnNtTfFoO-+0123456789.<~!&*";

  private final String file;
  private final List<Diagnostic> errors;
  private final ParserImpl parser;

  /** The last event read: an error found by the reader, not by SnakeYAML, is placed at its end. */
  private Event last;

  /** The type of the scalar {@link #nextValue} returned last. */
  private Style scalarStyle;

  /** Set by a value whose meaning the file did not spell out plainly (an alias or a tag). */
  private boolean unusable;

  private YamlTree(String file, List<Diagnostic> errors, String text) {
    this.file = file;
    this.errors = errors;
    // A reader, as Jackson gave SnakeYAML: its marks then name the input as they did.
    this.parser = new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS);
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    options.setNestingDepthLimit(MAX_DEPTH + 4);
    // Duplicates are found while building the tree, with a message that names both places.
    options.setAllowDuplicateKeys(true);
    return options;
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
    return new YamlTree(file, errors, text.get()).read(text.get());
  }

  private Optional<Node> read(String text) {
    try {
      Event first = nextValue();
      if (first == null) {
        errors.add(
            new Diagnostic(
                Location.ofFile(file),
                "file holds no YAML value (only comments?)",
                "write a proposal (kind: proposal) or delete the file"));
        return Optional.empty();
      }
      Node root = value(first, 0);
      if (root == null) {
        return Optional.empty();
      }
      Event second = nextValue();
      if (second != null) {
        errors.add(
            new Diagnostic(
                start(second),
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
      // would only report follow-on errors about a value the file did not spell out.
      return unusable ? Optional.empty() : Optional.of(root);
    } catch (Unreadable e) {
      errors.add(e.diagnostic);
      return Optional.empty();
    } catch (MarkedYAMLException e) {
      errors.add(
          e.getProblemMark() != null
              ? syntaxError(e, text)
              : invalid(end(last), String.valueOf(e.getMessage())).diagnostic);
      return Optional.empty();
    } catch (RuntimeException e) {
      // A fault of SnakeYAML's on strange input is an input error all the same.
      errors.add(
          new Diagnostic(
              Location.ofFile(file),
              "cannot read YAML: " + String.valueOf(e.getMessage()).strip(),
              null));
      return Optional.empty();
    }
  }

  /**
   * The next event. A number SnakeYAML fails to read and a reader's error without a place are
   * placed at the end of the last event read, with the words Jackson gave them.
   */
  private Event next() {
    try {
      last = parser.getEvent();
      return last;
    } catch (MarkedYAMLException e) {
      throw e;
    } catch (YAMLException e) {
      throw invalid(end(last), String.valueOf(e.getMessage()));
    } catch (NumberFormatException e) {
      throw invalid(
          end(last),
          "Malformed Number token: failed to tokenize due to ("
              + e.getClass().getName()
              + "): "
              + e.getMessage());
    }
  }

  /**
   * The first event of the next value, past document boundaries; null at the end of the file. A
   * scalar is typed as soon as it is read, so a scalar that cannot be typed is the one error.
   */
  private Event nextValue() {
    while (true) {
      Event e = next();
      if (e == null) {
        return null;
      }
      switch (e.getEventId()) {
        case StreamStart, DocumentStart, DocumentEnd -> {}
        case StreamEnd -> {
          return null;
        }
        case Scalar -> {
          scalarStyle = style((ScalarEvent) e);
          return e;
        }
        default -> {
          return e;
        }
      }
    }
  }

  /** Returns null after reporting an error that makes the rest of the document unusable. */
  private Node value(Event e, int depth) {
    Event.ID id = e.getEventId();
    Style style = scalarStyle;
    Location at = start(e);
    if (depth > MAX_DEPTH) {
      errors.add(
          new Diagnostic(
              at,
              "nesting deeper than " + MAX_DEPTH + " levels",
              "a case file is at most 4 levels deep"));
      return null;
    }
    if (e instanceof AliasEvent alias) {
      errors.add(
          new Diagnostic(
              at,
              "YAML alias '*" + alias.getAnchor() + "' is not allowed",
              "write the value out in full; aliases hide figures from the reader"));
      unusable = true;
      return new ScalarNode(at, alias.getAnchor(), Style.STRING);
    }
    String tag =
        e instanceof ScalarEvent s
            ? s.getTag()
            : e instanceof CollectionStartEvent c ? c.getTag() : null;
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
    if (e instanceof NodeEvent n) {
      anchorRefused(n, at);
    }
    switch (id) {
      case Scalar -> {
        String text = style == Style.NULL ? "" : ((ScalarEvent) e).getValue();
        return new ScalarNode(at, text, style);
      }
      case MappingStart, SequenceStart -> {
        return id == Event.ID.MappingStart ? mapping(at, depth) : sequence(at, depth);
      }
      default -> throw invalid(end(e), "Not expecting " + id + " but a value");
    }
  }

  /** An anchor only serves an alias, which is refused; alone it is harmless but still refused. */
  private void anchorRefused(NodeEvent e, Location at) {
    String anchor = e.getAnchor();
    if (anchor != null) {
      errors.add(
          new Diagnostic(
              at, "YAML anchor '&" + anchor + "' is not allowed", "remove '&" + anchor + "'"));
    }
  }

  /** A tag as the file spells it: {@code !!int}, not {@code tag:yaml.org,2002:int}. */
  private static String shownTag(String tag) {
    int bangs = 0;
    while (bangs < tag.length() && tag.charAt(bangs) == '!') {
      bangs++;
    }
    String bare = tag.substring(bangs);
    if (bare.startsWith(CORE_TAG)) {
      return "!!" + bare.substring(CORE_TAG.length());
    }
    return bare.contains(":") ? "!<" + bare + ">" : "!" + bare;
  }

  private Node mapping(Location at, int depth) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Event k;
    while ((k = next()).getEventId() != Event.ID.MappingEnd) {
      if (!(k instanceof ScalarEvent name)) {
        throw notAKey(k);
      }
      String key = name.getValue();
      Location keyAt = start(k);
      anchorRefused(name, keyAt);
      Node v = value(nextValue(), depth + 1);
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
    return new MapNode(at, entries);
  }

  /**
   * A list, a mapping or an alias used as a key ({@code ? [a, b]}, {@code {[2018]: 1}}, {@code *a :
   * 1}), placed where it starts.
   */
  private Unreadable notAKey(Event k) {
    if (k instanceof AliasEvent alias) {
      return new Unreadable(
          new Diagnostic(
              start(k),
              "a key must be a name or a year, found the YAML alias '*" + alias.getAnchor() + "'",
              "write the key out in full; aliases hide what a file says"));
    }
    String found =
        switch (k.getEventId()) {
          case SequenceStart -> "a list";
          case MappingStart -> "a mapping";
          default -> null;
        };
    if (found == null) {
      // SnakeYAML's parser gives nothing else inside a mapping; said as Jackson said it, were it
      // to.
      return invalid(
          end(k), "Expected a field name (Scalar value in YAML), got this instead: " + k);
    }
    return new Unreadable(
        new Diagnostic(
            start(k),
            "a key must be a name or a year, found " + found,
            "write keys as plain names such as title, or years such as 2019"));
  }

  private Node sequence(Location at, int depth) {
    List<Node> items = new ArrayList<>();
    Event e;
    while ((e = nextValue()).getEventId() != Event.ID.SequenceEnd) {
      Node v = value(e, depth + 1);
      if (v == null) {
        return null;
      }
      items.add(v);
    }
    return new SeqNode(at, items);
  }

  /**
   * How YAML 1.1 types a scalar, as Jackson's YAML parser typed it: a quoted scalar is a text, a
   * plain one is typed by its form, an empty one is the empty text, and a tagged one is a text too
   * (its tag is an error of its own).
   */
  private Style style(ScalarEvent s) {
    String value = s.getValue();
    if (value.isEmpty()) {
      return Style.STRING;
    }
    String tag = s.getTag();
    if (tag == null || tag.equals("!")) {
      // The resolver matches a regular expression for each type the first character allows; most
      // scalars of a case file are words, amounts and years, typed here as it would type them.
      if (!s.getImplicit().canOmitTagInPlainScalar()
          || TYPED_FIRST_CHARACTERS.indexOf(value.charAt(0)) < 0) {
        return Style.STRING;
      }
      if (isPlainDecimal(value)) {
        return Style.INTEGER;
      }
      Tag type = RESOLVER.resolve(NodeId.scalar, value, true);
      if (type == Tag.STR) {
        return Style.STRING;
      } else if (type == Tag.INT) {
        return integer(s);
      } else if (type == Tag.FLOAT) {
        return Style.FLOAT;
      } else if (type == Tag.BOOL) {
        return bool(value) ? Style.BOOLEAN : Style.STRING;
      } else if (type == Tag.NULL) {
        return Style.NULL;
      }
      return Style.STRING;
    }
    // A tagged value is refused for its tag (see value), whatever it holds.
    return Style.STRING;
  }

  /**
   * {@code 0}, {@code -6000} or {@code 2019}: a decimal integer, which YAML 1.1 reads as no other
   * type.
   */
  private static boolean isPlainDecimal(String value) {
    int i = value.charAt(0) == '-' ? 1 : 0;
    int len = value.length();
    if (i == len || value.charAt(i) == '0' && len > i + 1) {
      return false;
    }
    for (; i < len; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** YAML 1.1's words for true and false, in any case. */
  private static boolean bool(String value) {
    return switch (value.length()) {
      case 1 -> "yYnN".indexOf(value.charAt(0)) >= 0;
      case 2 -> value.equalsIgnoreCase("no") || value.equalsIgnoreCase("on");
      case 3 -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("off");
      case 4 -> value.equalsIgnoreCase("true");
      case 5 -> value.equalsIgnoreCase("false");
      default -> false;
    };
  }

  /**
   * An integer as Jackson read one: a decimal is kept as text; a binary, octal or hexadecimal one
   * is decoded at once, so that a bad one is an error here; a sexagesimal one ({@code 1:30}) is a
   * text. Null for a sign alone.
   */
  private Style integer(ScalarEvent s) {
    String value = s.getValue();
    int len = value.length();
    char sign = value.charAt(0);
    int i = sign == '-' || sign == '+' ? 1 : 0;
    if (len == i) {
      return Style.STRING;
    }
    if (value.charAt(i) == '0') {
      if (++i == len) {
        return Style.INTEGER;
      }
      char c = value.charAt(i);
      if (c == 'b' || c == 'B') {
        return decode(s, i + 1, 2, 31, 63);
      } else if (c == 'x' || c == 'X') {
        return decode(s, i + 1, 16, 7, 15);
      } else if (c == '_' || (c >= '0' && c <= '9')) {
        return decode(s, i, 8, 10, 21);
      }
      return Style.STRING;
    }
    boolean underscores = false;
    for (; i < len; i++) {
      char c = value.charAt(i);
      if (c == '_') {
        underscores = true;
      } else if (c < '0' || c > '9') {
        return Style.STRING;
      }
    }
    if (underscores) {
      String digits = value.substring(sign == '+' ? 1 : 0).replace("_", "");
      if (digits.isEmpty() || digits.equals("-")) {
        throw invalid(end(s), "Invalid number ('" + value + "')");
      }
    }
    return Style.INTEGER;
  }

  private Style decode(ScalarEvent s, int from, int radix, int intDigits, int longDigits) {
    String digits = s.getValue().substring(from).replace("_", "");
    try {
      if (digits.length() <= intDigits) {
        Integer.parseInt(digits, radix);
      } else if (digits.length() <= longDigits) {
        Long.parseLong(digits, radix);
      } else {
        StreamReadConstraints.defaults().validateIntegerLength(digits.length());
        new BigInteger(digits, radix);
      }
    } catch (NumberFormatException e) {
      throw invalid(
          end(s),
          String.format(
              "Invalid base-%d number ('%s'), problem: %s", radix, digits, e.getMessage()));
    } catch (StreamConstraintsException e) {
      throw invalid(Location.ofFile(file), e.getOriginalMessage());
    }
    return Style.INTEGER;
  }

  private Location start(Event e) {
    return at(e.getStartMark());
  }

  private Location end(Event e) {
    return e == null ? Location.ofFile(file) : at(e.getEndMark());
  }

  /** SnakeYAML counts lines and columns from 0. */
  private Location at(Mark m) {
    return m == null
        ? Location.ofFile(file)
        : new Location(file, m.getLine() + 1, m.getColumn() + 1);
  }

  private Unreadable invalid(Location at, String message) {
    return new Unreadable(
        new Diagnostic(at, "invalid YAML: " + cleanMessage(message), syntaxHint(message)));
  }

  /** An error after which the rest of the file cannot be read. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    Unreadable(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }

  /** SnakeYAML knows where the problem is, not only where the enclosing structure began. */
  private Diagnostic syntaxError(MarkedYAMLException m, String source) {
    Mark problem = m.getProblemMark();
    String text = firstLine(m.getProblem());
    Mark context = m.getContextMark();
    if (context != null && String.valueOf(m.getContext()).contains("flow")) {
      int open = CaseText.index(source, context.getLine(), context.getColumn());
      int at = CaseText.index(source, problem.getLine(), problem.getColumn());
      Optional<FlowHints.Placed> flow =
          FlowHints.flow(text, source, open, at < 0 ? source.length() : at);
      if (flow.isPresent()) {
        YamlHints.Hint h = flow.get().hint();
        return new Diagnostic(
            CaseText.locate(file, source, flow.get().index()), h.message(), h.hint());
      }
    }
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
    if (text.contains("\\t(TAB)")) {
      // SnakeYAML's own words name the tab twice, once as "\t(TAB)" and once as advice.
      text = "a tab where YAML allows only spaces";
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
        syntaxHint(String.valueOf(m.getMessage())));
  }

  private static String firstLine(String s) {
    return s == null ? "unreadable" : s.strip().split("\\R", 2)[0].strip();
  }

  private static String cleanMessage(String m) {
    if (m == null) {
      return "unreadable";
    }
    // SnakeYAML repeats the offending line with a caret; the location already says where.
    String first = m.strip().split("\\R", 2)[0].strip();
    return first.isEmpty() ? m.strip() : first;
  }

  private static String syntaxHint(String m) {
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
