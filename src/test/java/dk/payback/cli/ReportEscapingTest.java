package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.payback.format.XlsxText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case whose texts hold every character that means something in one of the formats. */
class ReportEscapingTest {

  static final String TITLE = "Pipe | \"citat\", <b>fed</b> & mere";
  static final String LINE = "Linje med | og \"anførsel\",\nog linjeskift; semikolon";

  @TempDir static Path dir;

  @BeforeAll
  static void writeCase() throws IOException {
    Files.writeString(
        dir.resolve("XX01.yaml"),
        """
        kind: proposal
        id: XX01
        type: investment
        title: 'Pipe | "citat", <b>fed</b> & mere'
        source: { document: "Bilag <1>", page: 1 }
        years: [2018, 2019]
        permanent:
          - text: "Linje med | og \\"anførsel\\",\\nog linjeskift; semikolon"
            area: service
            amounts: { 2019: -100 }
        implementation:
          - text: Udgift
            area: anlæg
            amounts: { 2018: 50 }
        """);
  }

  @Test
  void markdownEscapesPipesAndMarkupAndKeepsEachRowOnOneLine() {
    String md = report("md");
    assertThat(md)
        .contains(
            "| XX01 Pipe \\| \"citat\", \\<b\\>fed\\</b\\> & mere | 50 | -100 | 2 år | -850 | 1 |\n");
    assertThat(md)
        .contains(
            "| Linje med \\| og \"anførsel\", og linjeskift; semikolon | Service |  | -100 |\n");
    for (String line : md.split("\n")) {
      if (line.startsWith("|")) {
        // Every row of the overview has 7 cells, of the budget 3 (area, two years), of table 1.1
        // 4, of the sensitivity tables 8 (proposal, risk, six scenarios): no '|' leaked into a
        // cell.
        assertThat(line.split("(?<!\\\\)\\|", -1).length - 2).as(line).isIn(3, 4, 7, 8);
      }
    }
  }

  @Test
  void csvQuotesFieldsWithSeparatorsQuotesAndLineBreaks() {
    String csv = report("csv");
    assertThat(csv)
        .contains(
            "XX01,investment,overview_investment,,\"Pipe | \"\"citat\"\", <b>fed</b> & mere\",,,50\r\n");
    assertThat(csv)
        .contains(
            "XX01,investment,permanent,1,\"Linje med | og \"\"anførsel\"\",\nog linjeskift; semikolon\",service,2019,-100\r\n");
    List<List<String>> rows = ReportNumbersTest.csvRows(csv);
    assertThat(rows.get(0).get(4)).isEqualTo(TITLE);
    assertThat(rows).anySatisfy(r -> assertThat(r.get(4)).isEqualTo(LINE));
  }

  @Test
  void excelDialectQuotesSemicolonsAndStartsWithAByteOrderMark() {
    String csv = report("csv", "--csv-dialect", "excel-da");
    assertThat(csv).startsWith("\uFEFFid;type;section;line_no;text;area;year;amount\r\n");
    // The title has a quote, so it is quoted; its comma is no separator here.
    assertThat(csv)
        .contains(
            "XX01;investment;overview_investment;;\"Pipe | \"\"citat\"\", <b>fed</b> & mere\";;;50\r\n");
    assertThat(csv)
        .contains(
            ";\"Linje med | og \"\"anførsel\"\",\nog linjeskift; semikolon\";service;2019;-100\r\n");
  }

  @Test
  void htmlEscapesEveryText() {
    String html = report("html");
    assertThat(html).contains("Pipe | &quot;citat&quot;, &lt;b&gt;fed&lt;/b&gt; &amp; mere");
    assertThat(html).contains("Bilag &lt;1&gt;, side 1");
    assertThat(html).doesNotContain("<b>").doesNotContain("<script");
  }

  @Test
  void jsonKeepsTheTextsAsTheyAre() throws IOException {
    JsonNode root = new ObjectMapper().readTree(report("json"));
    assertThat(root.at("/proposals/0/title").asText()).isEqualTo(TITLE);
    assertThat(root.at("/proposals/0/permanent/0/text").asText()).isEqualTo(LINE);
    assertThat(root.at("/proposals/0/source/document").asText()).isEqualTo("Bilag <1>");
  }

  @Test
  void workbookKeepsTheTextsAsTheyAre() throws Exception {
    Path file = dir.resolve("out").resolve("x.xlsx");
    Files.createDirectories(file.getParent());
    assertThat(
            Cli.run("report", "-o", file.toString(), dir.resolve("XX01.yaml").toString())
                .exitCode())
        .isZero();
    var sheets = XlsxText.sheets(Files.readAllBytes(file));
    assertThat(sheets.keySet())
        .containsExactly("Oversigt", "Budget", "Følsomhed", "XX01", "Kontrol");
    assertThat(sheets.get("Oversigt")).anySatisfy(c -> assertThat(c.value()).isEqualTo(TITLE));
    assertThat(sheets.get("XX01")).anySatisfy(c -> assertThat(c.value()).isEqualTo(LINE));
  }

  private static String report(String format, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "report";
    args[1] = "--format";
    args[2] = format;
    System.arraycopy(more, 0, args, 3, more.length);
    args[args.length - 1] = dir.resolve("XX01.yaml").toString();
    Cli.Result r = Cli.run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    return r.out();
  }
}
