package dk.payback.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * Text written as it is laid out, whole lines at a time, each line passed through a filter first:
 * the overview of 100,000 proposals is some 100,000 lines, which held as one string (and then split
 * into lines) did not fit the memory that the proposals themselves fit in.
 */
final class TextSink {

  /** How much is kept before whole lines go out. */
  private static final int CHUNK = 1 << 16;

  private final StringBuilder pending = new StringBuilder();
  private final Writer out;
  private final UnaryOperator<String> lines;

  /**
   * @param lines what the lines go through before they are written: it gets whole lines, each
   *     ending in a line break but the text's very last
   */
  TextSink(Writer out, UnaryOperator<String> lines) {
    this.out = out;
    this.lines = lines;
  }

  TextSink append(String text) {
    pending.append(text);
    if (pending.length() >= CHUNK) {
      int end = pending.lastIndexOf("\n") + 1;
      if (end > 0) {
        write(pending.substring(0, end));
        pending.delete(0, end);
      }
    }
    return this;
  }

  TextSink append(Object value) {
    return append(String.valueOf(value));
  }

  TextSink append(char c) {
    pending.append(c);
    return this;
  }

  /** Writes what is left and flushes the writer. */
  void finish() {
    write(pending.toString());
    pending.setLength(0);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String text) {
    try {
      out.write(lines.apply(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
