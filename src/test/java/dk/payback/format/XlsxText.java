package dk.payback.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * A cell: its reference (B5), "s" for text or "n" for a number, the value, the number format or
   * "".
   */
  public record Cell(String ref, String type, String value, String format) {

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
      NodeList cells = parse(files.get(target)).getElementsByTagName("c");
      List<Cell> out = new ArrayList<>();
      for (int c = 0; c < cells.getLength(); c++) {
        Element cell = (Element) cells.item(c);
        NodeList v = cell.getElementsByTagName("v");
        if (v.getLength() == 0) {
          continue;
        }
        String raw = v.item(0).getTextContent();
        String t = cell.getAttribute("t");
        String style = cell.getAttribute("s");
        String format = style.isEmpty() ? "" : formats.get(Integer.parseInt(style));
        if (t.equals("s")) {
          out.add(
              new Cell(cell.getAttribute("r"), "s", strings.get(Integer.parseInt(raw)), format));
        } else {
          out.add(new Cell(cell.getAttribute("r"), "n", raw, format));
        }
      }
      sheets.put(s.getAttribute("name"), out);
    }
    return sheets;
  }

  /** One line per cell: {@code B5 n 3985 #,##0}; a blank line and "== name" between sheets. */
  public static String dump(byte[] xlsx) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<Cell>> sheet : sheets(xlsx).entrySet()) {
      sb.append("== ").append(sheet.getKey()).append('\n');
      for (Cell c : sheet.getValue()) {
        sb.append(c.ref()).append(' ').append(c.type()).append(' ').append(c.value());
        if (c.type().equals("n") && !c.format().isEmpty()) {
          sb.append("  [").append(c.format()).append(']');
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
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
