package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Proposal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscountedPaybackTest {

  private static final List<Integer> YEARS = List.of(2020, 2021, 2022, 2023, 2024);

  private static Payback discounted(Proposal p, DiscountRate rate, int horizon) {
    return RealCases.appraise(p, Scenario.BASE, new Discounting(rate, horizon)).discountedPayback();
  }

  @Test
  void discountingCanAddAYear() {
    // 1.000 invested in 2020 (year 0), 500 saved a year from 2021. Simple: 500 + 500 = 1.000 by
    // 2022,
    // 3 years. At 3.5 %: 500/1.035 + 500/1.035^2 = 949.85 < 1.000 by 2022; + 500/1.035^3 = 1.400.82
    // by
    // 2023: 4 years.
    Proposal p =
        RealCases.madeUp(
            YEARS, Map.of(2021, -500L, 2022, -500L, 2023, -500L, 2024, -500L), Map.of(2020, 1000L));
    assertThat(Calculator.calculate(p).payback()).isEqualTo(Payback.after(3, 2022, false, false));
    assertThat(discounted(p, DiscountRate.MINISTRY_2021, 10))
        .isEqualTo(Payback.after(4, 2023, false, false));
  }

  @Test
  void theInvestmentIsDiscountedToo() {
    // 1.035 invested in 2021 is 1.000 in 2020's money; 1.035 saved in 2021 is as much: paid back at
    // once,
    // compared exactly (>=), in the start year 2021: 1 year.
    Proposal p = RealCases.madeUp(YEARS, Map.of(2021, -1035L), Map.of(2021, 1035L));
    assertThat(discounted(p, DiscountRate.MINISTRY_2021, 10))
        .isEqualTo(Payback.after(1, 2021, false, false));
  }

  @Test
  void extrapolatesTheLastYearsPermanentTotalDiscountedWithinTheHorizonOnly() {
    // BU09: invested 1.614 + 1.162/1.035 + 1.789/1.035^2 = 4.406.76 (in 2018's money); saved 1.004
    // a year
    // from 2019: 970.05, 937.25, 905.56, 874.93 -> 3.687.80 by 2022, + 845.35 = 4.533.15 by 2023: 6
    // years,
    // extrapolated. With no horizon it is not reached within the case's years.
    Proposal bu09 = RealCases.get("BU09");
    assertThat(discounted(bu09, DiscountRate.MINISTRY_2021, 10))
        .isEqualTo(Payback.after(6, 2023, true, false));
    assertThat(discounted(bu09, DiscountRate.MINISTRY_2021, 0)).isEqualTo(Payback.none(false));
  }

  @Test
  void noInvestmentIsNotApplicableAndASummaryOnlyCaseIsAnEstimate() {
    Proposal p = RealCases.madeUp(YEARS, Map.of(2021, -10L), Map.of());
    assertThat(discounted(p, DiscountRate.MINISTRY_2021, 10))
        .isEqualTo(Payback.notApplicable(false));
    // BU05: 10.950 in 2018, 2.345 a year from 2019; at 3.5 % 7 years (2024), where the simple rule
    // says 6.
    assertThat(discounted(RealCases.get("BU05"), DiscountRate.MINISTRY_2021, 10))
        .isEqualTo(Payback.after(7, 2024, true, true));
  }

  @Test
  void atZeroPercentItIsTheSimplePaybackForEveryRealCase() {
    for (Proposal p : RealCases.all().proposals()) {
      Appraisal a =
          RealCases.appraise(
              p,
              Scenario.BASE,
              new Discounting(new DiscountRate(BigDecimal.ZERO), Discounting.MAX_HORIZON));
      assertThat(a.discountedPayback()).as(p.id()).isEqualTo(a.payback());
    }
  }

  @Test
  void reachedWithinTheHorizonExactlyWhenThePresentValueIsANetSaving() {
    for (DiscountRate rate : List.of(DiscountRate.MINISTRY_2021, DiscountRate.MINISTRY_2013)) {
      for (Scenario s : Sensitivity.STANDARD) {
        for (Proposal p : RealCases.all().proposals()) {
          Appraisal a =
              RealCases.appraise(p, s, new Discounting(rate, Discounting.DEFAULT_HORIZON));
          if (a.discountedPayback().kind() == Payback.Kind.NOT_APPLICABLE) {
            continue;
          }
          assertThat(a.discountedPayback().isYears())
              .as("%s %s at %s", p.id(), s, rate)
              .isEqualTo(a.netPresentValue().exact().signum() <= 0);
        }
      }
    }
  }
}
