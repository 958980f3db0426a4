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
     * Writes the text that {@link #text} returns to {@code out}, which stays open; a format whose
     * text may run to many megabytes writes it as it goes instead of as one string.
     */
    default void write(Document document, java.io.Writer out) throws java.io.IOException {
      out.write(text(document));
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
