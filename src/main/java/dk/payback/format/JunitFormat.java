package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class JunitFormat implements Format.Text {

  public JunitFormat() {}

  @Override
  public String text(Document document) {
    throw new UnsupportedOperationException("JunitFormat: not yet ported");
  }
}
