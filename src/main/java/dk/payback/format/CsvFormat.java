package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class CsvFormat implements Format.Text {

  public CsvFormat(CsvDialect dialect) {}

  @Override
  public String text(Document document) {
    throw new UnsupportedOperationException("CsvFormat: not yet ported");
  }
}
