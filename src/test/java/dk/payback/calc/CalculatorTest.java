package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.CaseSet;
import dk.payback.model.Line;
import dk.payback.model.Origin;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Stated;
import dk.payback.model.SummaryOnly;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CalculatorTest {

  private static CaseSet real;

  @BeforeAll
  static void loadRealCases() {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.errors()).isEmpty();
    real = r.cases();
  }

  private static ProposalFigures real(String id) {
    return Calculator.calculate(real.find(id).orElseThrow());
  }

  private static Amounts amounts(Object... yearsAndValues) {
    java.util.TreeMap<Integer, Long> m = new java.util.TreeMap<>();
    for (int i = 0; i < yearsAndValues.length; i += 2) {
      m.put((Integer) yearsAndValues[i], ((Number) yearsAndValues[i + 1]).longValue());
    }
    return new Amounts(m);
  }

  /** A proposal of 2018-2022 with these lines. */
  static Proposal proposal(List<Line> permanent, List<Line> implementation) {
    return new Proposal(
        "XX01",
        ProposalType.INVESTMENT,
        "Test",
        null,
        null,
        null,
        null,
        List.of(2018, 2019, 2020, 2021, 2022),
        permanent,
        implementation,
        Stated.none(),
        null,
        null,
        List.of(),
        Origin.ofFile("XX01.yaml"));
  }

  private static Line line(Amounts a) {
    return new Line("linje", Area.SERVICE, a);
  }

  // ---- The worked examples of src/docs/calculations.md, on the transcribed source

  @Test
  void ha02Investment3985PaidBackIn2Years() {
    ProposalFigures f = real("HA02");
    assertThat(f.investment()).isEqualTo(3985);
    assertThat(f.implementationTotal()).isEqualTo(amounts(2018, 1400, 2019, 2585));
    assertThat(f.permanentTotal())
        .isEqualTo(amounts(2019, -6000, 2020, -6000, 2021, -6000, 2022, -6000));
    assertThat(f.netImpact())
        .isEqualTo(amounts(2018, 1400, 2019, -3415, 2020, -6000, 2021, -6000, 2022, -6000));
    assertThat(f.cumulative())
        .isEqualTo(amounts(2018, 1400, 2019, -2015, 2020, -8015, 2021, -14015, 2022, -20015));
    assertThat(f.payback()).isEqualTo(Payback.after(2, 2019, false, false));
  }

  @Test
  void bu07InvestmentSpreadOverThreeYearsPaidBackIn3Years() {
    ProposalFigures f = real("BU07");
    assertThat(f.investment()).isEqualTo(2700);
    assertThat(f.startYear()).isEqualTo(2018);
    assertThat(f.payback()).isEqualTo(Payback.after(3, 2020, false, false));
  }

  @Test
  void hj01StartsIn2019AndPaysBackIn1Year() {
    ProposalFigures f = real("HJ01");
    assertThat(f.startYear()).isEqualTo(2019);
    assertThat(f.investment()).isEqualTo(1500);
    assertThat(f.payback()).isEqualTo(Payback.after(1, 2019, false, false));
  }

  @Test
  void bu09PaysBackIn6YearsExtrapolatedBeyond2022() {
    ProposalFigures f = real("BU09");
    assertThat(f.investment()).isEqualTo(4565);
    assertThat(f.savings().valueOr0(2022)).isEqualTo(-1004);
    assertThat(f.payback()).isEqualTo(Payback.after(6, 2023, true, false));
  }

  @Test
  void tv01TotalsAsPrintedInTheSource() {
    ProposalFigures f = real("TV01");
    assertThat(f.investment()).isEqualTo(31600);
    assertThat(f.permanentTotal())
        .isEqualTo(amounts(2019, -18530, 2020, -20530, 2021, -22530, 2022, -24530));
    assertThat(f.netImpact())
        .isEqualTo(amounts(2018, 4200, 2019, -4580, 2020, -9080, 2021, -20530, 2022, -24530));
    assertThat(f.payback().years()).isEqualTo(3);
  }

  @Test
  void bu03LinesSumToOneMoreThanThePrintedSubtotal() {
    // Source p. 43 prints "Samlet varig ændring" -3.279 and -3.911; the lines add up to -3.280 and
    // -3.910.
    ProposalFigures f = real("BU03");
    assertThat(f.permanentTotal().valueOr0(2019)).isEqualTo(-3280);
    assertThat(f.permanentTotal().valueOr0(2020)).isEqualTo(-3910);
    assertThat(f.proposal().stated().permanentTotal().valueOr0(2019)).isEqualTo(-3279);
  }

  @Test
  void summaryOnlyBu05IsAnEstimateWithTheInvestmentInTheFirstYear() {
    ProposalFigures f = real("BU05");
    assertThat(f.investment()).isEqualTo(10950);
    assertThat(f.implementationTotal()).isEqualTo(amounts(2018, 10950));
    // 10.950 against 2.345 a year from 2019: 2.345 * 4 = 9.380 by 2022, 11.725 in 2023.
    assertThat(f.payback()).isEqualTo(Payback.after(6, 2023, true, true));
  }

  @Test
  void innovationProposalWithoutSavingsIsNeverPaidBack() {
    ProposalFigures f = real("IN01");
    assertThat(f.investment()).isEqualTo(960);
    assertThat(f.payback().kind()).isEqualTo(Payback.Kind.NONE);
  }

  @Test
  void portfolioTotalsAsTheOverviewWithBu03OffByOne() {
    PortfolioFigures p =
        PortfolioFigures.of(real.proposals().stream().map(Calculator::calculate).toList());
    assertThat(p.investment().investment()).isEqualTo(75435);
    assertThat(p.investment().count()).isEqualTo(18);
    // The overview prints -59.623 and -68.845; BU03's lines add up to one more and one less.
    assertThat(p.investment().savings())
        .isEqualTo(amounts(2018, 0, 2019, -59624, 2020, -68844, 2021, -72978, 2022, -74978));
    assertThat(p.innovation().investment()).isEqualTo(960);
    assertThat(p.innovation().count()).isEqualTo(1);
    assertThat(p.innovation().savings().isEmpty()).isTrue();
  }

  // ---- edge cases

  @Test
  void startAfterTheFirstYearCountsFromTheStart() {
    Proposal p =
        proposal(List.of(line(amounts(2021, -500, 2022, -500))), List.of(line(amounts(2020, 700))));
    ProposalFigures f = Calculator.calculate(p);
    assertThat(f.startYear()).isEqualTo(2020);
    // 2020: 0, 2021: 500, 2022: 1.000 >= 700 -> year 3 counted from 2020.
    assertThat(f.payback()).isEqualTo(Payback.after(3, 2022, false, false));
  }

  @Test
  void savingsExactlyEqualToTheInvestmentPayItBack() {
    Proposal p = proposal(List.of(line(amounts(2019, -1000))), List.of(line(amounts(2018, 1000))));
    assertThat(Calculator.calculate(p).payback()).isEqualTo(Payback.after(2, 2019, false, false));
  }

  @Test
  void neverPaidBackWhenTheLastYearSavesNothing() {
    Proposal p =
        proposal(
            List.of(line(amounts(2019, -100, 2020, -100))), List.of(line(amounts(2018, 1000))));
    assertThat(Calculator.calculate(p).payback()).isEqualTo(Payback.none(false));
  }

  @Test
  void neverPaidBackWhenThePermanentChangeIsACost() {
    Proposal p =
        proposal(List.of(line(amounts(2019, 300, 2022, 300))), List.of(line(amounts(2018, 1000))));
    assertThat(Calculator.calculate(p).payback().kind()).isEqualTo(Payback.Kind.NONE);
  }

  @Test
  void noInvestmentMeansNotApplicable() {
    Proposal p = proposal(List.of(line(amounts(2019, -100))), List.of());
    assertThat(Calculator.calculate(p).payback()).isEqualTo(Payback.notApplicable(false));
  }

  @Test
  void paidBackOnlyAfterTheLastYearIsExtrapolated() {
    // 10.000 against 1.000 a year from 2019: 4.000 by 2022, then 1.000 a year -> 2028, year 11.
    Proposal p =
        proposal(
            List.of(line(amounts(2019, -1000, 2020, -1000, 2021, -1000, 2022, -1000))),
            List.of(line(amounts(2018, 10000))));
    assertThat(Calculator.calculate(p).payback()).isEqualTo(Payback.after(11, 2028, true, false));
  }

  @Test
  void aPaybackCenturiesAwayIsStillAPaybackNotNone() {
    // 5.000 against 1 a year from 2019: 4 by 2022, then 4.996 more years -> 2027 + ... = year
    // 5.001.
    Proposal p =
        proposal(
            List.of(line(amounts(2019, -1, 2020, -1, 2021, -1, 2022, -1))),
            List.of(line(amounts(2018, 5000))));
    assertThat(Calculator.calculate(p).payback()).isEqualTo(Payback.after(5001, 7018, true, false));
  }

  @Test
  void linesThatCancelOutStillStartTheProposal() {
    Proposal p =
        proposal(
            List.of(
                line(amounts(2018, -200)), line(amounts(2018, 200)), line(amounts(2019, -1000))),
            List.of(line(amounts(2019, 500))));
    ProposalFigures f = Calculator.calculate(p);
    assertThat(f.startYear()).isEqualTo(2018);
    assertThat(f.payback().years()).isEqualTo(2);
  }

  @Test
  void aBlankCellIsNotAPrintedZero() {
    Proposal p = proposal(List.of(line(amounts(2019, -100))), List.of(line(amounts(2018, 0))));
    ProposalFigures f = Calculator.calculate(p);
    assertThat(f.implementationTotal().has(2018)).isTrue();
    assertThat(f.implementationTotal().has(2019)).isFalse();
    assertThat(f.permanentTotal().has(2018)).isFalse();
  }

  @Test
  void summaryOnlyWithoutInvestmentIsNotApplicable() {
    Proposal p =
        new Proposal(
            "XX02",
            ProposalType.INVESTMENT,
            "T",
            null,
            null,
            null,
            null,
            List.of(2018, 2019),
            List.of(),
            List.of(),
            Stated.none(),
            new SummaryOnly("fortroligt", 0, amounts(2019, -5)),
            null,
            List.of(),
            Origin.ofFile("x"));
    assertThat(Calculator.calculate(p).payback()).isEqualTo(Payback.notApplicable(true));
  }

  @Test
  void overflowIsAnErrorNotAWrap() {
    Proposal p =
        proposal(List.of(line(amounts(2019, Long.MAX_VALUE)), line(amounts(2019, 1))), List.of());
    assertThatThrownBy(() -> Calculator.calculate(p)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void amountsKeepBlankAndZeroApartWhenAdded() {
    Amounts a = amounts(2018, 0);
    Amounts b = Amounts.of(Map.of(2019, 5L));
    assertThat(a.plus(b)).isEqualTo(amounts(2018, 0, 2019, 5));
  }
}
