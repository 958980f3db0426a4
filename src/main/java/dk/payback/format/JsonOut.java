package dk.payback.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON written as it goes, in the layout every JSON document of the tool has: two spaces a level,
 * "\n" between lines whatever the platform, {@code "key": value}, {@code {}} and {@code []} when
 * empty. Every text, value or key, goes through Jackson's generator, which escapes it; nothing is
 * written raw. The {@code put} methods take the same types as a tree's, so that a null of a boxed
 * number or a text is written as null.
 */
final class JsonOut {

  // write() leaves its stream open for the caller to flush or go on with.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /**
   * Keys kept escaped and encoded, so that a key written again is copied, not encoded anew; the few
   * dozen keys of a document and its years, and no more than this many.
   */
  private static final int KEPT_KEYS = 512;

  /** What writes one whole document. */
  interface Body {
    void write(JsonOut out) throws IOException;
  }

  private final JsonGenerator g;
  private final Map<String, SerializableString> keys = new HashMap<>();

  private JsonOut(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Writes one document to {@code out} in UTF-8, and a line end after it; {@code out} stays open.
   * Jackson encodes as it writes, far faster than a text encoded by a writer after it.
   */
  static void write(OutputStream out, Body body) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new JsonLayout());
      body.write(new JsonOut(g));
    }
    out.write('\n');
  }

  JsonOut put(String name, String value) throws IOException {
    g.writeFieldName(key(name));
    g.writeString(value);
    return this;
  }

  JsonOut put(String name, int value) throws IOException {
    g.writeFieldName(key(name));
    g.writeNumber(value);
    return this;
  }

  JsonOut put(String name, long value) throws IOException {
    g.writeFieldName(key(name));
    g.writeNumber(value);
    return this;
  }

  JsonOut put(String name, Integer value) throws IOException {
    return value == null ? putNull(name) : put(name, value.intValue());
  }

  JsonOut put(String name, Long value) throws IOException {
    return value == null ? putNull(name) : put(name, value.longValue());
  }

  JsonOut put(String name, boolean value) throws IOException {
    g.writeFieldName(key(name));
    g.writeBoolean(value);
    return this;
  }

  JsonOut putNull(String name) throws IOException {
    g.writeFieldName(key(name));
    g.writeNull();
    return this;
  }

  /** A key whose value the next call writes. */
  JsonOut name(String name) throws IOException {
    g.writeFieldName(key(name));
    return this;
  }

  private SerializableString key(String name) {
    SerializableString key = keys.get(name);
    if (key == null) {
      key = new SerializedString(name);
      if (keys.size() < KEPT_KEYS) {
        keys.put(name, key);
      }
    }
    return key;
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
}
