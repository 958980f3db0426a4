package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class TextFormat implements Format.Text {

  public TextFormat(FormatOptions options) {}

  @Override
  public String text(Document document) {
    throw new UnsupportedOperationException("TextFormat: not yet ported");
  }
}
