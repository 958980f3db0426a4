package dk.payback.format;

/**
 * How a CSV file is spelled: RFC 4180, or what Danish Excel opens directly from the file manager.
 */
public enum CsvDialect {
  RFC4180("rfc4180", ',', false),
  /** Danish Excel takes ';' as the list separator and reads UTF-8 only with a byte order mark. */
  EXCEL_DA("excel-da", ';', true);

  private final String key;
  final char separator;
  final boolean byteOrderMark;

  CsvDialect(String key, char separator, boolean byteOrderMark) {
    this.key = key;
    this.separator = separator;
    this.byteOrderMark = byteOrderMark;
  }

  public String key() {
    return key;
  }
}
