package dk.payback.report;

import dk.payback.calc.Overview;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.model.Proposal;
import dk.payback.render.Labels;
import dk.payback.view.Lang;
import dk.payback.render.ProposalTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook: an overview sheet and one sheet per proposal, figures as numbers in the format
 * {@code #,##0} (Excel shows the user's own thousands separator), texts as in the tables.
 */
public final class XlsxReport implements ReportRenderer {

  static final String NUMBER_FORMAT = "#,##0";

  /** Excel's limit for a sheet name, and the characters it refuses in one. */
  private static final int MAX_SHEET_NAME = 31;
  private static final Pattern BAD_SHEET_CHARS = Pattern.compile("[\\[\\]:*?/\\\\]");

  /** fastexcel stamps the workbook with the time of writing; a report carries no timestamp. */
  private static final Pattern CREATED = Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");
  private static final String CORE_PROPERTIES = "docProps/core.xml";
  /**
   * Not 1980-01-01 00:00: ZipEntry takes that DOS time to mean "before 1980" and adds an extended
   * timestamp converted through the default time zone, so the bytes would differ from zone to zone. A
   * later time is stored as a DOS time alone, which has no zone.
   */
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

  @Override
  public byte[] render(Report report, Lang lang) {
    Labels l = Labels.of(lang);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "payback", "1.0");
      Set<String> names = new HashSet<>();
      Scenario scenario = report.scenario();
      report.forEach(
          s -> overviewSheet(wb.newWorksheet(sheetName(l.overviewHeading(), names)), s, scenario, l),
          s -> sensitivitySheet(wb.newWorksheet(sheetName(l.sensitivityHeading(), names)), s.sensitivity(), scenario, l),
          s -> proposalSheet(wb.newWorksheet(sheetName(s.proposal().id(), names)), s, scenario, l),
          s -> findingsSheet(wb.newWorksheet(sheetName(l.findingsSheet(), names)), s, scenario, l));
      wb.finish();
      return withoutTimestamp(bytes.toByteArray());
    } catch (IOException e) {
      // Only memory is written to; an IOException here is a bug, not a user's problem.
      throw new UncheckedIOException(e);
    }
  }

  private static void overviewSheet(Worksheet ws, OverviewSection s, Scenario scenario, Labels l) {
    Overview o = s.overview();
    page(ws);
    int row = 0;
    ws.value(row, 0, o.title() == null ? l.reportTitle() : o.title());
    ws.style(row, 0).bold().fontSize(14).set();
    row++;
    row = scenario(ws, row, scenario, l);
    ws.value(row++, 0, l.unit() + " " + l.signNote());
    row++;
    List<String> header = new java.util.ArrayList<>(List.of(l.number(), "ID", l.proposal(), l.investmentPeriod(o.firstYear(), o.lastYear())));
    o.savingsYears().forEach(y -> header.add(l.savingsYear(y)));
    header.add(Labels.oneLine(l.paybackShort()));
    header.add(Labels.oneLine(l.npvShort()));
    header.add(l.page());
    header(ws, row++, header, c -> c >= 3);
    for (OverviewRows.Row r : OverviewRows.of(s, l)) {
      int c = 0;
      if (!r.number().isEmpty()) {
        ws.value(row, c, Integer.parseInt(r.number().replace(".", "")));
      }
      c++;
      ws.value(row, c++, r.id());
      ws.value(row, c++, r.title());
      number(ws, row, c++, r.investment(), r.total());
      for (OptionalLong v : r.savings()) {
        if (v.isPresent()) {
          number(ws, row, c, v.getAsLong(), r.total());
        }
        c++;
      }
      ws.value(row, c, r.payback());
      ws.style(row, c++).horizontalAlignment("right").set();
      number(ws, row, c++, r.netPresentValue(), r.total());
      if (!r.page().isEmpty()) {
        ws.value(row, c, Integer.parseInt(r.page()));
      }
      if (r.total()) {
        ws.style(row, 2).bold().set();
      }
      row++;
    }
    row++;
    for (String note : OverviewRows.notes(s, l)) {
      ws.value(row++, 0, note);
    }
    ws.width(0, 6);
    ws.width(1, 7);
    ws.width(2, 60);
    for (int c = 3; c < header.size(); c++) {
      ws.width(c, 15);
    }
    ws.width(header.size() - 3, 17);
    ws.width(header.size() - 1, 7);
  }

  private static void sensitivitySheet(Worksheet ws, Sensitivity s, Scenario scenario, Labels l) {
    page(ws);
    int row = 0;
    ws.value(row, 0, l.sensitivityHeading());
    ws.style(row++, 0).bold().fontSize(14).set();
    for (String line : SensitivityRows.intro(s, l)) {
      ws.value(row++, 0, line);
    }
    if (!scenario.isBase()) {
      ws.value(row++, 0, l.sensitivityOfCasesAsRead());
    }
    List<String> headers = SensitivityRows.headers(s, l);
    for (SensitivityRows.Table t : SensitivityRows.of(s, l)) {
      row++;
      ws.value(row, 0, t.heading());
      ws.style(row++, 0).bold().set();
      header(ws, row++, headers, c -> c >= 2);
      for (SensitivityRows.Row r : t.rows()) {
        ws.value(row, 0, r.proposal());
        if (!r.risk().isEmpty()) {
          ws.value(row, 1, r.risk());
        }
        if (r.total()) {
          ws.style(row, 0).bold().set();
        }
        for (int c = 0; c < r.cells().size(); c++) {
          Cell cell = r.cells().get(c);
          if (cell.amount() != null) {
            number(ws, row, 2 + c, cell.amount(), r.total());
          } else {
            ws.value(row, 2 + c, cell.text());
            ws.style(row, 2 + c).horizontalAlignment("right").set();
          }
        }
        row++;
      }
    }
    row++;
    for (String note : SensitivityRows.notes(s, l)) {
      ws.value(row++, 0, note);
    }
    ws.width(0, 60);
    ws.width(1, 9);
    for (int c = 2; c < headers.size(); c++) {
      ws.width(c, 11);
    }
  }

  /** The scenario's line under a sheet's title, so that no one takes its figures for the proposals' own. */
  private static int scenario(Worksheet ws, int row, Scenario scenario, Labels l) {
    if (scenario.isBase()) {
      return row;
    }
    ws.value(row, 0, l.scenario(scenario));
    ws.style(row, 0).bold().set();
    return row + 1;
  }

  private static void proposalSheet(Worksheet ws, ProposalSection s, Scenario scenario, Labels l) {
    ProposalFigures f = s.figures();
    Proposal p = f.proposal();
    page(ws);
    int row = 0;
    ws.value(row, 0, p.id() + " – " + p.title());
    ws.style(row, 0).bold().fontSize(14).set();
    row++;
    row = scenario(ws, row, scenario, l);
    ws.value(row++, 0, String.join(" · ", l.facts(p)));
    if (p.isSummaryOnly()) {
      ws.value(row, 0, l.summaryOnly() + ": " + p.summaryOnly().reason());
      ws.style(row++, 0).italic().set();
    }
    row++;
    ws.value(row, 0, l.tableHeading());
    ws.style(row++, 0).bold().set();
    List<String> header = new java.util.ArrayList<>(List.of(l.unit(), Labels.oneLine(l.area())));
    p.years().forEach(y -> header.add(String.valueOf(y)));
    header(ws, row++, header, c -> c >= 2);
    for (ProposalRows.Row r : ProposalRows.of(f, l)) {
      boolean bold = r.kind() != ProposalRows.Kind.LINE;
      ws.value(row, 0, r.text());
      if (r.kind() == ProposalRows.Kind.LINE) {
        ws.style(row, 0).indent(1).set();
      } else {
        ws.style(row, 0).bold().set();
      }
      if (r.area() != null) {
        ws.value(row, 1, l.area(r.area()));
      }
      for (int i = 0; i < p.years().size(); i++) {
        OptionalLong v = r.amounts().get(p.years().get(i));
        if (v.isPresent()) {
          number(ws, row, 2 + i, v.getAsLong(), bold);
        }
      }
      row++;
    }
    row++;
    ws.value(row, 0, l.paybackLine() + ": " + l.paybackAndStated(f));
    ws.style(row++, 0).bold().set();
    for (String note : ProposalTable.statedDiffers(s.differences(), p, l)) {
      ws.value(row++, 0, note);
    }
    row++;
    for (ProposalRows.Labelled figure : ProposalRows.appraisal(s.appraisal(), l)) {
      ws.value(row, 0, figure.label());
      ws.style(row, 0).bold().set();
      if (figure.value().amount() != null) {
        number(ws, row, 1, figure.value().amount(), true);
      } else {
        // Left-aligned, so that a long text ("ingen inden for horisonten …") runs on into the empty cells.
        ws.value(row, 1, figure.value().text());
      }
      row++;
    }
    ws.value(row, 0, ProposalRows.appraisalYears(s.appraisal(), l));
    ws.width(0, 62);
    ws.width(1, 17);
    for (int c = 2; c < header.size(); c++) {
      ws.width(c, 11);
    }
  }

  private static void findingsSheet(Worksheet ws, FindingsSection s, Scenario scenario, Labels l) {
    page(ws);
    int row = 0;
    ws.value(row, 0, l.findingsHeading());
    ws.style(row++, 0).bold().fontSize(14).set();
    ws.value(row++, 0, l.findingsIntro());
    if (!scenario.isBase()) {
      ws.value(row++, 0, l.findingsOfSource());
    }
    ws.value(row++, 0, FindingRows.count(s, l));
    List<FindingRows.Row> rows = FindingRows.of(s, l);
    if (!rows.isEmpty()) {
      row++;
      header(ws, row++, FindingRows.headers(l), FindingRows::isNumberColumn);
      for (FindingRows.Row r : rows) {
        ws.value(row, 0, r.location());
        ws.value(row, 1, r.subject());
        ws.value(row, 2, r.figure());
        if (!r.year().isEmpty()) {
          ws.value(row, 3, Integer.parseInt(r.year()));
        }
        int c = 4;
        for (Cell cell : List.of(r.stated(), r.computed(), r.difference())) {
          if (cell.amount() != null) {
            number(ws, row, c, cell.amount(), false);
          } else if (!cell.text().isEmpty()) {
            ws.value(row, c, cell.text());
            ws.style(row, c).horizontalAlignment("right").set();
          }
          c++;
        }
        ws.value(row, 7, r.basis());
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
      ws.value(row, c, cells.get(c));
      var style = ws.style(row, c).bold().wrapText(true).borderStyle(org.dhatim.fastexcel.BorderSide.BOTTOM, "thin");
      if (figures.test(c)) {
        style.horizontalAlignment("right");
      }
      style.set();
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

  /** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique regardless of case. */
  static String sheetName(String wanted, Set<String> taken) {
    String base = BAD_SHEET_CHARS.matcher(wanted).replaceAll("_");
    if (base.isBlank()) {
      base = "_";
    }
    base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    return name;
  }

  /**
   * The same workbook with the creation time taken out of its properties, rewritten entry by entry in
   * the same order with a fixed entry time, so that the same input gives the same bytes.
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
