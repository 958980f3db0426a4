package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.payback.report.XlsxText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format carries the same figures as {@code payback summary}: each one is parsed back
 * and its investment and savings per proposal, and both totals, compared with the summary's table.
 */
class ReportNumbersTest {

  static final List<Integer> SAVINGS_YEARS = List.of(2019, 2020, 2021, 2022);
  static final String TOTAL_INVESTMENT = "I ALT investment";
  static final String TOTAL_INNOVATION = "I ALT innovation";

  /** Per proposal ID (or total): investment, then savings per year; null where the overview prints "-". */
  static Map<String, List<Long>> summary;

  @TempDir static Path tmp;

  @BeforeAll
  static void readSummary() {
    Cli.Result r = Cli.run("summary", "--wide", "cases");
    assertThat(r.exitCode()).isZero();
    summary = new LinkedHashMap<>();
    for (String line : r.out().split("\n")) {
      String[] cells = line.trim().split("\\s{2,}");
      if (cells.length >= 9 && cells[0].matches("\\d+\\.")) {
        String id = cells[1].substring(0, cells[1].indexOf(' '));
        summary.put(id, danish(Arrays.asList(cells).subList(2, 7)));
      } else if (cells.length == 6 && cells[0].startsWith("I ALT (")) {
        summary.put(cells[0].contains("investering") ? TOTAL_INVESTMENT : TOTAL_INNOVATION, danish(Arrays.asList(cells).subList(1, 6)));
      }
    }
    // The reference itself, against the source: 19 proposals, both totals, and known figures.
    assertThat(summary).hasSize(21);
    assertThat(summary.get("HA02")).containsExactly(3985L, -6000L, -6000L, -6000L, -6000L);
    assertThat(summary.get("IN01")).containsExactly(960L, null, null, null, null);
    assertThat(summary.get(TOTAL_INVESTMENT)).containsExactly(75435L, -59624L, -68844L, -72978L, -74978L);
    assertThat(summary.get(TOTAL_INNOVATION)).containsExactly(960L, 0L, 0L, 0L, 0L);
  }

  @Test
  void markdown() {
    String md = report("md");
    String overview = md.substring(md.indexOf("## Oversigt"), md.indexOf("\n## ", md.indexOf("## Oversigt") + 1));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    for (String line : overview.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| Nr.") || line.startsWith("| ---")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.split("(?<!\\\\)\\|")).map(c -> c.trim().replace("**", "")).toList();
      found.put(key(cells.get(2)), danish(cells.subList(3, 8)));
    }
    assertThat(found).isEqualTo(summary);
  }

  @Test
  void csv() {
    Map<String, List<Long>> found = new LinkedHashMap<>();
    Map<String, Long> implementation = new TreeMap<>();
    for (List<String> row : csvRows(report("csv"))) {
      String id = row.get(0);
      String section = row.get(2);
      String key = id.isEmpty() ? (row.get(1).equals("investment") ? TOTAL_INVESTMENT : TOTAL_INNOVATION) : id;
      switch (section) {
        case "overview_investment", "total_investment" -> found.computeIfAbsent(key, k -> blank()).set(0, Long.parseLong(row.get(7)));
        case "overview_savings", "total_savings" ->
            found.computeIfAbsent(key, k -> blank()).set(1 + SAVINGS_YEARS.indexOf(Integer.parseInt(row.get(6))), Long.parseLong(row.get(7)));
        case "implementation_total" -> implementation.merge(id, Long.parseLong(row.get(7)), Long::sum);
        default -> { }
      }
    }
    assertThat(found).isEqualTo(summary);
    // The tables' implementation totals add up to the overview's investment.
    implementation.forEach((id, sum) -> assertThat(sum).as(id).isEqualTo(summary.get(id).get(0)));
    assertThat(implementation).hasSize(19);
  }

  @Test
  void json() throws Exception {
    JsonNode root = new ObjectMapper().readTree(report("json"));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    for (JsonNode row : root.path("overview").path("rows")) {
      found.put(row.path("id").asText(), fromJson(row));
    }
    found.put(TOTAL_INVESTMENT, fromJson(root.path("overview").path("totals").path("investment")));
    found.put(TOTAL_INNOVATION, fromJson(root.path("overview").path("totals").path("innovation")));
    assertThat(found).isEqualTo(summary);
    for (JsonNode p : root.path("proposals")) {
      assertThat(p.path("investment").asLong()).as(p.path("id").asText()).isEqualTo(summary.get(p.path("id").asText()).get(0));
    }
    assertThat(root.path("proposals")).hasSize(19);
  }

  @Test
  void html() {
    String html = report("html");
    Matcher table = Pattern.compile("<table class=\"figures overview\">(.*?)</table>", Pattern.DOTALL).matcher(html);
    assertThat(table.find()).isTrue();
    String body = table.group(1).substring(table.group(1).indexOf("<tbody>"));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
    while (tr.find()) {
      List<String> cells = new ArrayList<>();
      Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
      while (td.find()) {
        cells.add(td.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").trim());
      }
      found.put(key(cells.get(1)), danish(cells.subList(2, 7)));
    }
    assertThat(found).isEqualTo(summary);
  }

  @Test
  void xlsx() throws Exception {
    Path file = tmp.resolve("numbers.xlsx");
    assertThat(Cli.run("report", "-o", file.toString(), "cases").exitCode()).isZero();
    List<XlsxText.Cell> cells = XlsxText.sheets(Files.readAllBytes(file)).get("Oversigt");
    Map<Integer, Map<String, XlsxText.Cell>> rows = new TreeMap<>();
    cells.forEach(c -> rows.computeIfAbsent(c.row(), r -> new LinkedHashMap<>()).put(c.column(), c));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    for (Map<String, XlsxText.Cell> row : rows.values()) {
      XlsxText.Cell investment = row.get("D");
      if (investment == null || !investment.type().equals("n")) {
        continue;
      }
      assertThat(investment.format()).isEqualTo("#,##0");
      List<Long> figures = blank();
      figures.set(0, Long.parseLong(investment.value()));
      for (int i = 0; i < SAVINGS_YEARS.size(); i++) {
        XlsxText.Cell c = row.get(String.valueOf((char) ('E' + i)));
        if (c != null) {
          assertThat(c.type()).isEqualTo("n");
          figures.set(1 + i, Long.parseLong(c.value()));
        }
      }
      String id = row.containsKey("B") ? row.get("B").value() : "";
      found.put(id.isEmpty() ? key(row.get("C").value()) : id, figures);
    }
    assertThat(found).isEqualTo(summary);
  }

  private static String report(String format) {
    Cli.Result r = Cli.run("report", "--format", format, "cases");
    assertThat(r.exitCode()).isZero();
    return r.out();
  }

  /** "HA02 Samlokalisering ..." is HA02; a totals label is its total. */
  private static String key(String proposalCell) {
    if (proposalCell.startsWith("I ALT (")) {
      return proposalCell.contains("investering") ? TOTAL_INVESTMENT : TOTAL_INNOVATION;
    }
    return proposalCell.substring(0, proposalCell.indexOf(' '));
  }

  private static List<Long> fromJson(JsonNode row) {
    List<Long> figures = blank();
    figures.set(0, row.path("investment").asLong());
    row.path("savings").properties().forEach(e -> figures.set(1 + SAVINGS_YEARS.indexOf(Integer.parseInt(e.getKey())), e.getValue().asLong()));
    return figures;
  }

  private static List<Long> blank() {
    return new ArrayList<>(Arrays.asList(new Long[1 + SAVINGS_YEARS.size()]));
  }

  /** "-6.000" is -6000; "-" (nothing printed) is null. */
  private static List<Long> danish(List<String> cells) {
    List<Long> out = new ArrayList<>();
    for (String c : cells) {
      out.add(c.equals("-") ? null : Long.parseLong(c.replace(".", "")));
    }
    return out;
  }

  /** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
  static List<List<String>> csvRows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field.toString()).as("text after the last CRLF").isEmpty();
    assertThat(rows.get(0)).containsExactly("id", "type", "section", "line_no", "text", "area", "year", "amount");
    rows.forEach(r -> assertThat(r).hasSize(8));
    return rows.subList(1, rows.size());
  }
}
