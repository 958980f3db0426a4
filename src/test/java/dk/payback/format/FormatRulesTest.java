package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CSV's quoting, and the formats by the names --format and -o know them by. */
class FormatRulesTest {

  @Test
  void csvQuotesOnlyWhatNeedsIt() {
    assertThat(CsvFormat.quote("Service", ',')).isEqualTo("Service");
    assertThat(CsvFormat.quote("-6000", ',')).isEqualTo("-6000");
    assertThat(CsvFormat.quote("a, b", ',')).isEqualTo("\"a, b\"");
    assertThat(CsvFormat.quote("a; b", ',')).isEqualTo("a; b");
    assertThat(CsvFormat.quote("a; b", ';')).isEqualTo("\"a; b\"");
    assertThat(CsvFormat.quote("sagt \"nej\"", ',')).isEqualTo("\"sagt \"\"nej\"\"\"");
    assertThat(CsvFormat.quote("a\rb", ',')).isEqualTo("\"a\rb\"");
  }

  /** Danish Excel reads "87.5" as a text or a date: a decimal there takes a comma. */
  @Test
  void eachDialectWritesADecimalItsSpreadsheetReadsAsANumber() {
    assertThat(CsvDialect.RFC4180.decimal(new BigDecimal("87.5"))).isEqualTo("87.5");
    assertThat(CsvDialect.EXCEL_DA.decimal(new BigDecimal("87.5"))).isEqualTo("87,5");
    assertThat(CsvDialect.EXCEL_DA.decimal(new BigDecimal("-7.9"))).isEqualTo("-7,9");
    assertThat(CsvDialect.EXCEL_DA.decimal(new BigDecimal("100"))).isEqualTo("100");
    assertThat(CsvDialect.EXCEL_DA.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void formatsByKeyAndFileName() {
    assertThat(OutputFormat.fromKey("HTML")).contains(OutputFormat.HTML);
    assertThat(OutputFormat.fromKey("pdf")).isEmpty();
    assertThat(OutputFormat.fromFileName("tal.CSV")).contains(OutputFormat.CSV);
    assertThat(OutputFormat.fromFileName("rapport.htm")).contains(OutputFormat.HTML);
    assertThat(OutputFormat.fromFileName("rapport.xlsx")).contains(OutputFormat.XLSX);
    assertThat(OutputFormat.fromFileName("rapport")).isEmpty();
    assertThat(OutputFormat.fromKey("junit")).contains(OutputFormat.JUNIT);
  }
}
