package dk.payback.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Calculator;
import dk.payback.calc.ProposalFigures;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.CaseSet;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The transcription agrees with itself: each proposal's printed subtotals and payback with its
 * lines, each overview row with its proposal, each "I ALT" row with its rows. Where the source
 * itself does not add up, the difference is listed here with its page; nothing is skipped in
 * silence, and an exception that no longer occurs fails the test too.
 */
class SourceAgreementTest {

  /** The source's own inconsistencies, exactly as they occur. */
  private static final List<String> SOURCE_DOES_NOT_ADD_UP =
      List.of(
          // p. 38: "Tilbagebetalingstid 3 år"; 865 invested in 2018-2019 and 1.000 saved in 2019.
          "BU02 payback: stated 3, computed 2",
          // p. 43: "Samlet varig ændring" -3.279 / -3.911; the lines add up to -3.280 / -3.910.
          "BU03 permanent_total 2019: stated -3279, computed -3280",
          "BU03 permanent_total 2020: stated -3911, computed -3910",
          // p. 43: "Samlet økonomisk påvirkning" follows the printed subtotals.
          "BU03 net_impact 2019: stated -3279, computed -3280",
          "BU03 net_impact 2020: stated -3911, computed -3910",
          // p. 1 (overview): BU03's row repeats the printed subtotals.
          "overview row 11 BU03 savings 2019: stated -3279, computed -3280",
          "overview row 11 BU03 savings 2020: stated -3911, computed -3910");

  private static CaseSet cases;

  @BeforeAll
  static void load() {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.errors()).isEmpty();
    cases = r.cases();
  }

  @Test
  void everyDifferenceIsOneOfTheSourcesOwn() {
    assertThat(differences()).containsExactlyInAnyOrderElementsOf(SOURCE_DOES_NOT_ADD_UP);
  }

  @Test
  void theOverviewListsEveryProposalOnceInThePrintedOrder() {
    Portfolio p = cases.portfolio();
    assertThat(p.rows())
        .extracting(PortfolioRow::id)
        .containsExactly(
            "HA02", "SI02", "SI03", "UD02", "UD05", "HJ01", "HJ02", "HJ03", "BU01", "BU02", "BU03",
            "BU04", "BU05", "BU07", "BU08", "BU09", "BU10", "TV01", "IN01");
    assertThat(p.rows())
        .extracting(PortfolioRow::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    assertThat(cases.proposals())
        .extracting(Proposal::id)
        .containsExactlyInAnyOrderElementsOf(p.rows().stream().map(PortfolioRow::id).toList());
  }

  @Test
  void thePrintedTotalsAreTheSumsOfThePrintedRows() {
    Portfolio p = cases.portfolio();
    assertThat(p.investmentTotal().investment()).isEqualTo(75435);
    assertThat(p.investmentTotal().savings().valueOr0(2022)).isEqualTo(-74978);
    assertThat(p.innovationTotal().investment()).isEqualTo(960);
  }

  @Test
  void eachFileIsNamedForItsId() {
    for (Proposal p : cases.proposals()) {
      assertThat(Path.of(p.origin().file()).getFileName()).hasToString(p.id() + ".yaml");
    }
  }

  private static List<String> differences() {
    List<String> out = new ArrayList<>();
    for (Proposal p : cases.proposals()) {
      ProposalFigures f = Calculator.calculate(p);
      compare(out, p.id() + " permanent_total", p.stated().permanentTotal(), f.permanentTotal());
      compare(
          out,
          p.id() + " implementation_total",
          p.stated().implementationTotal(),
          f.implementationTotal());
      compare(out, p.id() + " net_impact", p.stated().netImpact(), f.netImpact());
      Integer stated = p.stated().paybackYears();
      if (stated != null && f.payback().years() != stated) {
        out.add(p.id() + " payback: stated " + stated + ", computed " + f.payback().years());
      }
    }
    Portfolio portfolio = cases.portfolio();
    Amounts invRows = Amounts.empty();
    Amounts innRows = Amounts.empty();
    long invSum = 0;
    long innSum = 0;
    for (PortfolioRow row : portfolio.rows()) {
      Proposal p = cases.find(row.id()).orElseThrow();
      ProposalFigures f = Calculator.calculate(p);
      String name = "overview row " + row.number() + " " + row.id();
      if (row.investment() != f.investment()) {
        out.add(name + " investment: stated " + row.investment() + ", computed " + f.investment());
      }
      Amounts computedSavings = only(f.savings(), portfolio.savingsYears());
      compare(out, name + " savings", row.savings(), computedSavings);
      if (p.type() == ProposalType.INVESTMENT) {
        invRows = invRows.plus(row.savings());
        invSum += row.investment();
      } else {
        innRows = innRows.plus(row.savings());
        innSum += row.investment();
      }
    }
    total(out, "I ALT (investeringsforslag)", portfolio.investmentTotal(), invSum, invRows);
    total(out, "I ALT (innovationsforslag)", portfolio.innovationTotal(), innSum, innRows);
    return out;
  }

  private static void total(
      List<String> out, String name, PortfolioTotal t, long investment, Amounts savings) {
    if (t.investment() != investment) {
      out.add(name + " investment: stated " + t.investment() + ", rows sum " + investment);
    }
    compare(out, name + " savings", t.savings(), savings);
  }

  private static Amounts only(Amounts a, List<Integer> years) {
    java.util.TreeMap<Integer, Long> m = new java.util.TreeMap<>();
    for (int y : years) {
      a.get(y).ifPresent(v -> m.put(y, v));
    }
    return new Amounts(m);
  }

  /** A blank cell and a 0 are the same amount. */
  private static void compare(List<String> out, String name, Amounts stated, Amounts computed) {
    if (stated == null || stated.isEmpty()) {
      return;
    }
    TreeSet<Integer> years = new TreeSet<>(stated.byYear().keySet());
    years.addAll(computed.byYear().keySet());
    for (int y : years) {
      if (stated.valueOr0(y) != computed.valueOr0(y)) {
        out.add(
            name
                + " "
                + y
                + ": stated "
                + stated.valueOr0(y)
                + ", computed "
                + computed.valueOr0(y));
      }
    }
  }
}
