package dk.payback.format;

import dk.payback.view.Document;

/**
 * One output format: a pure function from a document's views to bytes. A format lays views out and
 * escapes every text that comes from the input in its own way; it computes nothing. A format that
 * has no sensible layout for a kind of view says so ({@link Unsupported}); the command line never
 * asks it for one.
 */
public interface Format {

  byte[] render(Document document);

  /**
   * A format that is text, and so may also go to standard output; its bytes are the text in UTF-8.
   */
  interface Text extends Format {

    String text(Document document);

    /**
     * Writes the text that {@link #text} returns to {@code out} in UTF-8; {@code out} stays open,
     * and what this wrote may still sit in a buffer of the caller's. A format whose text may run to
     * many megabytes writes and encodes it as it goes instead of as one string.
     */
    default void write(Document document, java.io.OutputStream out) throws java.io.IOException {
      java.io.Writer text =
          new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
      text.write(text(document));
      text.flush();
    }

    @Override
    default byte[] render(Document document) {
      return text(document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A view this format has no layout for. */
  final class Unsupported extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public Unsupported(String format, String view) {
      super("the " + format + " format has no layout for the " + view + " view");
    }
  }
}
