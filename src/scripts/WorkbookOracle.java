// Two small steps of src/scripts/workbook-oracle.sh, with nothing but the JDK (single-file source
// launch):
//
//   java src/scripts/WorkbookOracle.java change IN.xlsx OUT.xlsx SHEET CELL VALUE
//     the workbook with one number cell changed, as an analyst would, every formula's stored
//     value left as it was: only a program that recalculates shows the change in the totals
//   java src/scripts/WorkbookOracle.java collect LABEL DIR
//     every number LibreOffice exported to DIR/<name>-<sheet>.csv, one line each:
//     LABEL,sheet,cell,value
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

public class WorkbookOracle {

  public static void main(String[] args) throws IOException {
    if (args.length == 6 && args[0].equals("change")) {
      change(Path.of(args[1]), Path.of(args[2]), args[3], args[4], args[5]);
    } else if (args.length == 3 && args[0].equals("collect")) {
      collect(args[1], Path.of(args[2]));
    } else {
      System.err.println(
          "usage: WorkbookOracle change IN OUT SHEET CELL VALUE | collect LABEL DIR");
      System.exit(2);
    }
  }

  private static void change(Path in, Path out, String sheet, String cell, String value)
      throws IOException {
    byte[] zip = Files.readAllBytes(in);
    // payback's workbook names its sheet files in the order of the sheets.
    String workbook = new String(entry(zip, "xl/workbook.xml"), StandardCharsets.UTF_8);
    Matcher names = Pattern.compile("<sheet name=\"([^\"]*)\"").matcher(workbook);
    int index = 0;
    int found = -1;
    while (names.find()) {
      index++;
      if (names.group(1).equals(sheet)) {
        found = index;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("no sheet " + sheet);
    }
    String target = "xl/worksheets/sheet" + found + ".xml";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream zin = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream zout = new ZipOutputStream(bytes)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        byte[] data = zin.readAllBytes();
        if (e.getName().equals(target)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          Matcher m =
              Pattern.compile("(<c r=\"" + cell + "\"[^>]*t=\"n\"[^>]*><v>)[^<]*(</v>)")
                  .matcher(xml);
          if (!m.find()) {
            throw new IllegalArgumentException("no number in " + sheet + "!" + cell);
          }
          data =
              (xml.substring(0, m.start())
                      + m.group(1)
                      + value
                      + m.group(2)
                      + xml.substring(m.end()))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(data);
        zout.closeEntry();
      }
    }
    Files.write(out, bytes.toByteArray());
  }

  private static byte[] entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream zin = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        if (e.getName().equals(name)) {
          return zin.readAllBytes();
        }
      }
    }
    throw new IllegalArgumentException("no " + name);
  }

  private static void collect(String label, Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    StringBuilder out = new StringBuilder();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String sheet = name.substring(name.indexOf('-') + 1, name.length() - ".csv".length());
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int row = 0; row < lines.size(); row++) {
        List<String> fields = fields(lines.get(row));
        for (int c = 0; c < fields.size(); c++) {
          if (fields.get(c).matches("-?[0-9]+")) {
            out.append(String.join(",", label, sheet, ref(row, c), fields.get(c))).append('\n');
          }
        }
      }
    }
    System.out.print(out);
  }

  /** One CSV record's fields; a record never spans lines here, as no number cell does. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        f.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(ch);
      }
    }
    fields.add(f.toString());
    return fields;
  }

  private static String ref(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }
}
