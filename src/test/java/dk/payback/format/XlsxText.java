package dk.payback.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an xlsx back with nothing but the JDK: each sheet's cells with their type, value and number
 * format, as a text that a golden file can hold and a test can parse.
 */
public final class XlsxText {

  /**
   * A cell: its reference (B5), "s" for text or "n" for a number, the value (a formula's computed
   * value, as stored), the number format or "", and the formula without its "=", or "".
   */
  public record Cell(String ref, String type, String value, String format, String formula) {

    public boolean isFormula() {
      return !formula.isEmpty();
    }

    public int row() {
      return Integer.parseInt(ref.replaceAll("[A-Z]", ""));
    }

    public String column() {
      return ref.replaceAll("[0-9]", "");
    }
  }

  private XlsxText() {}

  /** The sheets in workbook order, by name. */
  public static Map<String, List<Cell>> sheets(byte[] xlsx) throws Exception {
    return read(xlsx, new LinkedHashMap<>());
  }

  /**
   * How each sheet is laid out for the reader, by name: the frozen pane's first free cell, the
   * autofilter's range, the column widths and the page setup, as one line.
   */
  public static Map<String, String> layouts(byte[] xlsx) throws Exception {
    Map<String, String> layouts = new LinkedHashMap<>();
    read(xlsx, layouts);
    return layouts;
  }

  /** Whether the workbook asks to be calculated when it is opened. */
  public static boolean calculatesOnLoad(byte[] xlsx) throws Exception {
    NodeList calc = parse(unzip(xlsx).get("xl/workbook.xml")).getElementsByTagName("calcPr");
    return calc.getLength() == 1
        && List.of("1", "true").contains(((Element) calc.item(0)).getAttribute("fullCalcOnLoad"));
  }

  private static Map<String, List<Cell>> read(byte[] xlsx, Map<String, String> layouts)
      throws Exception {
    Map<String, byte[]> files = unzip(xlsx);
    List<String> strings = new ArrayList<>();
    if (files.containsKey("xl/sharedStrings.xml")) {
      NodeList si = parse(files.get("xl/sharedStrings.xml")).getElementsByTagName("si");
      for (int i = 0; i < si.getLength(); i++) {
        strings.add(si.item(i).getTextContent());
      }
    }
    List<String> formats = cellFormats(parse(files.get("xl/styles.xml")));
    Map<String, String> targets = new HashMap<>();
    NodeList rels =
        parse(files.get("xl/_rels/workbook.xml.rels")).getElementsByTagName("Relationship");
    for (int i = 0; i < rels.getLength(); i++) {
      Element r = (Element) rels.item(i);
      targets.put(
          r.getAttribute("Id"), "xl/" + r.getAttribute("Target").replaceFirst("^/?xl/", ""));
    }
    Map<String, List<Cell>> sheets = new LinkedHashMap<>();
    NodeList sheetList = parse(files.get("xl/workbook.xml")).getElementsByTagName("sheet");
    for (int i = 0; i < sheetList.getLength(); i++) {
      Element s = (Element) sheetList.item(i);
      String target = targets.get(s.getAttribute("r:id"));
      Document sheet = parse(files.get(target));
      layouts.put(s.getAttribute("name"), layout(sheet));
      NodeList cells = sheet.getElementsByTagName("c");
      List<Cell> out = new ArrayList<>();
      for (int c = 0; c < cells.getLength(); c++) {
        Element cell = (Element) cells.item(c);
        NodeList v = cell.getElementsByTagName("v");
        NodeList f = cell.getElementsByTagName("f");
        if (v.getLength() == 0 && f.getLength() == 0) {
          continue;
        }
        // A formula without its stored value shows as one with an empty value.
        String raw = v.getLength() == 0 ? "" : v.item(0).getTextContent();
        String t = cell.getAttribute("t");
        String style = cell.getAttribute("s");
        String format = style.isEmpty() ? "" : formats.get(Integer.parseInt(style));
        String formula = f.getLength() == 0 ? "" : f.item(0).getTextContent();
        if (t.equals("s")) {
          out.add(
              new Cell(
                  cell.getAttribute("r"),
                  "s",
                  strings.get(Integer.parseInt(raw)),
                  format,
                  formula));
        } else {
          out.add(new Cell(cell.getAttribute("r"), "n", raw, format, formula));
        }
      }
      sheets.put(s.getAttribute("name"), out);
    }
    return sheets;
  }

  /**
   * One line per cell: {@code B5 n 3985 [#,##0]}, a formula after its value ({@code D8 n -6000
   * =SUM(D7:D7) [#,##0]}); a blank line and "== name" between sheets.
   */
  public static String dump(byte[] xlsx) throws Exception {
    StringBuilder sb = new StringBuilder();
    sb.append("calculate on load: ").append(calculatesOnLoad(xlsx)).append("\n\n");
    Map<String, String> layouts = layouts(xlsx);
    for (Map.Entry<String, List<Cell>> sheet : sheets(xlsx).entrySet()) {
      sb.append("== ").append(sheet.getKey()).append('\n');
      sb.append(layouts.get(sheet.getKey())).append('\n');
      for (Cell c : sheet.getValue()) {
        sb.append(c.ref()).append(' ').append(c.type()).append(' ').append(c.value());
        if (c.isFormula()) {
          sb.append(" =").append(c.formula());
        }
        if (c.type().equals("n") && !c.format().isEmpty()) {
          sb.append("  [").append(c.format()).append(']');
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Whether a formula is one of the workbook's own: sums and references over cells, and sums of
   * those, on its own sheet or on another of the workbook's sheets, named in quotes. Nothing from
   * the input can be one, as the input's texts are only ever string cells.
   */
  public static boolean isOwnFormula(String formula, Set<String> sheets) {
    Matcher names = Pattern.compile("'((?:[^']|'')*)'!").matcher(formula);
    while (names.find()) {
      if (!sheets.contains(names.group(1).replace("''", "'"))) {
        return false;
      }
    }
    return names.replaceAll("").matches("(SUM\\()?[A-Z]+[0-9]+((:|\\+)[A-Z]+[0-9]+)*\\)?");
  }

  private static String layout(Document sheet) {
    List<String> parts = new ArrayList<>();
    NodeList pane = sheet.getElementsByTagName("pane");
    if (pane.getLength() > 0) {
      Element p = (Element) pane.item(0);
      parts.add("pane " + p.getAttribute("state") + " at " + p.getAttribute("topLeftCell"));
    }
    NodeList filter = sheet.getElementsByTagName("autoFilter");
    if (filter.getLength() > 0) {
      parts.add("autofilter " + ((Element) filter.item(0)).getAttribute("ref"));
    }
    StringBuilder widths = new StringBuilder("widths");
    NodeList cols = sheet.getElementsByTagName("col");
    for (int i = 0; i < cols.getLength(); i++) {
      Element c = (Element) cols.item(i);
      widths.append(' ').append(c.getAttribute("min")).append('=').append(c.getAttribute("width"));
    }
    parts.add(widths.toString());
    NodeList setup = sheet.getElementsByTagName("pageSetup");
    if (setup.getLength() > 0) {
      Element p = (Element) setup.item(0);
      parts.add(
          "paper "
              + p.getAttribute("paperSize")
              + " "
              + p.getAttribute("orientation")
              + " fit "
              + p.getAttribute("fitToWidth")
              + "x"
              + p.getAttribute("fitToHeight"));
    }
    return "-- " + String.join(" · ", parts);
  }

  /** The number format of each cell style (cellXfs), "" for the general format. */
  private static List<String> cellFormats(Document styles) {
    Map<String, String> custom = new HashMap<>();
    NodeList numFmts = styles.getElementsByTagName("numFmt");
    for (int i = 0; i < numFmts.getLength(); i++) {
      Element f = (Element) numFmts.item(i);
      custom.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
    }
    List<String> out = new ArrayList<>();
    Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
    NodeList xfs = cellXfs.getElementsByTagName("xf");
    for (int i = 0; i < xfs.getLength(); i++) {
      String id = ((Element) xfs.item(i)).getAttribute("numFmtId");
      out.add(custom.getOrDefault(id, id.equals("3") ? "#,##0" : ""));
    }
    return out;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(xml));
  }
}
