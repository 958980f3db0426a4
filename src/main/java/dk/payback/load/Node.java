package dk.payback.load;

import dk.payback.model.Location;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it stood, so that every error can name its line and column. */
sealed interface Node permits Node.MapNode, Node.SeqNode, Node.ScalarNode {

  Location location();

  String kindName();

  record Entry(String key, Location keyLocation, Node value) {}

  record MapNode(Location location, Map<String, Entry> entries) implements Node {
    public MapNode {
      // The parser hands over a map it no longer touches; a copy per mapping cost 2% of loading.
      entries = Collections.unmodifiableMap(entries);
    }

    @Override
    public String kindName() {
      return "a mapping";
    }
  }

  record SeqNode(Location location, List<Node> items) implements Node {
    public SeqNode {
      items = List.copyOf(items);
    }

    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** A scalar as written; {@code style} tells how YAML typed it. */
  record ScalarNode(Location location, String text, Style style) implements Node {
    enum Style {
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL,
      STRING
    }

    @Override
    public String kindName() {
      return switch (style) {
        case INTEGER -> "the integer " + text;
        case FLOAT -> "the decimal number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
        case STRING -> "the text \"" + text + "\"";
      };
    }
  }
}
