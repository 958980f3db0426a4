package dk.payback.format;

import java.math.BigDecimal;

/**
 * How a CSV file is spelled: RFC 4180, or what Danish Excel opens directly from the file manager.
 */
public enum CsvDialect {
  RFC4180("rfc4180", ',', '.', false),
  /**
   * Danish Excel takes ';' as the list separator, ',' as the decimal mark (it reads "87.5" as a
   * text or a date) and UTF-8 only with a byte order mark.
   */
  EXCEL_DA("excel-da", ';', ',', true);

  private final String key;
  final char separator;
  private final char decimalMark;
  final boolean byteOrderMark;

  CsvDialect(String key, char separator, char decimalMark, boolean byteOrderMark) {
    this.key = key;
    this.separator = separator;
    this.decimalMark = decimalMark;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * A number that need not be whole (a share, a rate), as this dialect's spreadsheet reads it: the
   * one place a CSV writes a decimal. Never in exponent notation.
   */
  String decimal(BigDecimal value) {
    return value.toPlainString().replace('.', decimalMark);
  }

  public String key() {
    return key;
  }
}
