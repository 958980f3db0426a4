package dk.payback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderersTest {

  @Test
  void markdownEscapesWhatWouldBreakATableOrBecomeMarkup() {
    assertThat(MarkdownReport.escape("a | b")).isEqualTo("a \\| b");
    assertThat(MarkdownReport.escape("\\|")).isEqualTo("\\\\\\|");
    assertThat(MarkdownReport.escape("~6 år*")).isEqualTo("\\~6 år\\*");
    assertThat(MarkdownReport.escape("to\r\nlinjer")).isEqualTo("to linjer");
    assertThat(MarkdownReport.escape("Anlæg, 1.585")).isEqualTo("Anlæg, 1.585");
  }

  @Test
  void csvQuotesOnlyWhatNeedsIt() {
    assertThat(CsvReport.quote("Service", ',')).isEqualTo("Service");
    assertThat(CsvReport.quote("-6000", ',')).isEqualTo("-6000");
    assertThat(CsvReport.quote("a, b", ',')).isEqualTo("\"a, b\"");
    assertThat(CsvReport.quote("a; b", ',')).isEqualTo("a; b");
    assertThat(CsvReport.quote("a; b", ';')).isEqualTo("\"a; b\"");
    assertThat(CsvReport.quote("sagt \"nej\"", ',')).isEqualTo("\"sagt \"\"nej\"\"\"");
    assertThat(CsvReport.quote("a\rb", ',')).isEqualTo("\"a\rb\"");
  }

  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void chartStepsAreRoundAndGiveAtMostFiveSteps() {
    assertThat(CumulativeChart.step(0, 1)).isEqualTo(1);
    assertThat(CumulativeChart.step(-20_015, 1_400)).isEqualTo(5_000);
    assertThat(CumulativeChart.step(-455, 2_557)).isEqualTo(1_000);
    assertThat(CumulativeChart.step(-200_000, 20_000)).isEqualTo(50_000);
    assertThat(CumulativeChart.step(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(5_000_000_000_000_000_000L);
  }

  @Test
  void sheetNamesAreWhatExcelAccepts() {
    Set<String> taken = new HashSet<>();
    assertThat(XlsxReport.sheetName("Oversigt", taken)).isEqualTo("Oversigt");
    assertThat(XlsxReport.sheetName("OVERSIGT", taken)).isEqualTo("OVERSIGT (2)");
    assertThat(XlsxReport.sheetName("a/b:c?[d]", taken)).isEqualTo("a_b_c__d_");
    assertThat(XlsxReport.sheetName("x".repeat(40), taken)).hasSize(31);
    assertThat(XlsxReport.sheetName("x".repeat(40), taken)).isEqualTo("x".repeat(27) + " (2)");
  }

  @Test
  void formatsByKeyAndFileName() {
    assertThat(ReportFormat.fromKey("HTML")).contains(ReportFormat.HTML);
    assertThat(ReportFormat.fromKey("pdf")).isEmpty();
    assertThat(ReportFormat.fromFileName("tal.CSV")).contains(ReportFormat.CSV);
    assertThat(ReportFormat.fromFileName("rapport.htm")).contains(ReportFormat.HTML);
    assertThat(ReportFormat.fromFileName("rapport.xlsx")).contains(ReportFormat.XLSX);
    assertThat(ReportFormat.fromFileName("rapport")).isEmpty();
  }
}
