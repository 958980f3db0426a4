package dk.payback.format;

import dk.payback.model.Diagnostic;
import dk.payback.util.OneLine;
import dk.payback.view.BudgetView;
import dk.payback.view.Cell;
import dk.payback.view.DiffView;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
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

  private static final String WORKBOOK = "xl/workbook.xml";

  /** A formula cell as fastexcel writes it, up to its closing tag, which is left out. */
  private static final Pattern FORMULA_CELL =
      Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*><f>[^<]*</f>(?=</c>)");

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
      Sheets sheets = new Sheets(wb, document);
      document.visit(sheets);
      sheets.finish();
      wb.finish();
      return finished(bytes.toByteArray(), sheets.cached);
    } catch (IOException e) {
      // Only memory is written to; an IOException here is a bug, not a user's problem.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a proposal's sheet holds its subtotals, so that the overview can refer to them.
   *
   * @param rows the row of each total by its key (permanent_total, implementation_total)
   */
  private record ProposalSheet(String name, Map<String, Integer> rows, List<Integer> years) {

    /** The cell of a total in a year, or null where the sheet has no such cell. */
    String ref(String key, int year) {
      Integer row = rows.get(key);
      int i = years.indexOf(year);
      return row == null || i < 0 ? null : XlsxSheet.quoted(name) + "!" + XlsxSheet.ref(row, 2 + i);
    }

    /** The range of a total over every year, or null. */
    String range(String key) {
      Integer row = rows.get(key);
      return row == null || years.isEmpty()
          ? null
          : XlsxSheet.quoted(name)
              + "!"
              + XlsxSheet.ref(row, 2)
              + ":"
              + XlsxSheet.ref(row, 2 + years.size() - 1);
    }
  }

  private static final class Sheets implements View.Visitor<Void> {

    private final Workbook wb;
    private final Document document;
    private final Set<String> names = new HashSet<>();
    private final List<XlsxSheet> all = new ArrayList<>();
    private final Map<String, ProposalSheet> proposals = new HashMap<>();
    private final List<Runnable> overviews = new ArrayList<>();

    /** The computed value of each formula, by sheet file and cell reference. */
    final Map<String, Map<String, Long>> cached = new HashMap<>();

    Sheets(Workbook wb, Document document) {
      this.wb = wb;
      this.document = document;
    }

    private XlsxSheet sheet(String name) {
      String unique = sheetName(name, names);
      Worksheet ws = wb.newWorksheet(unique);
      page(ws);
      Map<String, Long> values = new HashMap<>();
      cached.put("xl/worksheets/sheet" + (all.size() + 1) + ".xml", values);
      XlsxSheet sheet = new XlsxSheet(ws, unique, values);
      all.add(sheet);
      return sheet;
    }

    /**
     * The overviews are laid out last, into the sheets they already have, so that they can refer to
     * the proposals' sheets that follow them.
     */
    void finish() {
      overviews.forEach(Runnable::run);
      all.forEach(XlsxSheet::fitColumns);
    }

    @Override
    public Void overview(OverviewView v) {
      XlsxSheet sheet = sheet(v.words().overviewHeading());
      overviews.add(() -> overview(sheet, v));
      return null;
    }

    private void overview(XlsxSheet ws, OverviewView v) {
      OverviewWords w = v.words();
      int row = 0;
      ws.note(row, 0, v.title() == null ? w.reportTitle() : v.title());
      ws.style(row, 0).bold().fontSize(14).set();
      row++;
      row = scenario(ws, row);
      ws.note(row++, 0, w.unit() + " " + w.signNote());
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
      int headerRow = row;
      header(ws, row++, header, c -> c >= 3);
      int group = row;
      // The subtotals of the section so far: its total adds them, not the rows twice.
      List<Integer> subtotals = new ArrayList<>();
      for (OverviewView.Row r : v.rows()) {
        ProposalSheet own = r.sum() ? null : proposals.get(r.id());
        boolean ofGroups = r.total() && !subtotals.isEmpty();
        int c = 0;
        if (r.number() != 0) {
          ws.value(row, c, r.number());
        }
        c++;
        ws.text(row, c++, r.id());
        ws.text(row, c++, r.title());
        if (ofGroups) {
          ws.sumOf(row, c++, subtotals, r.investment().value(), true);
        } else if (r.sum()) {
          ws.sum(row, c++, group, row - 1, r.investment().value(), true);
        } else {
          ws.number(
              row,
              c++,
              r.investment().value(),
              false,
              own == null ? null : "SUM(" + own.range("implementation_total") + ")");
        }
        printed(ws, row, c - 1, v.printedAt(r, null));
        for (int i = 0; i < r.savings().size(); i++) {
          Long amount = r.savings().get(i).amountOrNull();
          if (ofGroups) {
            ws.sumOf(row, c, subtotals, amount, true);
          } else if (r.sum()) {
            ws.sum(row, c, group, row - 1, amount, true);
          } else if (amount != null) {
            String ref = own == null ? null : own.ref("permanent_total", v.savingsYears().get(i));
            ws.number(row, c, amount, false, ref);
          }
          if (amount != null) {
            printed(ws, row, c, v.printedAt(r, v.savingsYears().get(i)));
          }
          c++;
        }
        ws.text(row, c, r.payback().text());
        ws.style(row, c++).horizontalAlignment("right").set();
        if (v.presentValues()) {
          ws.number(row, c++, r.presentValue().thousands(), r.sum(), null);
        }
        if (r.page() != null) {
          ws.value(row, c, r.page());
        }
        if (r.sum()) {
          ws.style(row, 2).bold().set();
          group = row + 1;
        }
        if (r.subtotal()) {
          subtotals.add(row);
        } else if (r.total()) {
          subtotals.clear();
        }
        row++;
      }
      ws.freezePane(2, headerRow + 1);
      filter(ws, headerRow, header.size(), v.rows());
      row++;
      for (String note : Formats.flowed(v.notes())) {
        ws.note(row++, 0, note);
      }
      ws.note(row, 0, w.workbookFormulas());
      ws.minWidth(2, 30);
      ws.maxWidth(2, 70);
    }

    /**
     * An autofilter over the header and the proposals above the first total: sorting or filtering
     * them then leaves every total where it is, its sum over the same rows. The proposals after a
     * total are out of reach of the one autofilter a sheet may have; a grouped overview has none,
     * as a filter over its first group alone would mislead.
     */
    private static void filter(
        XlsxSheet ws, int headerRow, int columns, List<OverviewView.Row> rows) {
      int proposals = 0;
      while (proposals < rows.size() && !rows.get(proposals).sum()) {
        proposals++;
      }
      boolean grouped = rows.stream().anyMatch(OverviewView.Row::subtotal);
      if (proposals > 0 && !grouped) {
        ws.setAutoFilter(headerRow, 0, headerRow + proposals, columns - 1);
      }
    }

    @Override
    public Void budget(BudgetView v) {
      XlsxSheet ws = sheet(v.words().budgetSheet());
      int row = 0;
      ws.note(row, 0, v.heading());
      ws.style(row++, 0).bold().fontSize(14).set();
      row = scenario(ws, row);
      ws.note(row++, 0, v.words().unit() + " " + v.words().signNote());
      row++;
      if (!v.empty()) {
        row = budgetTable(ws, row, v);
      }
      row++;
      for (String note : Formats.flowed(v.notes())) {
        ws.note(row++, 0, note);
      }
      if (!v.empty()) {
        ws.note(row++, 0, v.words().workbookSums(v.byProposal()));
      }
      ws.maxWidth(0, 70);
      return null;
    }

    /**
     * The budget's table from {@code row}, its sums formulas over the rows shown: an area's over
     * the proposals' shares beneath it, a section's total over its areas, the total of all over the
     * sections' totals.
     *
     * @return the row after the table
     */
    private int budgetTable(XlsxSheet ws, int row, BudgetView v) {
      List<String> header = new ArrayList<>(List.of(v.words().areaColumn()));
      v.years().forEach(y -> header.add(String.valueOf(y)));
      header(ws, row++, header, c -> c >= 1);
      List<BudgetView.Row> rows = v.rows();
      List<Integer> areas = new ArrayList<>();
      List<Integer> sections = new ArrayList<>();
      for (int k = 0; k < rows.size(); k++) {
        BudgetView.Row r = rows.get(k);
        boolean proposal = r.kind() == BudgetView.Kind.PROPOSAL;
        ws.text(row, 0, r.text());
        if (proposal) {
          ws.style(row, 0).indent(1).set();
        } else {
          ws.style(row, 0).bold().set();
        }
        int shares = 0;
        while (r.kind() == BudgetView.Kind.AREA
            && k + 1 + shares < rows.size()
            && rows.get(k + 1 + shares).kind() == BudgetView.Kind.PROPOSAL) {
          shares++;
        }
        for (int i = 0; i < r.cells().size(); i++) {
          Long amount = r.cells().get(i).amountOrNull();
          if (amount == null) {
            continue;
          }
          switch (r.kind()) {
            case AREA -> ws.sum(row, 1 + i, row + 1, row + shares, amount, true);
            case TOTAL -> ws.sumOf(row, 1 + i, r.type() == null ? sections : areas, amount, true);
            default -> ws.number(row, 1 + i, amount, !proposal, null);
          }
        }
        if (r.kind() == BudgetView.Kind.AREA) {
          areas.add(row);
        } else if (r.kind() == BudgetView.Kind.TOTAL) {
          areas.clear();
          sections.add(row);
        }
        row++;
      }
      return row;
    }

    @Override
    public Void track(TrackView v) {
      XlsxSheet ws = sheet(v.words().heading());
      int row = 0;
      ws.note(row, 0, v.words().heading());
      ws.style(row++, 0).bold().fontSize(14).set();
      ws.note(row++, 0, v.title());
      ws.note(row++, 0, v.intro());
      if (!v.rows().isEmpty()) {
        row = trackTable(ws, row + 1, v.headers(), v.rows());
      }
      for (TrackView.Entry e : v.proposals()) {
        row++;
        ws.note(row, 0, e.heading());
        ws.style(row++, 0).bold().set();
        row = trackTable(ws, row, e.headers(), e.years());
        for (TrackView.Labelled f : e.figures()) {
          ws.note(row, 0, f.label());
          ws.figure(row++, 1, f.value(), false);
        }
        for (String note : e.notes()) {
          ws.note(row++, 0, note);
        }
      }
      if (!v.notFollowedUp().isEmpty()) {
        row++;
        ws.note(row, 0, v.words().notFollowedUp());
        ws.style(row++, 0).bold().set();
        for (String p : v.notFollowedUp()) {
          ws.note(row++, 0, p);
        }
      }
      row++;
      for (String note : v.notes()) {
        ws.note(row++, 0, note);
      }
      ws.maxWidth(0, 50);
      return null;
    }

    /** The header and rows of a table of figures; the row after it. */
    private int trackTable(XlsxSheet ws, int row, List<String> headers, List<TrackView.Row> rows) {
      header(ws, row++, headers.stream().map(Words::oneLine).toList(), c -> c >= 1);
      for (TrackView.Row r : rows) {
        ws.text(row, 0, r.label());
        if (r.total()) {
          ws.style(row, 0).bold().set();
        }
        for (int c = 0; c < r.cells().size(); c++) {
          ws.figure(row, 1 + c, r.cells().get(c), r.total());
        }
        row++;
      }
      return row;
    }

    @Override
    public Void sensitivity(SensitivityView v) {
      XlsxSheet ws = sheet(v.words().sensitivityHeading());
      int row = 0;
      ws.note(row, 0, v.words().sensitivityHeading());
      ws.style(row++, 0).bold().fontSize(14).set();
      for (String line : Formats.intro(v)) {
        ws.note(row++, 0, line);
      }
      for (SensitivityView.Table t : v.tables()) {
        row++;
        ws.note(row, 0, t.heading());
        ws.style(row++, 0).bold().set();
        header(ws, row++, v.headers(), c -> c >= 2);
        for (SensitivityView.Row r : t.rows()) {
          ws.text(row, 0, r.proposal());
          if (!r.risk().isEmpty()) {
            ws.text(row, 1, r.risk());
          }
          if (r.total()) {
            ws.style(row, 0).bold().set();
          }
          for (int c = 0; c < r.cells().size(); c++) {
            ws.figure(row, 2 + c, r.cells().get(c), r.total());
          }
          row++;
        }
      }
      ws.freezePane(1, 0);
      row++;
      for (String note : Formats.flowed(v.notes())) {
        ws.note(row++, 0, note);
      }
      ws.note(row, 0, v.words().workbookFixed());
      ws.maxWidth(0, 70);
      return null;
    }

    @Override
    public Void proposal(ProposalView v) {
      ProposalWords w = v.words();
      XlsxSheet ws = sheet(v.proposal().id());
      int row = 0;
      ws.note(row, 0, v.heading());
      ws.style(row, 0).bold().fontSize(14).set();
      row++;
      row = scenario(ws, row);
      ws.note(row++, 0, String.join(" · ", v.facts()));
      if (v.summaryOnly() != null) {
        ws.note(row, 0, w.summaryOnly() + ": " + v.summaryOnly());
        ws.style(row++, 0).italic().set();
      }
      row++;
      ws.note(row, 0, w.tableHeading());
      ws.style(row++, 0).bold().set();
      List<String> header = new ArrayList<>(List.of(w.unit(), Words.oneLine(w.area())));
      v.years().forEach(y -> header.add(String.valueOf(y)));
      header(ws, row++, header, c -> c >= 2);
      ws.freezePane(1, row);
      Map<String, Integer> totals = new LinkedHashMap<>();
      int firstLine = row;
      int net = -1;
      for (ProposalView.Row r : v.rows()) {
        boolean line = r.kind() == ProposalView.Kind.LINE;
        ws.text(row, 0, r.text());
        if (line) {
          ws.style(row, 0).indent(1).set();
        } else {
          ws.style(row, 0).bold().set();
        }
        if (r.kind() == ProposalView.Kind.HEADING) {
          firstLine = row + 1;
        }
        if (r.area() != null) {
          ws.text(row, 1, r.areaText());
        }
        for (int i = 0; i < v.years().size(); i++) {
          OptionalLong value = r.amounts().get(v.years().get(i));
          int c = 2 + i;
          String formula =
              switch (r.key()) {
                case "permanent_total", "implementation_total" ->
                    v.summaryOnly() != null || row == firstLine
                        ? null
                        : "SUM("
                            + XlsxSheet.ref(firstLine, c)
                            + ":"
                            + XlsxSheet.ref(row - 1, c)
                            + ")";
                case "net_impact" ->
                    totals.values().stream()
                        .map(t -> XlsxSheet.ref(t, c))
                        .reduce((a, b) -> a + "+" + b)
                        .orElse(null);
                case "cumulative" ->
                    i == 0
                        ? XlsxSheet.ref(net, c)
                        : XlsxSheet.ref(row, c - 1) + "+" + XlsxSheet.ref(net, c);
                default -> null;
              };
          if (value.isPresent()) {
            ws.number(row, c, value.getAsLong(), !line, formula);
          }
        }
        if (r.kind() == ProposalView.Kind.TOTAL) {
          totals.put(r.key(), row);
        }
        if (r.key().equals("net_impact")) {
          net = row;
        }
        row++;
      }
      proposals.putIfAbsent(
          v.proposal().id(), new ProposalSheet(ws.name(), Map.copyOf(totals), v.years()));
      row++;
      ws.note(row, 0, w.paybackLine() + ": " + v.payback());
      ws.style(row++, 0).bold().set();
      for (String note : v.statedNotes()) {
        ws.note(row++, 0, note);
      }
      if (!v.presentValue().isEmpty()) {
        row++;
        for (ProposalView.Labelled figure : v.presentValue()) {
          ws.note(row, 0, figure.label());
          ws.style(row, 0).bold().set();
          if (figure.value().amountOrNull() != null) {
            ws.number(row, 1, figure.value().amountOrNull(), true, null);
          } else {
            // Left-aligned, so that a long text ("ingen inden for horisonten …") runs on into the
            // empty cells.
            ws.note(row, 1, figure.value().text());
          }
          row++;
        }
        ws.note(row++, 0, v.presentValueYears());
      }
      ws.note(row, 0, w.workbookFormulas());
      ws.minWidth(0, 40);
      ws.maxWidth(0, 70);
      return null;
    }

    /**
     * Two sheets: the counts, the conditions that hold and a row per proposal; then every figure, a
     * row per figure and year as in the CSV ({@link DiffRows}), to filter and pivot.
     */
    @Override
    public Void diff(DiffView v) {
      XlsxSheet ws = sheet(v.words().summarySheet());
      int row = 0;
      ws.note(row, 0, v.heading());
      ws.style(row++, 0).bold().fontSize(14).set();
      ws.note(row++, 0, v.words().unit() + " " + v.words().signNote());
      List<String> intro = Formats.intro(v);
      for (String line : intro) {
        ws.note(row++, 0, line);
      }
      for (String breach : v.breaches()) {
        ws.note(row, 0, breach);
        ws.style(row++, 0).bold().set();
      }
      DiffView.Table t = v.summary();
      if (!t.rows().isEmpty()) {
        int headerRow = ++row;
        header(ws, row++, t.headers().stream().map(Words::oneLine).toList(), c -> c >= t.texts());
        for (List<Cell> cells : t.rows()) {
          for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (c < t.texts()) {
              ws.text(row, c, cell.text());
            } else if (!cell.text().isEmpty()) {
              ws.figure(row, c, cell, false);
            }
          }
          row++;
        }
        ws.freezePane(1, headerRow + 1);
        ws.setAutoFilter(headerRow, 0, row - 1, t.headers().size() - 1);
      }
      figures(sheet(v.words().figuresSheet()), DiffRows.of(v));
      return null;
    }

    /** The diff's flat table: texts as strings, years and figures as numbers. */
    private static void figures(XlsxSheet ws, List<DiffRows.Row> rows) {
      List<String> columns = DiffRows.COLUMNS;
      header(ws, 0, columns, c -> columns.get(c).equals("year") || DiffRows.isFigure(c));
      int row = 1;
      for (DiffRows.Row r : rows) {
        List<Object> fields = r.fields();
        for (int c = 0; c < fields.size(); c++) {
          Object f = fields.get(c);
          if (f instanceof Long amount) {
            ws.number(row, c, amount, false, null);
          } else if (f instanceof Integer year) {
            ws.value(row, c, year);
          } else if (f instanceof String text && !text.isEmpty()) {
            ws.text(row, c, text);
          }
        }
        row++;
      }
      ws.freezePane(0, 1);
      ws.setAutoFilter(0, 0, row - 1, columns.size() - 1);
      ws.maxWidth(columns.indexOf("text"), 60);
      ws.maxWidth(columns.indexOf("before_text"), 40);
      ws.maxWidth(columns.indexOf("after_text"), 40);
    }

    @Override
    public Void findings(FindingsView v) {
      XlsxSheet ws = sheet(v.words().findingsSheet());
      int row = 0;
      ws.note(row, 0, v.words().findingsHeading());
      ws.style(row++, 0).bold().fontSize(14).set();
      for (String line : Formats.intro(v)) {
        ws.note(row++, 0, line);
      }
      if (v.invalid() && !v.errors().isEmpty()) {
        row++;
        for (Diagnostic d : v.errors()) {
          ws.note(row++, 0, d.format());
        }
      }
      List<FindingsView.Item> findings = v.findings();
      if (!findings.isEmpty()) {
        row++;
        header(ws, row, v.headers(), FindingsView::isNumberColumn);
        ws.freezePane(0, ++row);
        for (FindingsView.Item item : findings) {
          List<Cell> cells = Formats.findingRow(item);
          for (int c = 0; c < 3; c++) {
            ws.text(row, c, cells.get(c).text());
          }
          if (!item.year().isEmpty()) {
            ws.value(row, 3, Integer.parseInt(item.year()));
          }
          for (int c = 4; c < 7; c++) {
            if (!cells.get(c).text().isEmpty()) {
              ws.figure(row, c, cells.get(c), false);
            }
          }
          ws.text(row, 7, cells.get(7).text());
          ws.style(row++, 7).indent(1).set();
        }
      }
      if (!v.warnings().isEmpty()) {
        row++;
        for (FindingsView.Notice n : v.warnings()) {
          ws.note(row++, 0, n.line());
        }
      }
      ws.maxWidth(2, 50);
      ws.maxWidth(7, 60);
      return null;
    }

    /**
     * The scenario's line under a sheet's title, so that no one takes its figures for the
     * proposals' own.
     */
    private int scenario(XlsxSheet ws, int row) {
      var line = document.scenarioLine();
      if (line.isEmpty()) {
        return row;
      }
      ws.note(row, 0, line.get());
      ws.style(row, 0).bold().set();
      return row + 1;
    }
  }

  /**
   * A figure the overview prints otherwise: a number cannot carry the footnote's mark, so the cell
   * gets the footnote as its comment (the footnotes are under the table too).
   */
  private static void printed(
      XlsxSheet ws, int row, int column, java.util.Optional<OverviewView.Printed> printed) {
    printed.ifPresent(p -> ws.comment(row, column, xmlText(p.footnote().replace('\n', ' '))));
  }

  /** Each sheet prints on landscape A4 pages, fitted to the page's width, as the template's are. */
  private static void page(Worksheet ws) {
    ws.paperSize(PaperSize.A4_PAPER);
    ws.pageOrientation("landscape");
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
  }

  /** A header row, its headings right-aligned above the columns of figures. */
  private static void header(XlsxSheet ws, int row, List<String> cells, IntPredicate figures) {
    for (int c = 0; c < cells.size(); c++) {
      ws.heading(row, c, cells.get(c));
      var style = ws.style(row, c).bold().wrapText(true).borderStyle(BorderSide.BOTTOM, "thin");
      if (figures.test(c)) {
        style.horizontalAlignment("right");
      }
      style.set();
    }
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
   * The workbook as fastexcel wrote it, finished in three ways, rewritten entry by entry in the
   * same order with a fixed entry time: the creation time taken out of its properties, so that the
   * same input gives the same bytes anywhere; each formula given its computed value, which
   * fastexcel (0.19) has no way to store, so that a viewer that does not calculate shows the right
   * figures; and the workbook told to calculate every formula when it is opened, so that a program
   * that trusts stored values still shows the formulas' own.
   *
   * @param cached the value of each formula cell, by sheet file and cell reference
   */
  static byte[] finished(byte[] xlsx, Map<String, Map<String, Long>> cached) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 256);
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (ZipEntries.Entry e : ZipEntries.read(xlsx)) {
        byte[] data = e.data();
        if (e.name().equals(CORE_PROPERTIES)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          data = CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8);
        } else if (e.name().equals(WORKBOOK)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          data = calculatedOnLoad(xml).getBytes(StandardCharsets.UTF_8);
        } else if (cached.containsKey(e.name()) && !cached.get(e.name()).isEmpty()) {
          String xml = new String(data, StandardCharsets.UTF_8);
          data = withValues(xml, cached.get(e.name())).getBytes(StandardCharsets.UTF_8);
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

  /** calcPr follows definedNames, the last element fastexcel writes, in the schema's order. */
  private static String calculatedOnLoad(String workbook) {
    if (!workbook.endsWith("</workbook>")) {
      throw new IllegalStateException("fastexcel wrote an unexpected workbook.xml");
    }
    return workbook.substring(0, workbook.length() - "</workbook>".length())
        + "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>";
  }

  /**
   * Each formula cell as fastexcel writes it, {@code <c r="D5" s="3"><f>…</f></c>}, given its value
   * after the formula, where the schema puts it. Every formula must be found, or the workbook would
   * show blanks in a viewer that does not calculate.
   */
  private static String withValues(String sheet, Map<String, Long> values) {
    Matcher m = FORMULA_CELL.matcher(sheet);
    StringBuilder sb = new StringBuilder(sheet.length() + values.size() * 16);
    int found = 0;
    while (m.find()) {
      Long value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("a formula without its value in " + m.group(1));
      }
      found++;
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group() + "<v>" + value + "</v>"));
    }
    m.appendTail(sb);
    if (found != values.size()) {
      throw new IllegalStateException("formulas written " + values.size() + ", found " + found);
    }
    return sb.toString();
  }
}
