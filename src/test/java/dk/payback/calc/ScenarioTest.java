package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.payback.model.Line;
import dk.payback.model.Proposal;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static Map<Integer, Long> amounts(Line line) {
    return line.amounts().byYear();
  }

  @Test
  void theBaseScenarioLeavesTheProposalAlone() {
    for (Proposal p : RealCases.all().proposals()) {
      assertThat(Scenario.BASE.apply(p)).isSameAs(p);
      assertThat(new Scenario(new BigDecimal("1.00"), BigDecimal.ONE, 0).isBase()).isTrue();
    }
  }

  @Test
  void savingsFactorScalesEachNegativeAmountLineByLineRoundedHalfUp() {
    // BU09 at 90 %: -1.162 -> -1.045,8 -> -1.046; -200 -> -180; -275 -> -247,5 -> -248 (half up,
    // away
    // from zero); the rent of 633 is a cost and stays. Total -841, where scaling the total would
    // give
    // -840 (-1.637 * 0,9 + 633 = -840,3).
    Proposal p = Scenario.savingsAt("0.9").apply(RealCases.get("BU09"));
    assertThat(p.permanent())
        .extracting(ScenarioTest::amounts)
        .containsExactly(
            Map.of(2019, -1046L, 2020, -1046L, 2021, -1046L, 2022, -1046L),
            Map.of(2019, -180L, 2020, -180L, 2021, -180L, 2022, -180L),
            Map.of(2019, -248L, 2020, -248L, 2021, -248L, 2022, -248L),
            Map.of(2019, 633L, 2020, 633L, 2021, 633L, 2022, 633L));
    assertThat(p.implementation()).isEqualTo(RealCases.get("BU09").implementation());
    ProposalFigures f = Calculator.calculate(p);
    assertThat(f.permanentTotal().valueOr0(2022)).isEqualTo(-841);
    // 4.565 to pay back at 841 a year: 5 x 841 = 4.205 by 2023, 6 x 841 = 5.046 by 2024: 7 years.
    assertThat(f.payback()).isEqualTo(Payback.after(7, 2024, true, false));
  }

  @Test
  void costFactorScalesEveryPositiveAmount() {
    // BU09 at 110 % costs: rent 633 -> 696,3 -> 696; 1.162 -> 1.278,2 -> 1.278; 484 -> 532,4 ->
    // 532;
    // 1.305 -> 1.435,5 -> 1.436; 1.464 -> 1.610,4 -> 1.610; 150 -> 165. Savings stay.
    Proposal p =
        new Scenario(BigDecimal.ONE, new BigDecimal("1.1"), 0).apply(RealCases.get("BU09"));
    assertThat(amounts(p.permanent().get(0)))
        .isEqualTo(Map.of(2019, -1162L, 2020, -1162L, 2021, -1162L, 2022, -1162L));
    assertThat(amounts(p.permanent().get(3)))
        .isEqualTo(Map.of(2019, 696L, 2020, 696L, 2021, 696L, 2022, 696L));
    assertThat(p.implementation())
        .extracting(ScenarioTest::amounts)
        .containsExactly(
            Map.of(2019, 1278L, 2020, 532L),
            Map.of(2020, 1436L),
            Map.of(2018, 1610L),
            Map.of(2018, 165L));
    assertThat(Calculator.calculate(p).investment()).isEqualTo(1278 + 532 + 1436 + 1610 + 165);
  }

  @Test
  void delayShiftsTheSavingsAndAddsYearsSoThatNoneIsLost() {
    // UD05 two years late: the closure's savings (-5.300 in 2019, -8.300 from 2020) move to 2021
    // and
    // 2023 on; the case gains 2023 and 2024; the running costs come as planned and go on at their
    // 2022 amounts; the one-off costs stay where they were.
    Proposal p = Scenario.delayed(2).apply(RealCases.get("UD05"));
    assertThat(p.years()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024);
    assertThat(p.permanent())
        .extracting(ScenarioTest::amounts)
        .containsExactly(
            Map.of(2021, -5300L, 2022, -8300L, 2023, -8300L, 2024, -8300L),
            Map.of(2019, 750L, 2020, 1300L, 2021, 1300L, 2022, 1300L, 2023, 1300L, 2024, 1300L),
            Map.of(2019, 1850L, 2020, 3000L, 2021, 3000L, 2022, 3000L, 2023, 3000L, 2024, 3000L));
    assertThat(p.implementation()).isEqualTo(RealCases.get("UD05").implementation());
    // Permanent total: costs of 2.600 and 4.300 in 2019-2020, then -1.000 in 2021 and -4.000 from
    // 2022.
    // Savings net of the running costs, from the start year 2018: -6.900 by 2020, -5.900 by 2021,
    // -1.900 by 2022, 2.100 by 2023 >= the investment 1.250: 6 years.
    ProposalFigures f = Calculator.calculate(p);
    assertThat(f.permanentTotal().byYear())
        .containsExactly(
            Map.entry(2019, 2600L),
            Map.entry(2020, 4300L),
            Map.entry(2021, -1000L),
            Map.entry(2022, -4000L),
            Map.entry(2023, -4000L),
            Map.entry(2024, -4000L));
    assertThat(f.payback()).isEqualTo(Payback.after(6, 2023, false, false));
  }

  @Test
  void aPrintedZeroStaysInItsYear() {
    // HJ03's saving prints 0 in 2018: it is neither a saving to shift nor a blank.
    Proposal p = Scenario.delayed(1).apply(RealCases.get("HJ03"));
    assertThat(amounts(p.permanent().get(0)))
        .containsEntry(2018, 0L)
        .containsEntry(2020, -5600L)
        .doesNotContainKey(2019);
  }

  @Test
  void summaryOnlyProposalsScaleTheirInvestmentAndShiftTheirSavings() {
    // BU05: 10.950 invested, -2.345 a year 2019-2022.
    Proposal p =
        new Scenario(new BigDecimal("0.5"), new BigDecimal("1.2"), 1).apply(RealCases.get("BU05"));
    assertThat(p.summaryOnly().investment()).isEqualTo(13_140);
    // -2.345 * 0,5 = -1.172,5 -> -1.173, from 2020 through the added 2023.
    assertThat(p.summaryOnly().savings().byYear())
        .isEqualTo(Map.of(2020, -1173L, 2021, -1173L, 2022, -1173L, 2023, -1173L));
    assertThat(p.summaryOnly().reason()).isEqualTo(RealCases.get("BU05").summaryOnly().reason());
  }

  @Test
  void theNpvHorizonStaysTheCasesSoThatScenariosCompare() {
    Discounting d = Discounting.DEFAULT;
    Appraisal late = RealCases.appraise(RealCases.get("HA02"), Scenario.delayed(2), d);
    assertThat(late.netPresentValue().baseYear()).isEqualTo(2018);
    assertThat(late.netPresentValue().endYear()).isEqualTo(2032);
    // HA02 two years late: 1.400 in 2018, 2.585 in 2019, -6.000 from 2021: simple payback 4 years.
    assertThat(late.payback()).isEqualTo(Payback.after(4, 2021, false, false));
  }

  @Test
  void factorsAreReadAsAnalystsWriteThem() {
    assertThat(Scenario.parseFactor("0.9")).isEqualByComparingTo("0.9");
    assertThat(Scenario.parseFactor("0,9")).isEqualByComparingTo("0.9");
    assertThat(Scenario.parseFactor("90%")).isEqualByComparingTo("0.9");
    assertThat(Scenario.parseFactor("75 %")).isEqualByComparingTo("0.75");
    assertThatThrownBy(() -> Scenario.parseFactor("ni")).hasMessageContaining("0.9 or 90%");
    assertThatThrownBy(() -> new Scenario(new BigDecimal("-0.1"), BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scenario.delayed(11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void discountRatesAreExactDecimals() {
    assertThat(DiscountRate.parse("3,5")).isEqualTo(DiscountRate.MINISTRY_2021);
    assertThat(DiscountRate.parse("3.50%")).isEqualTo(DiscountRate.MINISTRY_2021);
    assertThat(DiscountRate.parse("4")).isEqualTo(DiscountRate.MINISTRY_2013);
    assertThat(DiscountRate.MINISTRY_2021.growth(2)).isEqualByComparingTo("1.071225");
    assertThatThrownBy(() -> DiscountRate.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DiscountRate.parse("fire")).hasMessageContaining("3.5");
  }

  @Test
  void scaledAmountsAreTheDecimalProductRoundedHalfUpWhateverTheirSize() {
    java.util.Random random = new java.util.Random(2018);
    for (int run = 0; run < 20_000; run++) {
      // Halves (an odd amount at 0.5) and long products come up often; 10 itself has scale -1.
      BigDecimal factor =
          switch (random.nextInt(4)) {
            case 0 -> new BigDecimal("0.5");
            case 1 -> BigDecimal.TEN;
            default -> BigDecimal.valueOf(random.nextInt(100_001), 4 + random.nextInt(4));
          };
      long[] amounts = new long[5];
      for (int i = 0; i < amounts.length; i++) {
        amounts[i] =
            random.nextBoolean()
                ? random.nextInt(20_001) - 10_000
                : random.nextLong() >> random.nextInt(64);
      }
      Line costs = new Line("linje", dk.payback.model.Area.SERVICE, consecutive(amounts, 1));
      Line savings = new Line("linje", dk.payback.model.Area.SERVICE, consecutive(amounts, -1));
      Proposal p = CalculatorTest.proposal(java.util.List.of(savings), java.util.List.of(costs));
      Scenario s = new Scenario(factor, factor, 0);
      long[] expected = new long[amounts.length];
      boolean tooLarge = false;
      for (int i = 0; i < amounts.length; i++) {
        try {
          expected[i] =
              new BigDecimal(amounts[i])
                  .multiply(factor)
                  .setScale(0, java.math.RoundingMode.HALF_UP)
                  .longValueExact();
        } catch (ArithmeticException e) {
          tooLarge = true;
        }
      }
      if (tooLarge) {
        assertThatThrownBy(() -> s.apply(p)).isInstanceOf(ArithmeticException.class);
        continue;
      }
      Proposal scaled = s.apply(p);
      for (int i = 0; i < amounts.length; i++) {
        Line line = amounts[i] < 0 ? scaled.permanent().get(0) : scaled.implementation().get(0);
        assertThat(line.amounts().valueOr0(2018 + i))
            .as("%d × %s", amounts[i], factor)
            .isEqualTo(expected[i]);
      }
    }
  }

  /** The amounts in 2018-2022 as given; a saving line is those below 0, a cost line the rest. */
  private static dk.payback.model.Amounts consecutive(long[] amounts, int sign) {
    long[] kept = new long[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      kept[i] = Long.signum(amounts[i]) == sign || (sign > 0 && amounts[i] == 0) ? amounts[i] : 0;
    }
    return dk.payback.model.Amounts.consecutive(2018, kept);
  }
}
