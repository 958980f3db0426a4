package dk.payback.format;

/**
 * How a format lays out, where it has a choice.
 *
 * @param width the width a terminal table must fit, or 0 for no limit (text only)
 * @param csvDialect how CSV is spelled (CSV only)
 */
public record FormatOptions(int width, CsvDialect csvDialect) {

  /** What a table is fitted to when nothing says otherwise: a pipe, a file. */
  public static final int DEFAULT_WIDTH = 100;

  public static final FormatOptions DEFAULT = new FormatOptions(DEFAULT_WIDTH, CsvDialect.RFC4180);
}
