package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class JsonFormat implements Format.Text {

  public JsonFormat() {}

  @Override
  public String text(Document document) {
    throw new UnsupportedOperationException("JsonFormat: not yet ported");
  }
}
