package dk.payback.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON written as it goes, in the layout every JSON document of the tool has: two spaces a level,
 * "\n" between lines whatever the platform, {@code "key": value}, {@code {}} and {@code []} when
 * empty. Every text, value or key, goes through Jackson's generator, which escapes it; nothing is
 * written raw but a chunk this class wrote itself ({@link #chunk}). The {@code put} methods take
 * the same types as a tree's, so that a null of a boxed number or a text is written as null.
 */
final class JsonOut {

  // write() leaves its writer open for the caller to flush or go on with.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""));

  /** What writes one whole document, or one chunk of it. */
  interface Body {
    void write(JsonOut out) throws IOException;
  }

  private final JsonGenerator g;

  private JsonOut(JsonGenerator g) {
    this.g = g;
  }

  /** Writes one document to {@code out}, which stays open, and a line end after it. */
  static void write(Writer out, Body body) throws IOException {
    write(out, PRINTER.createInstance(), body);
    out.write('\n');
  }

  /**
   * One value as it would be written {@code depth} levels deep in a document, for {@link #chunk}:
   * its lines indented as if written in place.
   */
  static String nested(int depth, Body body) {
    var text = new java.io.StringWriter(1 << 13);
    try {
      write(text, new Nested(PRINTER, depth), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(Writer out, DefaultPrettyPrinter printer, Body body)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer);
      body.write(new JsonOut(g));
    }
  }

  /** A printer that starts some levels deep. */
  private static final class Nested extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    Nested(DefaultPrettyPrinter base, int depth) {
      super(base);
      _nesting = depth;
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Nested(this, _nesting);
    }
  }

  JsonOut put(String name, String value) throws IOException {
    g.writeStringField(name, value);
    return this;
  }

  JsonOut put(String name, int value) throws IOException {
    g.writeNumberField(name, value);
    return this;
  }

  JsonOut put(String name, long value) throws IOException {
    g.writeNumberField(name, value);
    return this;
  }

  JsonOut put(String name, Integer value) throws IOException {
    return value == null ? putNull(name) : put(name, value.intValue());
  }

  JsonOut put(String name, Long value) throws IOException {
    return value == null ? putNull(name) : put(name, value.longValue());
  }

  JsonOut put(String name, boolean value) throws IOException {
    g.writeBooleanField(name, value);
    return this;
  }

  JsonOut putNull(String name) throws IOException {
    g.writeNullField(name);
    return this;
  }

  /** A key whose value the next call writes. */
  JsonOut name(String name) throws IOException {
    g.writeFieldName(name);
    return this;
  }

  /** Opens an object under {@code name}. */
  JsonOut object(String name) throws IOException {
    return name(name).object();
  }

  /** Opens an object as a value. */
  JsonOut object() throws IOException {
    g.writeStartObject();
    return this;
  }

  /** Opens an array under {@code name}. */
  JsonOut array(String name) throws IOException {
    return name(name).array();
  }

  JsonOut array() throws IOException {
    g.writeStartArray();
    return this;
  }

  /** Closes the innermost object or array. */
  JsonOut end() throws IOException {
    if (g.getOutputContext().inArray()) {
      g.writeEndArray();
    } else {
      g.writeEndObject();
    }
    return this;
  }

  JsonOut add(String value) throws IOException {
    g.writeString(value);
    return this;
  }

  JsonOut add(int value) throws IOException {
    g.writeNumber(value);
    return this;
  }

  JsonOut addNull() throws IOException {
    g.writeNull();
    return this;
  }

  /**
   * A value that {@link #nested} wrote at this depth, whole: the separator and indentation before
   * it come from here, as for any value.
   */
  JsonOut chunk(String json) throws IOException {
    g.writeRawValue(json);
    return this;
  }
}
