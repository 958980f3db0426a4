package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class XlsxFormat implements Format {

  @Override
  public byte[] render(Document document) {
    throw new UnsupportedOperationException("XlsxFormat: not yet ported");
  }
}
