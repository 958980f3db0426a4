package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.payback.format.XlsxText;
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
 * Every report format carries the same figures as {@code payback summary --npv}: each one is parsed
 * back and its investment, savings and net present value per proposal, and both totals, compared
 * with the summary's table; the sensitivity grid's present values are compared with {@code payback
 * sensitivity}.
 */
class ReportNumbersTest {

  static final List<Integer> SAVINGS_YEARS = List.of(2019, 2020, 2021, 2022);
  static final String TOTAL_INVESTMENT = "I ALT investment";
  static final String TOTAL_INNOVATION = "I ALT innovation";

  /**
   * Per proposal ID (or total): investment, then savings per year; null where the overview prints
   * "-".
   */
  static Map<String, List<Long>> summary;

  /** Per proposal ID (or total): the net present value, as {@code summary --npv} prints it. */
  static Map<String, Long> npv;

  /**
   * Per proposal ID (or total): the net present values of the sensitivity grid, as {@code
   * sensitivity} prints them.
   */
  static Map<String, List<Long>> sensitivity;

  @TempDir static Path tmp;

  @BeforeAll
  static void readSummary() {
    Cli.Result r = Cli.run("summary", "--npv", "--wide", "cases");
    assertThat(r.exitCode()).isZero();
    summary = new LinkedHashMap<>();
    npv = new LinkedHashMap<>();
    for (String line : r.out().split("\n")) {
      // A footnote mark hangs into the gap after its figure: taken off, the gap is whole again.
      String[] cells = line.trim().replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹] ?", "  ").split("\\s{2,}");
      // Nr., proposal, investment, four savings years, payback, net present value, page.
      if (cells.length == 10 && cells[0].matches("\\d+\\.")) {
        String id = cells[1].substring(0, cells[1].indexOf(' '));
        summary.put(id, danish(Arrays.asList(cells).subList(2, 7)));
        npv.put(id, danish(List.of(cells[8])).get(0));
      } else if (cells.length == 7 && cells[0].startsWith("I ALT (")) {
        String key = cells[0].contains("investering") ? TOTAL_INVESTMENT : TOTAL_INNOVATION;
        summary.put(key, danish(Arrays.asList(cells).subList(1, 6)));
        npv.put(key, danish(List.of(cells[6])).get(0));
      }
    }
    // The reference itself, against the source: 19 proposals, both totals, and known figures.
    assertThat(summary).hasSize(21);
    assertThat(summary.get("HA02")).containsExactly(3985L, -6000L, -6000L, -6000L, -6000L);
    assertThat(summary.get("IN01")).containsExactly(960L, null, null, null, null);
    assertThat(summary.get(TOTAL_INVESTMENT))
        .containsExactly(75435L, -59624L, -68844L, -72978L, -74978L);
    assertThat(summary.get(TOTAL_INNOVATION)).containsExactly(960L, 0L, 0L, 0L, 0L);
    assertThat(npv)
        .hasSize(21)
        .containsEntry("HA02", -61626L)
        .containsEntry(TOTAL_INVESTMENT, -723367L)
        .containsEntry("IN01", 943L);

    Cli.Result grid = Cli.run("sensitivity", "--lang", "en", "--cases", "cases");
    assertThat(grid.exitCode()).isZero();
    String table = grid.out().substring(grid.out().indexOf("\nNet present value ("));
    sensitivity = new LinkedHashMap<>();
    for (String line : table.split("\n")) {
      String[] words = line.trim().split("\\s+");
      if (words.length > 6 && (words[0].matches("[A-Z]{2}\\d{2}") || words[0].equals("TOTAL"))) {
        String key =
            words[0].equals("TOTAL")
                ? (line.contains("investment") ? TOTAL_INVESTMENT : TOTAL_INNOVATION)
                : words[0];
        sensitivity.put(
            key,
            Arrays.stream(words, words.length - 6, words.length)
                .map(w -> Long.parseLong(w.replace(",", "")))
                .toList());
      }
    }
    assertThat(sensitivity).hasSize(21);
    assertThat(sensitivity.get("HA02"))
        .containsExactly(-61626L, -55073L, -45245L, -28864L, -55828L, -50227L);
    // The grid's 100 % column is the overview's net present value.
    sensitivity.forEach((key, values) -> assertThat(values.get(0)).as(key).isEqualTo(npv.get(key)));
  }

  @Test
  void markdown() {
    String md = report("md");
    String overview =
        md.substring(md.indexOf("## Oversigt"), md.indexOf("\n## ", md.indexOf("## Oversigt") + 1));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    Map<String, Long> npvs = new LinkedHashMap<>();
    for (String line : overview.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| Nr.") || line.startsWith("| ---")) {
        continue;
      }
      List<String> cells =
          Arrays.stream(line.split("(?<!\\\\)\\|")).map(c -> c.trim().replace("**", "")).toList();
      found.put(key(cells.get(2)), danish(cells.subList(3, 8)));
      npvs.put(key(cells.get(2)), danish(List.of(cells.get(9))).get(0));
    }
    assertThat(found).isEqualTo(summary);
    assertThat(npvs).isEqualTo(npv);
    // Each proposal's own section states the same net present value.
    Map<String, Long> inSections = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile(
                "\n## (\\w+) – .*?\\*\\*Nutidsværdi \\(3,5 % pr\\. år, 2018-2032\\):\\*\\* (-?[\\d.]+)",
                Pattern.DOTALL)
            .matcher(md);
    while (m.find()) {
      inSections.put(m.group(1), Long.parseLong(m.group(2).replace(".", "")));
    }
    assertThat(inSections).hasSize(19);
    inSections.forEach((id, value) -> assertThat(value).as(id).isEqualTo(npv.get(id)));
    // And the sensitivity grid's table of present values is the sensitivity command's.
    String grid = md.substring(md.indexOf("### Nutidsværdi (3,5 % pr. år)"));
    grid = grid.substring(0, grid.indexOf("\n\n", grid.indexOf("| ---")));
    Map<String, List<Long>> gridFound = new LinkedHashMap<>();
    for (String line : grid.split("\n")) {
      List<String> cells =
          Arrays.stream(line.split("(?<!\\\\)\\|")).map(c -> c.trim().replace("**", "")).toList();
      if (cells.size() == 9 && !cells.get(1).equals("Forslag") && !cells.get(1).startsWith(":")) {
        gridFound.put(key(cells.get(1)), danish(cells.subList(3, 9)));
      }
    }
    assertThat(gridFound).isEqualTo(sensitivity);
  }

  @Test
  void csv() {
    Map<String, List<Long>> found = new LinkedHashMap<>();
    Map<String, Long> implementation = new TreeMap<>();
    Map<String, Long> npvs = new LinkedHashMap<>();
    Map<String, Long> proposalNpvs = new LinkedHashMap<>();
    Map<String, List<Long>> grid = new LinkedHashMap<>();
    for (List<String> row : csvRows(report("csv"))) {
      String id = row.get(0);
      String section = row.get(2);
      String key =
          id.isEmpty()
              ? (row.get(1).equals("investment") ? TOTAL_INVESTMENT : TOTAL_INNOVATION)
              : id;
      switch (section) {
        case "overview_investment", "total_investment" ->
            found.computeIfAbsent(key, k -> blank()).set(0, Long.parseLong(row.get(7)));
        case "overview_savings", "total_savings" ->
            found
                .computeIfAbsent(key, k -> blank())
                .set(
                    1 + SAVINGS_YEARS.indexOf(Integer.parseInt(row.get(6))),
                    Long.parseLong(row.get(7)));
        case "implementation_total" ->
            implementation.merge(id, Long.parseLong(row.get(7)), Long::sum);
        case "overview_net_present_value", "total_net_present_value" ->
            npvs.put(key, Long.parseLong(row.get(7)));
        case "net_present_value" -> proposalNpvs.put(key, Long.parseLong(row.get(7)));
        case "sensitivity_net_present_value", "sensitivity_total_net_present_value" ->
            grid.computeIfAbsent(key, k -> new ArrayList<>()).add(Long.parseLong(row.get(7)));
        default -> {}
      }
    }
    assertThat(found).isEqualTo(summary);
    assertThat(npvs).isEqualTo(npv);
    assertThat(proposalNpvs)
        .hasSize(19)
        .allSatisfy((id, value) -> assertThat(value).as(id).isEqualTo(npv.get(id)));
    assertThat(grid).isEqualTo(sensitivity);
    // The tables' implementation totals add up to the overview's investment.
    implementation.forEach((id, sum) -> assertThat(sum).as(id).isEqualTo(summary.get(id).get(0)));
    assertThat(implementation).hasSize(19);
  }

  @Test
  void json() throws Exception {
    JsonNode root = new ObjectMapper().readTree(report("json"));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    Map<String, Long> npvs = new LinkedHashMap<>();
    for (JsonNode row : root.path("overview").path("rows")) {
      found.put(row.path("id").asText(), fromJson(row));
      npvs.put(row.path("id").asText(), row.at("/net_present_value/amount").longValue());
    }
    found.put(TOTAL_INVESTMENT, fromJson(root.path("overview").path("totals").path("investment")));
    found.put(TOTAL_INNOVATION, fromJson(root.path("overview").path("totals").path("innovation")));
    npvs.put(
        TOTAL_INVESTMENT,
        root.at("/overview/totals/investment/net_present_value/amount").longValue());
    npvs.put(
        TOTAL_INNOVATION,
        root.at("/overview/totals/innovation/net_present_value/amount").longValue());
    assertThat(found).isEqualTo(summary);
    assertThat(npvs).isEqualTo(npv);
    for (JsonNode p : root.path("proposals")) {
      String id = p.path("id").asText();
      assertThat(p.path("investment").asLong()).as(id).isEqualTo(summary.get(id).get(0));
      assertThat(p.at("/net_present_value/amount").isIntegralNumber())
          .as("money is an integer")
          .isTrue();
      assertThat(p.at("/net_present_value/amount").longValue()).as(id).isEqualTo(npv.get(id));
      assertThat(p.at("/net_present_value/rate_percent").asText()).isEqualTo("3.5");
    }
    Map<String, List<Long>> grid = new LinkedHashMap<>();
    for (JsonNode row : root.at("/sensitivity/rows")) {
      List<Long> values = new ArrayList<>();
      row.path("outcomes").forEach(o -> values.add(o.at("/net_present_value/amount").longValue()));
      grid.put(row.path("id").asText(), values);
    }
    for (String total : List.of("investment", "innovation")) {
      List<Long> values = new ArrayList<>();
      root.at("/sensitivity/totals/" + total)
          .forEach(o -> values.add(o.path("amount").longValue()));
      grid.put(total.equals("investment") ? TOTAL_INVESTMENT : TOTAL_INNOVATION, values);
    }
    assertThat(grid).isEqualTo(sensitivity);
    assertThat(root.path("proposals")).hasSize(19);
  }

  @Test
  void html() {
    String html = report("html");
    Matcher table =
        Pattern.compile("<table class=\"figures overview\">(.*?)</table>", Pattern.DOTALL)
            .matcher(html);
    assertThat(table.find()).isTrue();
    String body = table.group(1).substring(table.group(1).indexOf("<tbody>"));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    Map<String, Long> npvs = new LinkedHashMap<>();
    Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
    while (tr.find()) {
      List<String> cells = new ArrayList<>();
      Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
      while (td.find()) {
        cells.add(td.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").trim());
      }
      found.put(key(cells.get(1)), danish(cells.subList(2, 7)));
      npvs.put(key(cells.get(1)), danish(List.of(cells.get(8))).get(0));
    }
    assertThat(found).isEqualTo(summary);
    assertThat(npvs).isEqualTo(npv);
  }

  @Test
  void xlsx() throws Exception {
    Path file = tmp.resolve("numbers.xlsx");
    assertThat(Cli.run("report", "-o", file.toString(), "cases").exitCode()).isZero();
    List<XlsxText.Cell> cells = XlsxText.sheets(Files.readAllBytes(file)).get("Oversigt");
    Map<Integer, Map<String, XlsxText.Cell>> rows = new TreeMap<>();
    cells.forEach(
        c -> rows.computeIfAbsent(c.row(), r -> new LinkedHashMap<>()).put(c.column(), c));
    Map<String, List<Long>> found = new LinkedHashMap<>();
    Map<String, Long> npvs = new LinkedHashMap<>();
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
      String key = id.isEmpty() ? key(row.get("C").value()) : id;
      found.put(key, figures);
      XlsxText.Cell value = row.get("J");
      assertThat(value.type()).as("net present value as a number").isEqualTo("n");
      npvs.put(key, Long.parseLong(value.value()));
    }
    assertThat(found).isEqualTo(summary);
    assertThat(npvs).isEqualTo(npv);
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
    row.path("savings")
        .properties()
        .forEach(
            e ->
                figures.set(
                    1 + SAVINGS_YEARS.indexOf(Integer.parseInt(e.getKey())),
                    e.getValue().asLong()));
    return figures;
  }

  private static List<Long> blank() {
    return new ArrayList<>(Arrays.asList(new Long[1 + SAVINGS_YEARS.size()]));
  }

  /**
   * "-6.000" is -6000; "-" (nothing printed) is null; a footnote's mark ("-3.280¹": printed
   * otherwise in the overview) is no part of the figure.
   */
  private static List<Long> danish(List<String> cells) {
    List<Long> out = new ArrayList<>();
    for (String c : cells) {
      out.add(
          c.equals("-")
              ? null
              : Long.parseLong(c.replace(".", "").replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]+$", "")));
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
    assertThat(rows.get(0))
        .containsExactly("id", "type", "section", "line_no", "text", "area", "year", "amount");
    rows.forEach(r -> assertThat(r).hasSize(8));
    return rows.subList(1, rows.size());
  }
}
