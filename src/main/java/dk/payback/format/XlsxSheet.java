package dk.payback.format;

import dk.payback.view.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of the workbook as it is written: its cells, the computed value of each formula (which
 * fastexcel cannot store, see {@link XlsxFormat}), and the width each column needs for its table.
 */
final class XlsxSheet {

  /** Excel's width unit is about one character of the default font; a little more for padding. */
  private static final int PADDING = 2;

  private static final int WIDEST = 80;

  private final Worksheet ws;
  private final String name;
  private final Map<String, Long> cached;
  private final Map<Integer, Integer> widths = new TreeMap<>();
  private final Map<Integer, Integer> least = new HashMap<>();
  private final Map<Integer, Integer> most = new HashMap<>();

  XlsxSheet(Worksheet ws, String name, Map<String, Long> cached) {
    this.ws = ws;
    this.name = name;
    this.cached = cached;
  }

  String name() {
    return name;
  }

  StyleSetter style(int row, int column) {
    return ws.style(row, column);
  }

  /** A text in the table: a string cell, and its column made wide enough for it. */
  void text(int row, int column, String text) {
    String safe = XlsxFormat.xmlText(text);
    ws.value(row, column, safe);
    fit(column, safe.length());
  }

  /**
   * A text outside the table (a title, a note), which runs on into the empty cells beside it and so
   * does not widen its column.
   */
  void note(int row, int column, String text) {
    ws.value(row, column, XlsxFormat.xmlText(text));
  }

  /** A comment on a cell: what a figure's footnote says, where a number cannot carry the mark. */
  void comment(int row, int column, String text) {
    ws.comment(row, column, text);
  }

  /** A header cell, which wraps: its column need only fit the longest word. */
  void heading(int row, int column, String text) {
    String safe = XlsxFormat.xmlText(text);
    ws.value(row, column, safe);
    for (String word : safe.split("\\s+")) {
      fit(column, word.length());
    }
  }

  void value(int row, int column, int value) {
    ws.value(row, column, value);
    fit(column, String.valueOf(value).length());
  }

  /**
   * An amount as a number in the number format: a formula where one is given, with the amount as
   * its computed value.
   */
  void number(int row, int column, long value, boolean bold, String formula) {
    if (formula == null) {
      ws.value(row, column, value);
    } else {
      // fastexcel writes a formula into the XML as it is given; a sheet's name in it may hold
      // "<" or "&".
      ws.formula(row, column, escaped(formula));
      cached.put(ref(row, column), value);
    }
    var style = ws.style(row, column).format(XlsxFormat.NUMBER_FORMAT);
    if (bold) {
      style.bold();
    }
    style.set();
    fit(column, String.format(Locale.ROOT, "%,d", value).length() + (bold ? 1 : 0));
  }

  /** A total: the sum of the rows above it in its column, from {@code first} to {@code last}. */
  void sum(int row, int column, int first, int last, long value, boolean bold) {
    number(
        row,
        column,
        value,
        bold,
        last < first ? null : "SUM(" + ref(first, column) + ":" + ref(last, column) + ")");
  }

  /**
   * A total of groups: the sum of their subtotals' cells in its column, which lie among the rows
   * they add up.
   */
  void sumOf(int row, int column, List<Integer> rows, long value, boolean bold) {
    number(
        row,
        column,
        value,
        bold,
        rows.isEmpty()
            ? null
            : rows.stream().map(r -> ref(r, column)).collect(Collectors.joining("+")));
  }

  /**
   * An amount as a number; any other figure ("6 år*", "ingen") as text, right-aligned as figures
   * are.
   */
  void figure(int row, int column, Cell cell, boolean bold) {
    if (cell.amountOrNull() != null) {
      number(row, column, cell.amountOrNull(), bold, null);
    } else {
      text(row, column, cell.text());
      ws.style(row, column).horizontalAlignment("right").set();
    }
  }

  /** Rows above and columns left of the given cell stay in view while scrolling. */
  void freezePane(int columns, int rows) {
    ws.freezePane(columns, rows);
  }

  void setAutoFilter(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    ws.setAutoFilter(firstRow, firstColumn, lastRow, lastColumn);
  }

  void minWidth(int column, int width) {
    least.put(column, width);
  }

  /** A column of long texts is cut here; the text is still whole in the cell. */
  void maxWidth(int column, int width) {
    most.put(column, width);
  }

  /** Every column of the table as wide as its widest cell, within its bounds. */
  void fitColumns() {
    widths.forEach(
        (column, chars) ->
            ws.width(
                column,
                Math.max(
                    least.getOrDefault(column, 0),
                    Math.min(chars + PADDING, most.getOrDefault(column, WIDEST)))));
  }

  private void fit(int column, int chars) {
    widths.merge(column, chars, Math::max);
  }

  /** A cell reference such as B5, from a row and column counted from 0. */
  static String ref(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }

  private static String escaped(String formula) {
    return formula.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A sheet's name as a formula refers to it: quoted, an apostrophe in it doubled. */
  static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'";
  }
}
