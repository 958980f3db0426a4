package dk.payback.view;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Scenario;
import dk.payback.format.FormatOptions;
import dk.payback.format.OutputFormat;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The overview beside the one printed in portfolio.yaml: where a computed figure is not the printed
 * one, the cell is marked and a footnote gives the printed figure.
 */
class PrintedOverviewTest {

  private static final Analysis REAL = analysis();

  private static Analysis analysis() {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.ok()).isTrue();
    return Analysis.of(r.cases());
  }

  @Test
  void bu03AndTheInvestmentTotalAreMarkedWithThePrintedFigures() {
    OverviewView v = OverviewView.of(REAL, Scenario.BASE, null, Lang.DA);
    assertThat(v.printed())
        .extracting(
            OverviewView.Printed::mark,
            OverviewView.Printed::label,
            OverviewView.Printed::year,
            OverviewView.Printed::printed,
            OverviewView.Printed::computed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "BU03", 2019, -3279L, -3280L),
            org.assertj.core.groups.Tuple.tuple(2, "BU03", 2020, -3911L, -3910L),
            org.assertj.core.groups.Tuple.tuple(
                3, "I ALT (investeringsforslag)", 2019, -59623L, -59624L),
            org.assertj.core.groups.Tuple.tuple(
                4, "I ALT (investeringsforslag)", 2020, -68845L, -68844L));

    OverviewView.Row bu03 =
        v.rows().stream().filter(r -> r.id().equals("BU03")).findFirst().orElseThrow();
    assertThat(bu03.savings())
        .extracting(Cell::text)
        .containsExactly("-3.280¹", "-3.910²", "-5.044", "-5.044");
    assertThat(bu03.savings().get(0).amountOrNull())
        .as("still the computed figure")
        .isEqualTo(-3280L);
    OverviewView.Row total = v.totalRow(dk.payback.model.ProposalType.INVESTMENT);
    assertThat(total.savings().get(0).text()).isEqualTo("-59.624³");
    assertThat(v.printedAt(total, 2019)).map(OverviewView.Printed::printed).contains(-59623L);
    assertThat(v.printedAt(total, 2021)).isEmpty();
    assertThat(v.notes())
        .contains("¹ BU03, Effektivisering 2019: trykt -3.279, linjerne summerer til -3.280")
        .contains(
            "³ I ALT (investeringsforslag), Effektivisering 2019: trykt -59.623, rækkerne summerer"
                + " til -59.624");
    // Every other row's figures are the printed ones: no other mark.
    long marked =
        v.rows().stream()
            .flatMap(r -> r.savings().stream())
            .filter(c -> c.text().matches(".*[⁰¹²³⁴⁵⁶⁷⁸⁹]"))
            .count();
    assertThat(marked).isEqualTo(4);
  }

  @Test
  void underAScenarioNothingIsHeldAgainstThePrintedFigures() {
    OverviewView v = OverviewView.of(REAL, Scenario.savingsAt("0.9"), null, Lang.EN);
    assertThat(v.printed()).isEmpty();
    assertThat(v.notes()).noneMatch(n -> n.contains("printed"));
  }

  @Test
  void theWorkbookGivesTheMarkedCellsTheFootnoteAsComment() throws Exception {
    Document d = Documents.summary(REAL, Scenario.BASE, null, Lang.EN);
    byte[] xlsx = OutputFormat.XLSX.create(FormatOptions.DEFAULT).render(d);
    StringBuilder comments = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().startsWith("xl/comments")) {
          comments.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(comments.toString())
        .contains("BU03, Savings 2019: printed -3,279, the lines add up to -3,280")
        .contains("TOTAL (investment proposals), Savings 2019: printed -59,623,")
        .contains("ref=\"E15\"");
  }
}
