package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class HtmlFormat implements Format.Text {

  public HtmlFormat() {}

  @Override
  public String text(Document document) {
    throw new UnsupportedOperationException("HtmlFormat: not yet ported");
  }
}
