package dk.payback.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The layout of every JSON document of the tool, as Jackson's {@code DefaultPrettyPrinter} lays it
 * out with two spaces a level, "\n" line ends, {@code ": "} after a key and {@code {}} and {@code
 * []} when empty; byte for byte the same. Each line's start ("\n" and its indent) is kept as UTF-8
 * bytes per level: Jackson's printer encodes them anew for every line, a fifth of writing a large
 * report. One per document: it counts the levels.
 */
final class JsonLayout implements PrettyPrinter {

  private static final SerializableString AFTER_KEY = new SerializedString(": ");

  /** "\n" and two spaces per level, for the levels a document of the tool reaches, and more. */
  private static final SerializableString[] LINE_STARTS = new SerializableString[32];

  static {
    for (int level = 0; level < LINE_STARTS.length; level++) {
      LINE_STARTS[level] = new SerializedString("\n" + "  ".repeat(level));
    }
  }

  private int level;

  private void newLine(JsonGenerator g) throws IOException {
    if (level < LINE_STARTS.length) {
      g.writeRaw(LINE_STARTS[level]);
    } else {
      g.writeRaw("\n" + "  ".repeat(level));
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(AFTER_KEY);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    end(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    level++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    end(g, values, ']');
  }

  /** Between two entries or values: a comma, and the next on a line of its own. */
  private void separate(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  /** An empty object or array closes on its line ({} and []), any other on a line of its own. */
  private void end(JsonGenerator g, int count, char close) throws IOException {
    level--;
    if (count > 0) {
      newLine(g);
    }
    g.writeRaw(close);
  }
}
