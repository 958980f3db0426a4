package dk.payback.format;

import dk.payback.model.Diagnostic;
import dk.payback.util.OneLine;
import dk.payback.view.Cell;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.OverviewView;
import dk.payback.view.OverviewWords;
import dk.payback.view.ProposalView;
import dk.payback.view.ProposalWords;
import dk.payback.view.SensitivityView;
import dk.payback.view.TrackView;
import dk.payback.view.View;
import dk.payback.view.Words;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook: a sheet per view (the overview, the sensitivity, each proposal, the findings),
 * figures as numbers in the format {@code #,##0} (Excel shows the user's own thousands separator),
 * texts as in the tables. Every text from the input goes into a string cell, never a formula, so
 * that a title such as {@code =HYPERLINK(...)} stays the text it is.
 */
public final class XlsxFormat implements Format {

  static final String NUMBER_FORMAT = "#,##0";

  /** Excel's limit for a sheet name, and the characters it refuses in one. */
  private static final int MAX_SHEET_NAME = 31;

  private static final Pattern BAD_SHEET_CHARS = Pattern.compile("[\\[\\]:*?/\\\\]");

  /** fastexcel stamps the workbook with the time of writing; a report carries no timestamp. */
  private static final Pattern CREATED =
      Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");

  private static final String CORE_PROPERTIES = "docProps/core.xml";

  /**
   * A zip entry's time is a date and time of day with no zone, which setTimeLocal writes as it is.
   * Not 1980-01-01 00:00: the JDK takes that for "before 1980" and adds a timestamp taken in the
   * default time zone, so that the bytes would depend on where the report is written.
   */
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  public XlsxFormat() {}

  @Override
  public byte[] render(Document document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "payback", "1.0");
      document.visit(new Sheets(wb, document));
      wb.finish();
      return withoutTimestamp(bytes.toByteArray());
    } catch (IOException e) {
      // Only memory is written to; an IOException here is a bug, not a user's problem.
      throw new UncheckedIOException(e);
    }
  }

  private static final class Sheets implements View.Visitor<Void> {

    private final Workbook wb;
    private final Document document;
    private final Set<String> names = new HashSet<>();

    Sheets(Workbook wb, Document document) {
      this.wb = wb;
      this.document = document;
    }

    private Worksheet sheet(String name) {
      Worksheet ws = wb.newWorksheet(sheetName(name, names));
      page(ws);
      return ws;
    }

    @Override
    public Void overview(OverviewView v) {
      OverviewWords w = v.words();
      Worksheet ws = sheet(w.overviewHeading());
      int row = 0;
      text(ws, row, 0, v.title() == null ? w.reportTitle() : v.title());
      ws.style(row, 0).bold().fontSize(14).set();
      row++;
      row = scenario(ws, row);
      text(ws, row++, 0, w.unit() + " " + w.signNote());
      row++;
      List<String> header =
          new ArrayList<>(
              List.of(
                  w.number(), "ID", w.proposal(), w.investmentPeriod(v.firstYear(), v.lastYear())));
      v.savingsYears().forEach(y -> header.add(w.savingsYear(y)));
      header.add(Words.oneLine(w.paybackShort()));
      if (v.presentValues()) {
        header.add(Words.oneLine(w.npvShort()));
      }
      header.add(w.page());
      header(ws, row++, header, c -> c >= 3);
      for (OverviewView.Row r : v.rows()) {
        int c = 0;
        if (r.number() != 0) {
          ws.value(row, c, r.number());
        }
        c++;
        text(ws, row, c++, r.id());
        text(ws, row, c++, r.title());
        number(ws, row, c++, r.investment().value(), r.total());
        for (Cell s : r.savings()) {
          if (s.amountOrNull() != null) {
            number(ws, row, c, s.amountOrNull(), r.total());
          }
          c++;
        }
        text(ws, row, c, r.payback().text());
        ws.style(row, c++).horizontalAlignment("right").set();
        if (v.presentValues()) {
          number(ws, row, c++, r.presentValue().thousands(), r.total());
        }
        if (r.page() != null) {
          ws.value(row, c, r.page());
        }
        if (r.total()) {
          ws.style(row, 2).bold().set();
        }
        row++;
      }
      row++;
      for (String note : Formats.flowed(v.notes())) {
        text(ws, row++, 0, note);
      }
      ws.width(0, 6);
      ws.width(1, 7);
      ws.width(2, 60);
      for (int c = 3; c < header.size(); c++) {
        ws.width(c, 15);
      }
      ws.width(header.size() - (v.presentValues() ? 3 : 2), 17);
      ws.width(header.size() - 1, 7);
      return null;
    }

    @Override
    public Void track(TrackView v) {
      Worksheet ws = sheet(v.words().heading());
      int row = 0;
      text(ws, row, 0, v.words().heading());
      ws.style(row++, 0).bold().fontSize(14).set();
      text(ws, row++, 0, v.title());
      text(ws, row++, 0, v.intro());
      if (!v.rows().isEmpty()) {
        row = trackTable(ws, row + 1, v.headers(), v.rows());
      }
      for (TrackView.Entry e : v.proposals()) {
        row++;
        text(ws, row, 0, e.heading());
        ws.style(row++, 0).bold().set();
        row = trackTable(ws, row, e.headers(), e.years());
        for (TrackView.Labelled f : e.figures()) {
          text(ws, row, 0, f.label());
          figure(ws, row++, 1, f.value(), false);
        }
        for (String note : e.notes()) {
          text(ws, row++, 0, note);
        }
      }
      if (!v.notFollowedUp().isEmpty()) {
        row++;
        text(ws, row, 0, v.words().notFollowedUp());
        ws.style(row++, 0).bold().set();
        for (String p : v.notFollowedUp()) {
          text(ws, row++, 0, p);
        }
      }
      row++;
      for (String note : v.notes()) {
        text(ws, row++, 0, note);
      }
      ws.width(0, 50);
      for (int c = 1; c < v.headers().size(); c++) {
        ws.width(c, 14);
      }
      return null;
    }

    /** The header and rows of a table of figures; the row after it. */
    private int trackTable(Worksheet ws, int row, List<String> headers, List<TrackView.Row> rows) {
      header(ws, row++, headers.stream().map(Words::oneLine).toList(), c -> c >= 1);
      for (TrackView.Row r : rows) {
        text(ws, row, 0, r.label());
        if (r.total()) {
          ws.style(row, 0).bold().set();
        }
        for (int c = 0; c < r.cells().size(); c++) {
          figure(ws, row, 1 + c, r.cells().get(c), r.total());
        }
        row++;
      }
      return row;
    }

    @Override
    public Void sensitivity(SensitivityView v) {
      Worksheet ws = sheet(v.words().sensitivityHeading());
      int row = 0;
      text(ws, row, 0, v.words().sensitivityHeading());
      ws.style(row++, 0).bold().fontSize(14).set();
      for (String line : Formats.intro(v)) {
        text(ws, row++, 0, line);
      }
      for (SensitivityView.Table t : v.tables()) {
        row++;
        text(ws, row, 0, t.heading());
        ws.style(row++, 0).bold().set();
        header(ws, row++, v.headers(), c -> c >= 2);
        for (SensitivityView.Row r : t.rows()) {
          text(ws, row, 0, r.proposal());
          if (!r.risk().isEmpty()) {
            text(ws, row, 1, r.risk());
          }
          if (r.total()) {
            ws.style(row, 0).bold().set();
          }
          for (int c = 0; c < r.cells().size(); c++) {
            figure(ws, row, 2 + c, r.cells().get(c), r.total());
          }
          row++;
        }
      }
      row++;
      for (String note : Formats.flowed(v.notes())) {
        text(ws, row++, 0, note);
      }
      ws.width(0, 60);
      ws.width(1, 9);
      for (int c = 2; c < v.headers().size(); c++) {
        ws.width(c, 11);
      }
      return null;
    }

    @Override
    public Void proposal(ProposalView v) {
      ProposalWords w = v.words();
      Worksheet ws = sheet(v.proposal().id());
      int row = 0;
      text(ws, row, 0, v.heading());
      ws.style(row, 0).bold().fontSize(14).set();
      row++;
      row = scenario(ws, row);
      text(ws, row++, 0, String.join(" · ", v.facts()));
      if (v.summaryOnly() != null) {
        text(ws, row, 0, w.summaryOnly() + ": " + v.summaryOnly());
        ws.style(row++, 0).italic().set();
      }
      row++;
      text(ws, row, 0, w.tableHeading());
      ws.style(row++, 0).bold().set();
      List<String> header = new ArrayList<>(List.of(w.unit(), Words.oneLine(w.area())));
      v.years().forEach(y -> header.add(String.valueOf(y)));
      header(ws, row++, header, c -> c >= 2);
      for (ProposalView.Row r : v.rows()) {
        boolean line = r.kind() == ProposalView.Kind.LINE;
        text(ws, row, 0, r.text());
        if (line) {
          ws.style(row, 0).indent(1).set();
        } else {
          ws.style(row, 0).bold().set();
        }
        if (r.area() != null) {
          text(ws, row, 1, r.areaText());
        }
        for (int i = 0; i < v.years().size(); i++) {
          OptionalLong value = r.amounts().get(v.years().get(i));
          if (value.isPresent()) {
            number(ws, row, 2 + i, value.getAsLong(), !line);
          }
        }
        row++;
      }
      row++;
      text(ws, row, 0, w.paybackLine() + ": " + v.payback());
      ws.style(row++, 0).bold().set();
      for (String note : v.statedNotes()) {
        text(ws, row++, 0, note);
      }
      if (!v.presentValue().isEmpty()) {
        row++;
        for (ProposalView.Labelled figure : v.presentValue()) {
          text(ws, row, 0, figure.label());
          ws.style(row, 0).bold().set();
          if (figure.value().amountOrNull() != null) {
            number(ws, row, 1, figure.value().amountOrNull(), true);
          } else {
            // Left-aligned, so that a long text ("ingen inden for horisonten …") runs on into the
            // empty cells.
            text(ws, row, 1, figure.value().text());
          }
          row++;
        }
        text(ws, row, 0, v.presentValueYears());
      }
      ws.width(0, 62);
      ws.width(1, 17);
      for (int c = 2; c < header.size(); c++) {
        ws.width(c, 11);
      }
      return null;
    }

    @Override
    public Void findings(FindingsView v) {
      Worksheet ws = sheet(v.words().findingsSheet());
      int row = 0;
      text(ws, row, 0, v.words().findingsHeading());
      ws.style(row++, 0).bold().fontSize(14).set();
      for (String line : Formats.intro(v)) {
        text(ws, row++, 0, line);
      }
      if (v.invalid() && !v.errors().isEmpty()) {
        row++;
        for (Diagnostic d : v.errors()) {
          text(ws, row++, 0, d.format());
        }
      }
      List<FindingsView.Item> findings = v.findings();
      if (!findings.isEmpty()) {
        row++;
        header(ws, row++, v.headers(), FindingsView::isNumberColumn);
        for (FindingsView.Item item : findings) {
          List<Cell> cells = Formats.findingRow(item);
          for (int c = 0; c < 3; c++) {
            text(ws, row, c, cells.get(c).text());
          }
          if (!item.year().isEmpty()) {
            ws.value(row, 3, Integer.parseInt(item.year()));
          }
          for (int c = 4; c < 7; c++) {
            if (!cells.get(c).text().isEmpty()) {
              figure(ws, row, c, cells.get(c), false);
            }
          }
          text(ws, row, 7, cells.get(7).text());
          ws.style(row++, 7).indent(1).set();
        }
      }
      ws.width(0, 24);
      ws.width(1, 28);
      ws.width(2, 34);
      ws.width(3, 7);
      for (int c = 4; c < 7; c++) {
        ws.width(c, 14);
      }
      ws.width(7, 22);
      return null;
    }

    /**
     * The scenario's line under a sheet's title, so that no one takes its figures for the
     * proposals' own.
     */
    private int scenario(Worksheet ws, int row) {
      var line = document.scenarioLine();
      if (line.isEmpty()) {
        return row;
      }
      text(ws, row, 0, line.get());
      ws.style(row, 0).bold().set();
      return row + 1;
    }
  }

  /** Each sheet prints on one landscape A4 page, as the template's tables do. */
  private static void page(Worksheet ws) {
    ws.paperSize(PaperSize.A4_PAPER);
    ws.pageOrientation("landscape");
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 1);
  }

  /** A header row, its headings right-aligned above the columns of figures. */
  private static void header(Worksheet ws, int row, List<String> cells, IntPredicate figures) {
    for (int c = 0; c < cells.size(); c++) {
      text(ws, row, c, cells.get(c));
      var style = ws.style(row, c).bold().wrapText(true).borderStyle(BorderSide.BOTTOM, "thin");
      if (figures.test(c)) {
        style.horizontalAlignment("right");
      }
      style.set();
    }
  }

  /**
   * An amount as a number; any other figure ("6 år*", "ingen") as text, right-aligned as figures
   * are.
   */
  private static void figure(Worksheet ws, int row, int column, Cell cell, boolean bold) {
    if (cell.amountOrNull() != null) {
      number(ws, row, column, cell.amountOrNull(), bold);
    } else {
      text(ws, row, column, cell.text());
      ws.style(row, column).horizontalAlignment("right").set();
    }
  }

  private static void number(Worksheet ws, int row, int column, long value, boolean bold) {
    ws.value(row, column, value);
    var style = ws.style(row, column).format(NUMBER_FORMAT);
    if (bold) {
      style.bold();
    }
    style.set();
  }

  /**
   * Every text goes into the sheet here: as a string cell, which no spreadsheet program evaluates,
   * whatever it begins with. A character that XML 1.0 cannot carry (most control characters, a lone
   * surrogate) would break the workbook, so it is shown as the replacement character instead.
   */
  private static void text(Worksheet ws, int row, int column, String text) {
    ws.value(row, column, xmlText(text));
  }

  static String xmlText(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean ok =
          pair
              || (c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF')
              || c == '\t'
              || c == '\n'
              || c == '\r';
      if (!ok && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
        if (pair) {
          sb.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * A sheet name Excel accepts: no []:*?/\ and nothing hidden, not beginning or ending with an
   * apostrophe, not the name Excel keeps for itself, at most 31 characters, unique regardless of
   * case.
   */
  static String sheetName(String wanted, Set<String> taken) {
    StringBuilder clean = new StringBuilder();
    for (char c : xmlText(BAD_SHEET_CHARS.matcher(wanted).replaceAll("_")).toCharArray()) {
      clean.append(OneLine.hidden(c) ? '_' : c);
    }
    String base = clean.toString().replaceAll("^'+|'+$", "");
    if (base.isBlank() || base.equalsIgnoreCase("History")) {
      base = base + "_";
    }
    base = cut(base, MAX_SHEET_NAME);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    return name;
  }

  /** At most {@code max} characters, not splitting a surrogate pair. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
  }

  /**
   * The same workbook with the creation time taken out of its properties, rewritten entry by entry
   * in the same order with a fixed entry time, so that the same input gives the same bytes
   * anywhere.
   */
  static byte[] withoutTimestamp(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 256);
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (ZipEntries.Entry e : ZipEntries.read(xlsx)) {
        byte[] data = e.data();
        if (e.name().equals(CORE_PROPERTIES)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          data = CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.name());
        copy.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(copy);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
