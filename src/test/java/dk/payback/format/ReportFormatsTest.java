package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The formats people read (Markdown, HTML, Excel): their escaping, and every document laid out. */
class ReportFormatsTest {

  static Analysis analysis;
  static CheckReport checks;

  @BeforeAll
  static void readCases() {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.ok()).isTrue();
    analysis = Analysis.of(r.cases());
    checks = Checker.check(analysis, 0);
  }

  @Test
  void markdownEscapesWhatWouldBreakATableOrBecomeMarkup() {
    assertThat(MarkdownFormat.escape("a | b")).isEqualTo("a \\| b");
    assertThat(MarkdownFormat.escape("\\|")).isEqualTo("\\\\\\|");
    assertThat(MarkdownFormat.escape("~6 år*")).isEqualTo("\\~6 år\\*");
    assertThat(MarkdownFormat.escape("to\r\nlinjer")).isEqualTo("to linjer");
    assertThat(MarkdownFormat.escape("Anlæg, 1.585")).isEqualTo("Anlæg, 1.585");
    assertThat(MarkdownFormat.escape("a\u202Eb\u001bc")).isEqualTo("a\\u202Eb\\u001Bc");
  }

  @Test
  void htmlEscapesMarkupQuotesAndHiddenCharacters() {
    assertThat(HtmlFormat.escape("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assertThat(HtmlFormat.escape("a\nb\u202Ec\u0000")).isEqualTo("a\nb\\u202Ec\\u0000");
    assertThat(HtmlFormat.anchor("HA02")).isEqualTo("p-HA02");
    assertThat(HtmlFormat.anchor("x\"><script>")).isEqualTo("p-x___script_");
  }

  @Test
  void chartStepsAreRoundAndGiveAtMostFiveSteps() {
    assertThat(SvgChart.step(0, 1)).isEqualTo(1);
    assertThat(SvgChart.step(-20_015, 1_400)).isEqualTo(5_000);
    assertThat(SvgChart.step(-455, 2_557)).isEqualTo(1_000);
    assertThat(SvgChart.step(-200_000, 20_000)).isEqualTo(50_000);
    assertThat(SvgChart.step(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(5_000_000_000_000_000_000L);
  }

  @Test
  void sheetNamesAreWhatExcelAccepts() {
    Set<String> taken = new HashSet<>();
    assertThat(XlsxFormat.sheetName("Oversigt", taken)).isEqualTo("Oversigt");
    assertThat(XlsxFormat.sheetName("OVERSIGT", taken)).isEqualTo("OVERSIGT (2)");
    assertThat(XlsxFormat.sheetName("a/b:c?[d]", taken)).isEqualTo("a_b_c__d_");
    assertThat(XlsxFormat.sheetName("x".repeat(40), taken)).hasSize(31);
    assertThat(XlsxFormat.sheetName("x".repeat(40), taken)).isEqualTo("x".repeat(27) + " (2)");
    assertThat(XlsxFormat.sheetName("'quoted'", taken)).isEqualTo("quoted");
    assertThat(XlsxFormat.sheetName("history", taken)).isEqualTo("history_");
    assertThat(XlsxFormat.sheetName("", taken)).isEqualTo("_");
    assertThat(XlsxFormat.sheetName("a\u0000b\u202Ec", taken)).isEqualTo("a\uFFFDb_c");
    // A surrogate pair is kept whole or left out, never split.
    assertThat(XlsxFormat.sheetName("y".repeat(30) + "\uD83D\uDE00", taken))
        .isEqualTo("y".repeat(30));
  }

  @Test
  void xmlTextReplacesOnlyWhatXmlCannotCarry() {
    assertThat(XlsxFormat.xmlText("æ\tø\nå\r😀")).isEqualTo("æ\tø\nå\r😀");
    assertThat(XlsxFormat.xmlText("a\u0000b\u001bc\uFFFEd\uD800e"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
  }

  @Test
  void theWorkbookIsTheSameBytesInEveryTimeZone() {
    Document report =
        Documents.report(analysis, Scenario.BASE, Discounting.DEFAULT, checks, Lang.DA);
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      byte[] utc = new XlsxFormat().render(report);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      byte[] losAngeles = new XlsxFormat().render(report);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] kiritimati = new XlsxFormat().render(report);
      assertThat(losAngeles).isEqualTo(utc);
      assertThat(kiritimati).isEqualTo(utc);
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void theSummaryWithoutPresentValuesHasNoSuchColumn() throws Exception {
    Document summary = Documents.summary(analysis, Scenario.BASE, null, Lang.EN);
    String md = new MarkdownFormat().text(summary);
    assertThat(md)
        .startsWith("# ")
        .contains("## Overview")
        .doesNotContain("NPV", "Net present value");
    assertThat(md.lines().filter(l -> l.startsWith("| No. ")).findFirst().orElseThrow())
        .endsWith("| Payback | Page |");
    String html = new HtmlFormat().text(summary);
    assertThat(html).contains("<section class=\"overview\">").doesNotContain("NPV", "<a href=");
    var sheets = XlsxText.sheets(new XlsxFormat().render(summary));
    assertThat(sheets.keySet()).containsExactly("Overview");
    assertThat(sheets.get("Overview")).noneSatisfy(c -> assertThat(c.value()).isEqualTo("NPV"));
  }

  @Test
  void showSensitivityAndCheckAreLaidOutToo() throws Exception {
    var proposals = analysis.overview().proposals().subList(0, 2);
    String first = proposals.get(0).id();
    for (Document d :
        List.of(
            Documents.show(analysis, proposals, Scenario.savingsAt("0.9"), null, Lang.DA),
            Documents.show(analysis, proposals, Scenario.BASE, Discounting.DEFAULT, Lang.EN))) {
      String md = new MarkdownFormat().text(d);
      assertThat(md).contains("## " + first + " – ").contains("### 1.1 ");
      assertThat(new HtmlFormat().text(d))
          .contains("<section class=\"proposal\" id=\"p-" + first + "\">");
      assertThat(XlsxText.sheets(new XlsxFormat().render(d)).keySet())
          .containsExactly(first, proposals.get(1).id());
    }
    Document show = Documents.show(analysis, proposals, Scenario.savingsAt("0.9"), null, Lang.DA);
    assertThat(new MarkdownFormat().text(show))
        .contains("**Scenarie: besparelser 90 %")
        .doesNotContain("Nutidsværdi");

    Document sensitivity = Documents.sensitivity(analysis, proposals, Discounting.DEFAULT, Lang.EN);
    assertThat(new MarkdownFormat().text(sensitivity))
        .contains("## Sensitivity", "### Payback", "| 100% |");
    assertThat(new HtmlFormat().text(sensitivity))
        .contains("<section class=\"sensitivity\">")
        .doesNotContain("<a href=");
    assertThat(XlsxText.sheets(new XlsxFormat().render(sensitivity)).keySet())
        .containsExactly("Sensitivity");

    Document check = Documents.check(checks, false, Lang.EN);
    String md = new MarkdownFormat().text(check);
    assertThat(md)
        .contains("## Check of the source's figures", "| Location | Subject |")
        .doesNotContain("DKK 1,000", "\n\n\n");
    assertThat(new HtmlFormat().text(check))
        .contains("<table class=\"figures findings\">")
        .doesNotContain("class=\"unit\"");
    assertThat(XlsxText.sheets(new XlsxFormat().render(check)).keySet()).containsExactly("Checks");
  }

  @Test
  void aCheckThatCouldNotRunListsItsErrors() throws Exception {
    Document invalid =
        Documents.invalidCheck(
            List.of(new Diagnostic(new Location("HA02.yaml", 3, 5), "bad <key>", "use | instead")),
            1,
            0,
            Lang.EN);
    String md = new MarkdownFormat().text(invalid);
    assertThat(md)
        .contains(
            "1 error in 1 file; nothing was checked",
            "- HA02.yaml:3:5: error: bad \\<key\\> (use \\| instead)");
    assertThat(new HtmlFormat().text(invalid))
        .contains(
            "<li class=\"location\">HA02.yaml:3:5: error: bad &lt;key&gt; (use | instead)</li>");
    assertThat(XlsxText.sheets(new XlsxFormat().render(invalid)).get("Checks"))
        .anySatisfy(
            c ->
                assertThat(c.value()).isEqualTo("HA02.yaml:3:5: error: bad <key> (use | instead)"));
  }
}
