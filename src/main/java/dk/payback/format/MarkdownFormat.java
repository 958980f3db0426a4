package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class MarkdownFormat implements Format.Text {

  public MarkdownFormat() {}

  @Override
  public String text(Document document) {
    throw new UnsupportedOperationException("MarkdownFormat: not yet ported");
  }
}
