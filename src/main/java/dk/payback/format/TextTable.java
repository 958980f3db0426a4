package dk.payback.format;

import dk.payback.util.OneLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for a terminal: left-aligned text, right-aligned numbers, headers that may
 * span two lines, and one flexible column that is shortened with "…" to keep the table within a
 * width. Every cell is shown on one line with its control characters as escapes, and measured so,
 * so that a text from a case file can neither add a row nor move the cursor, nor push the columns
 * out of line.
 */
final class TextTable {

  enum Align {
    LEFT,
    RIGHT
  }

  private static final String GAP = "  ";

  private final String[] headers;
  private final Align[] aligns;
  private final int flexColumn;
  private final boolean wrap;
  private final List<String[]> rows = new ArrayList<>();
  private int uniformFrom = -1;
  private int flexMinimum = 12;
  private int uniformTo = -1;

  /**
   * @param flexColumn the column that gives way when the table is too wide, or -1
   * @param wrap whether the flexible column wraps its text onto more lines (true) or is shortened
   *     with "…" (false)
   */
  TextTable(String[] headers, Align[] aligns, int flexColumn, boolean wrap) {
    this.headers = headers.clone();
    this.aligns = aligns.clone();
    this.flexColumn = flexColumn;
    this.wrap = wrap;
  }

  /**
   * Gives columns {@code from} to {@code to} (inclusive) one width, as year columns should have.
   */
  TextTable uniform(int from, int to) {
    this.uniformFrom = from;
    this.uniformTo = to;
    return this;
  }

  /**
   * Keeps the flexible column at least as wide as a text that must never be cut short, such as a
   * total's label.
   */
  TextTable keepWhole(String text) {
    flexMinimum = Math.max(flexMinimum, OneLine.of(text).length());
    return this;
  }

  TextTable row(String... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.length);
    }
    String[] safe = new String[cells.length];
    for (int c = 0; c < cells.length; c++) {
      safe[c] = OneLine.of(cells[c]);
    }
    rows.add(safe);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  TextTable rule() {
    rows.add(null);
    return this;
  }

  /**
   * @param maxWidth the width to fit, or 0 for no limit
   */
  String render(int maxWidth) {
    int n = headers.length;
    int[] width = new int[n];
    String[][] head = new String[n][];
    int headLines = 1;
    for (int c = 0; c < n; c++) {
      // A heading's line breaks are the table's own (two-line headings); only its lines are
      // escaped.
      head[c] = headers[c].split("\n", -1);
      for (int i = 0; i < head[c].length; i++) {
        head[c][i] = OneLine.of(head[c][i]);
      }
      headLines = Math.max(headLines, head[c].length);
      for (String h : head[c]) {
        width[c] = Math.max(width[c], h.length());
      }
    }
    for (String[] r : rows) {
      if (r != null) {
        for (int c = 0; c < n; c++) {
          width[c] = Math.max(width[c], r[c].length() - hanging(r[c], c));
        }
      }
    }
    if (uniformFrom >= 0 && uniformTo >= uniformFrom) {
      int w = 0;
      for (int c = uniformFrom; c <= uniformTo; c++) {
        w = Math.max(w, width[c]);
      }
      for (int c = uniformFrom; c <= uniformTo; c++) {
        width[c] = w;
      }
    }
    int total = Arrays.stream(width).sum() + GAP.length() * (n - 1);
    if (maxWidth > 0 && total > maxWidth && flexColumn >= 0) {
      int shrink = total - maxWidth;
      width[flexColumn] =
          Math.max(Math.min(flexMinimum, width[flexColumn]), width[flexColumn] - shrink);
      total = Arrays.stream(width).sum() + GAP.length() * (n - 1);
    }
    StringBuilder sb = new StringBuilder();
    for (int line = 0; line < headLines; line++) {
      String[] cells = new String[n];
      for (int c = 0; c < n; c++) {
        // Bottom-align headers so that one-line headings sit beside the second line of two-line
        // ones.
        int offset = headLines - head[c].length;
        cells[c] = line >= offset ? head[c][line - offset] : "";
      }
      appendRow(sb, cells, width);
    }
    sb.append("─".repeat(total)).append('\n');
    for (String[] r : rows) {
      if (r == null) {
        sb.append("─".repeat(total)).append('\n');
      } else if (wrap && flexColumn >= 0 && r[flexColumn].length() > width[flexColumn]) {
        List<String> parts = wrapText(r[flexColumn], width[flexColumn]);
        for (int i = 0; i < parts.size(); i++) {
          // Figures go on the last line of a wrapped text, as in the source's tables.
          String[] cells = i == parts.size() - 1 ? r.clone() : blank(r.length);
          cells[flexColumn] = parts.get(i);
          appendRow(sb, cells, width);
        }
      } else {
        appendRow(sb, r, width);
      }
    }
    return sb.toString();
  }

  private static String[] blank(int n) {
    String[] cells = new String[n];
    Arrays.fill(cells, "");
    return cells;
  }

  /** Word-wraps, keeping the text's leading indent on every line. */
  static List<String> wrapText(String text, int width) {
    int indentLength = 0;
    while (indentLength < text.length() && text.charAt(indentLength) == ' ') {
      indentLength++;
    }
    String indent = text.substring(0, indentLength);
    String cont = indent + "  ";
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder(indent);
    boolean empty = true;
    for (String word : text.substring(indentLength).split(" +")) {
      if (!empty && cur.length() + 1 + word.length() > width) {
        lines.add(cur.toString());
        cur = new StringBuilder(cont);
        empty = true;
      }
      if (!empty) {
        cur.append(' ');
      }
      cur.append(word);
      empty = false;
    }
    lines.add(cur.toString());
    return lines;
  }

  private void appendRow(StringBuilder sb, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    int carry = 0;
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        // A footnote mark that hung out of the cell before takes its place in the gap.
        line.append(GAP, 0, GAP.length() - carry);
      }
      int hang = hanging(cells[c], c);
      String cell = shorten(cells[c], width[c] + hang);
      String pad = " ".repeat(Math.max(0, width[c] + hang - cell.length()));
      line.append(aligns[c] == Align.RIGHT ? pad + cell : cell + pad);
      carry = hang;
    }
    sb.append(stripTrailing(line)).append('\n');
  }

  /**
   * A figure's footnote mark ("-3.280¹") hangs into the gap after it, as in print, so that the
   * figures stay in line and a mark does not widen its column: one mark character, in a
   * right-aligned column that has a gap after it.
   */
  private int hanging(String cell, int column) {
    int n = cell.length();
    boolean marked =
        n > 1 && MARKS.indexOf(cell.charAt(n - 1)) >= 0 && MARKS.indexOf(cell.charAt(n - 2)) < 0;
    return marked && aligns[column] == Align.RIGHT && column < aligns.length - 1 ? 1 : 0;
  }

  private static final String MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  static String shorten(String s, int width) {
    if (s.length() <= width) {
      return s;
    }
    return s.substring(0, Math.max(0, width - 1)).stripTrailing() + "…";
  }

  private static String stripTrailing(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }
}
