package dk.payback.format;

import dk.payback.util.OneLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for a terminal: left-aligned text, right-aligned numbers, headers that may
 * span two lines, and one flexible column that gives way to keep the table within a width. Every
 * cell is shown on one line with its control characters as escapes, and measured so, so that a text
 * from a case file can neither add a row nor move the cursor, nor push the columns out of line.
 *
 * <p>What gives way, in order, when the table is wider than its width: the flexible column's texts
 * are shortened with "…" (a title), down to the longest label (a total's, which is never cut) or 12
 * characters (a wrapping column, whose texts wrap instead: 24); then labels wrap at a space; then
 * the figures close up to one space apart; then the figures are split into blocks, one under the
 * other, each repeating the leading text columns, as few blocks as fit and as even as they can be.
 * A figure, a heading and a label are never cut. Only the leading text columns and one figure
 * column alone wider than the width make a line wider.
 */
final class TextTable {

  enum Align {
    LEFT,
    RIGHT
  }

  private static final String GAP = "  ";

  /** Where a title is shortened no further. */
  private static final int FLEX_MINIMUM = 12;

  /**
   * Where a wrapping column is narrowed no further: a text of many short lines reads worse than a
   * table in blocks.
   */
  private static final int WRAP_MINIMUM = 24;

  private record Row(String[] cells, boolean label) {}

  private final String[] headers;
  private final Align[] aligns;
  private final int flexColumn;
  private final boolean wrap;
  private final List<Row> rows = new ArrayList<>();
  private int uniformFrom = -1;
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
   * They also stay together in one block where the table must be split.
   */
  TextTable uniform(int from, int to) {
    this.uniformFrom = from;
    this.uniformTo = to;
    return this;
  }

  TextTable row(String... cells) {
    return row(cells, false);
  }

  /**
   * @param label whether the row's flexible cell is a label, such as a total's, that is never cut
   *     short: it keeps the column as wide as it is while titles give way, and wraps at spaces
   *     where it must
   */
  TextTable row(String[] cells, boolean label) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.length);
    }
    String[] safe = new String[cells.length];
    for (int c = 0; c < cells.length; c++) {
      safe[c] = OneLine.of(cells[c]);
    }
    rows.add(new Row(safe, label));
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
    java.io.StringWriter text = new java.io.StringWriter();
    TextSink sink = new TextSink(text, lines -> lines);
    render(maxWidth, sink);
    sink.finish();
    return text.toString();
  }

  /**
   * Writes the table a row at a time: a table of 100,000 rows is never one string.
   *
   * @param maxWidth the width to fit, or 0 for no limit
   */
  void render(int maxWidth, TextSink out) {
    int n = headers.length;
    int[] width = new int[n];
    String[][] head = new String[n][];
    for (int c = 0; c < n; c++) {
      // A heading's line breaks are the table's own (two-line headings); only its lines are
      // escaped.
      head[c] = headers[c].split("\n", -1);
      for (int i = 0; i < head[c].length; i++) {
        head[c][i] = OneLine.of(head[c][i]);
      }
      for (String h : head[c]) {
        width[c] = Math.max(width[c], h.length());
      }
    }
    for (Row r : rows) {
      if (r != null) {
        for (int c = 0; c < n; c++) {
          width[c] = Math.max(width[c], r.cells()[c].length() - hanging(r.cells()[c], c, n - 1));
        }
      }
    }
    uniform(width);
    int[] all = range(0, n);
    if (maxWidth <= 0 || span(width, all, false) <= maxWidth) {
      block(head, width, all, false, out);
      return;
    }
    if (flexColumn >= 0) {
      int natural = width[flexColumn];
      int excess = span(width, all, false) - maxWidth;
      // Titles give way first, down to the longest label; then labels wrap at spaces.
      for (int floor : new int[] {floor(natural, false), floor(natural, true)}) {
        width[flexColumn] = Math.max(floor, natural - excess);
        if (span(width, all, false) <= maxWidth) {
          block(head, width, all, false, out);
          return;
        }
      }
      // Then the figures close up to one space apart (two after a footnote mark's column).
      int[] tight = width.clone();
      tight[flexColumn] = natural;
      tight[flexColumn] =
          Math.max(floor(natural, true), natural - (span(tight, all, true) - maxWidth));
      if (span(tight, all, true) <= maxWidth) {
        block(head, tight, all, true, out);
        return;
      }
      width[flexColumn] = natural;
    }
    blocks(head, width, maxWidth, out);
  }

  /** Gives the uniform columns the width of the widest of them. */
  private void uniform(int[] width) {
    if (uniformFrom >= 0 && uniformTo >= uniformFrom) {
      int w = 0;
      for (int c = uniformFrom; c <= uniformTo; c++) {
        w = Math.max(w, width[c]);
      }
      for (int c = uniformFrom; c <= uniformTo; c++) {
        width[c] = w;
      }
    }
  }

  /**
   * How narrow the flexible column may become: as narrow as a title may be shortened, but as wide
   * as the longest label, or, where labels may wrap, as the longest word of one.
   */
  private int floor(int natural, boolean wrapLabels) {
    int floor = Math.min(wrap ? WRAP_MINIMUM : FLEX_MINIMUM, natural);
    for (Row r : rows) {
      if (r != null && r.label()) {
        String label = r.cells()[flexColumn];
        if (wrapLabels) {
          for (String word : label.strip().split(" +")) {
            floor = Math.max(floor, indent(label) + word.length());
          }
        } else {
          floor = Math.max(floor, label.length());
        }
      }
    }
    return floor;
  }

  /**
   * The table as blocks of columns one under the other, each with the leading text columns (the
   * key): as few blocks as fit the width, split as evenly as they can be, with columns of one width
   * (the years) kept together. The flexible column is then as wide as the widest block leaves room
   * for.
   */
  private void blocks(String[][] head, int[] width, int maxWidth, TextSink out) {
    int n = headers.length;
    int keyEnd = Math.max(flexColumn, 0);
    while (keyEnd + 1 < n - 1 && aligns[keyEnd + 1] == Align.LEFT) {
      keyEnd++;
    }
    int natural = flexColumn >= 0 ? width[flexColumn] : 0;
    if (flexColumn >= 0) {
      width[flexColumn] = floor(natural, true);
    }
    int key = span(width, range(0, keyEnd + 1), false);
    // The columns after the key in runs that stay together.
    List<int[]> atoms = new ArrayList<>();
    for (int c = keyEnd + 1; c < n; ) {
      int end = c;
      if (c == uniformFrom && uniformTo > c) {
        int[] group = range(c, uniformTo + 1);
        if (key + gapped(width, group) <= maxWidth) {
          end = uniformTo;
        }
      }
      atoms.add(range(c, end + 1));
      c = end + 1;
    }
    int[] marked = new int[n];
    for (int c = 0; c < n; c++) {
      marked[c] = Math.max(0, markedWidth(c) - width[c]);
    }
    List<List<int[]>> parts = partition(atoms, width, marked, maxWidth - key);
    int widest = 0;
    for (List<int[]> part : parts) {
      int[] others = concat(part);
      widest = Math.max(widest, gapped(width, others) + marked[others[others.length - 1]]);
    }
    if (flexColumn >= 0) {
      width[flexColumn] =
          Math.max(
              width[flexColumn], Math.min(natural, width[flexColumn] + maxWidth - key - widest));
    }
    for (int p = 0; p < parts.size(); p++) {
      if (p > 0) {
        out.append('\n');
      }
      int[] others = concat(parts.get(p));
      int[] columns = new int[keyEnd + 1 + others.length];
      System.arraycopy(range(0, keyEnd + 1), 0, columns, 0, keyEnd + 1);
      System.arraycopy(others, 0, columns, keyEnd + 1, others.length);
      block(head, width, columns, false, out);
    }
  }

  /**
   * The runs in as few blocks as fit {@code room}, the widest block as narrow as it can be; a run
   * wider than the room alone is a block of its own.
   */
  private static List<List<int[]>> partition(
      List<int[]> atoms, int[] width, int[] marked, int room) {
    int m = atoms.size();
    int[] size = new int[m];
    int[] end = new int[m];
    for (int i = 0; i < m; i++) {
      int[] atom = atoms.get(i);
      size[i] = gapped(width, atom);
      // A block's last column has no gap for a footnote mark to hang into.
      end[i] = marked[atom[atom.length - 1]];
    }
    // fewest[j]: the fewest blocks for the first j runs; widest[j]: the narrowest widest block so.
    int[] fewest = new int[m + 1];
    int[] widest = new int[m + 1];
    int[] from = new int[m + 1];
    for (int j = 1; j <= m; j++) {
      fewest[j] = Integer.MAX_VALUE;
      int sum = 0;
      for (int i = j - 1; i >= 0; i--) {
        sum += size[i];
        if (sum + end[j - 1] > room && i < j - 1) {
          break;
        }
        int blocks = fewest[i] + 1;
        int wide = Math.max(widest[i], sum + end[j - 1]);
        if (blocks < fewest[j] || (blocks == fewest[j] && wide < widest[j])) {
          fewest[j] = blocks;
          widest[j] = wide;
          from[j] = i;
        }
      }
    }
    List<List<int[]>> parts = new ArrayList<>();
    for (int j = m; j > 0; j = from[j]) {
      parts.add(0, atoms.subList(from[j], j));
    }
    return parts;
  }

  /** How wide a column is as the last of a block, where a footnote mark has no gap to hang into. */
  private int markedWidth(int column) {
    int w = 0;
    for (Row r : rows) {
      if (r != null && hanging(r.cells()[column], column, headers.length - 1) > 0) {
        w = Math.max(w, r.cells()[column].length());
      }
    }
    return w;
  }

  /**
   * One table of the given columns: headers, a rule, the rows.
   *
   * @param tight whether figures side by side are one space apart instead of two
   */
  private void block(String[][] head, int[] width, int[] columns, boolean tight, TextSink sb) {
    int last = columns[columns.length - 1];
    int[] w = width.clone();
    w[last] = Math.max(w[last], markedWidth(last));
    int headLines = 1;
    for (int c : columns) {
      headLines = Math.max(headLines, head[c].length);
    }
    int total = span(w, columns, tight);
    for (int line = 0; line < headLines; line++) {
      String[] cells = new String[headers.length];
      for (int c : columns) {
        // Bottom-align headers so that one-line headings sit beside the second line of two-line
        // ones.
        int offset = headLines - head[c].length;
        cells[c] = line >= offset ? head[c][line - offset] : "";
      }
      appendRow(sb, cells, w, columns, tight);
    }
    sb.append("─".repeat(total)).append('\n');
    for (Row row : rows) {
      if (row == null) {
        sb.append("─".repeat(total)).append('\n');
        continue;
      }
      String[] r = row.cells();
      if ((wrap || row.label()) && flexColumn >= 0 && r[flexColumn].length() > w[flexColumn]) {
        List<String> parts = wrapText(r[flexColumn], w[flexColumn], continued(row, w[flexColumn]));
        for (int i = 0; i < parts.size(); i++) {
          // Figures go on the last line of a wrapped text, as in the source's tables.
          String[] cells = i == parts.size() - 1 ? r.clone() : blank(r.length);
          cells[flexColumn] = parts.get(i);
          appendRow(sb, cells, w, columns, tight);
        }
      } else {
        appendRow(sb, r, w, columns, tight);
      }
    }
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  private static int[] concat(List<int[]> parts) {
    return parts.stream().flatMapToInt(Arrays::stream).toArray();
  }

  /** The width of the columns side by side. */
  private int span(int[] width, int[] columns, boolean tight) {
    int sum = gapped(width, columns) - GAP.length();
    for (int i = 1; i < columns.length; i++) {
      sum -= GAP.length() - gap(columns, i, tight);
    }
    return sum;
  }

  /**
   * The gap before the i-th of the columns: where tight, one space between figures, unless a
   * footnote mark hangs into it; else two.
   */
  private int gap(int[] columns, int i, boolean tight) {
    int before = columns[i - 1];
    boolean figures = aligns[columns[i]] == Align.RIGHT && aligns[before] == Align.RIGHT;
    return tight && figures && markedWidth(before) == 0 ? 1 : GAP.length();
  }

  /** The width of the columns, each with the gap before it. */
  private static int gapped(int[] width, int[] columns) {
    int sum = 0;
    for (int c : columns) {
      sum += GAP.length() + width[c];
    }
    return sum;
  }

  private static String[] blank(int n) {
    String[] cells = new String[n];
    Arrays.fill(cells, "");
    return cells;
  }

  private static int indent(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** How much further than its first line the next lines of a wrapped text are indented. */
  private static final int CONTINUED = 2;

  /**
   * How much further a wrapped cell's next lines are indented: as far as {@link #CONTINUED}, but a
   * label's only where its words then fit, for a label is never cut.
   */
  private int continued(Row row, int width) {
    if (row.label()) {
      String text = row.cells()[flexColumn];
      for (String word : text.strip().split(" +")) {
        if (indent(text) + CONTINUED + word.length() > width) {
          return 0;
        }
      }
    }
    return CONTINUED;
  }

  /**
   * Word-wraps a cell, keeping its leading indent on every line and indenting the next lines more.
   */
  static List<String> wrapText(String text, int width) {
    return wrapText(text, width, CONTINUED);
  }

  /**
   * Word-wraps, keeping the text's leading indent on every line.
   *
   * @param continued how much further than the first line the next lines are indented
   */
  static List<String> wrapText(String text, int width, int continued) {
    int indentLength = indent(text);
    String indent = text.substring(0, indentLength);
    String cont = indent + " ".repeat(continued);
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

  private void appendRow(TextSink sb, String[] cells, int[] width, int[] columns, boolean tight) {
    StringBuilder line = new StringBuilder();
    int carry = 0;
    int last = columns[columns.length - 1];
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i];
      if (i > 0) {
        // A footnote mark that hung out of the cell before takes its place in the gap.
        line.append(GAP, 0, gap(columns, i, tight) - carry);
      }
      int hang = hanging(cells[c], c, last);
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
  private int hanging(String cell, int column, int last) {
    int n = cell.length();
    boolean marked =
        n > 1 && MARKS.indexOf(cell.charAt(n - 1)) >= 0 && MARKS.indexOf(cell.charAt(n - 2)) < 0;
    return marked && aligns[column] == Align.RIGHT && column < last ? 1 : 0;
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
