package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.payback.model.Proposal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetPresentValueTest {

  private static final BigDecimal TINY = new BigDecimal("1E-25");

  private static Appraisal appraise(String id, DiscountRate rate, int horizon) {
    return RealCases.appraise(RealCases.get(id), Scenario.BASE, new Discounting(rate, horizon));
  }

  private static BigDecimal fraction(String numerator, String denominator) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128);
  }

  @Test
  void ha02OverTheCaseYearsAtFourPercent() {
    // HA02's net impact 2018-2022: 1.400, -3.415, -6.000, -6.000, -6.000; 2018 is year 0.
    // At 4 % (1.04 = 26/25): 1400 - 3415*25/26 - 6000*625/676 - 6000*15625/17576 -
    // 6000*390625/456976
    //   = 1400 - 85375/26 - 937500/169 - 11718750/2197 - 146484375/28561
    //   = -1022129325/57122 = -17893.7944... -> -17.894 thousand.
    NetPresentValue npv = appraise("HA02", DiscountRate.MINISTRY_2013, 0).netPresentValue();
    assertThat(npv.exact().subtract(fraction("-1022129325", "57122")).abs()).isLessThan(TINY);
    assertThat(npv.thousands()).isEqualTo(-17_894);
    assertThat(npv.baseYear()).isEqualTo(2018);
    assertThat(npv.endYear()).isEqualTo(2022);
  }

  @Test
  void ha02OverTheCaseYearsAtThreeAndAHalfPercent() {
    // At 3.5 % (1.035 = 207/200): 1400 - 3415*200/207 - 6000*(200/207)^2 - 6000*(200/207)^3 -
    // 6000*(200/207)^4
    //   = 1400 - 683000/207 - 80000000/14283 - 16000000000/2956581 - 3200000000000/612012267
    //   = -11102447649200/612012267 = -18140.8907... -> -18.141 thousand.
    NetPresentValue npv = appraise("HA02", DiscountRate.MINISTRY_2021, 0).netPresentValue();
    assertThat(npv.exact().subtract(fraction("-11102447649200", "612012267")).abs())
        .isLessThan(TINY);
    assertThat(npv.thousands()).isEqualTo(-18_141);
  }

  @Test
  void ha02WithTheDefaultHorizonGoesOnAtTheLastYearsPermanentTotal() {
    // Ten more years (2023-2032, t = 5..14) of -6.000 each, discounted the same way:
    // at 3.5 % -5447839437593966845915368231123450800/88402303520268627456335626617483 =
    // -61625.537...
    // at 4 %   -239868893049143379066225/4031873418956071936 = -59493.1607...
    Appraisal at35 = appraise("HA02", DiscountRate.MINISTRY_2021, Discounting.DEFAULT_HORIZON);
    assertThat(
            at35.netPresentValue()
                .exact()
                .subtract(
                    fraction(
                        "-5447839437593966845915368231123450800",
                        "88402303520268627456335626617483"))
                .abs())
        .isLessThan(TINY);
    assertThat(at35.netPresentValue().thousands()).isEqualTo(-61_626);
    assertThat(at35.netPresentValue().endYear()).isEqualTo(2032);
    Appraisal at4 = appraise("HA02", DiscountRate.MINISTRY_2013, Discounting.DEFAULT_HORIZON);
    assertThat(
            at4.netPresentValue()
                .exact()
                .subtract(fraction("-239868893049143379066225", "4031873418956071936"))
                .abs())
        .isLessThan(TINY);
    assertThat(at4.netPresentValue().thousands()).isEqualTo(-59_493);
  }

  @Test
  void atZeroPercentTheValueIsThePlainSum() {
    // HA02: cumulative net impact -20.015 by 2022, then 10 x -6.000.
    assertThat(appraise("HA02", new DiscountRate(BigDecimal.ZERO), 0).netPresentValue().thousands())
        .isEqualTo(-20_015);
    assertThat(
            appraise("HA02", new DiscountRate(BigDecimal.ZERO), 10).netPresentValue().thousands())
        .isEqualTo(-80_015);
    assertThat(appraise("HA02", new DiscountRate(BigDecimal.ZERO), 0).netPresentValue().exact())
        .isEqualByComparingTo("-20015");
  }

  @Test
  void yearZeroIsNotDiscounted() {
    // IN01 (innovation): 460 in 2018, 500 in 2019, nothing after: 460 + 500/1.035 = 943.09...
    NetPresentValue npv = appraise("IN01", DiscountRate.MINISTRY_2021, 10).netPresentValue();
    assertThat(npv.exact().subtract(fraction("460", "1").add(fraction("500", "1.035"))).abs())
        .isLessThan(TINY);
    assertThat(npv.thousands()).isEqualTo(943);
  }

  @Test
  void roundsOnceAtTheEndNotYearByYear() {
    // 1 thousand in each of years 1-3 at 25 %: 0.8 + 0.64 + 0.512 = 1.952 -> 2, where rounding each
    // year
    // first would give 1 + 1 + 1 = 3.
    NetPresentValue npv =
        NetPresentValue.of(
            Map.of(2020, 0L, 2021, 1L, 2022, 1L, 2023, 1L),
            2020,
            2023,
            new DiscountRate(new BigDecimal("25")));
    assertThat(npv.exact()).isEqualByComparingTo("1.952");
    assertThat(npv.thousands()).isEqualTo(2);
  }

  @Test
  void roundsHalfUpAsSpreadsheetsDo() {
    // 4 thousand one year on at 60 %: 4/1.6 = 2.5 exactly -> 3 (half even would give 2); -2.5 ->
    // -3.
    DiscountRate sixty = new DiscountRate(new BigDecimal("60"));
    NetPresentValue up = NetPresentValue.of(Map.of(2021, 4L), 2020, 2021, sixty);
    assertThat(up.exact()).isEqualByComparingTo("2.5");
    assertThat(up.thousands()).isEqualTo(3);
    assertThat(NetPresentValue.of(Map.of(2021, -4L), 2020, 2021, sixty).thousands()).isEqualTo(-3);
    assertThat(NetPresentValue.of(new BigDecimal("2.4999"), 2020, 2021, sixty).thousands())
        .isEqualTo(2);
  }

  @Test
  void theTotalIsRoundedFromTheExactPartsAndMovedToTheCommonYearZero() {
    NetPresentValue a =
        NetPresentValue.of(new BigDecimal("0.4"), 2018, 2030, DiscountRate.MINISTRY_2021);
    NetPresentValue b =
        NetPresentValue.of(new BigDecimal("0.4"), 2018, 2030, DiscountRate.MINISTRY_2021);
    assertThat(a.thousands() + b.thousands()).isZero();
    assertThat(NetPresentValue.total(List.of(a, b), 2018, DiscountRate.MINISTRY_2021).thousands())
        .isEqualTo(1);
    // A part in 2019's money is worth 1/1.035 of it in 2018's: 1035 -> 1000.
    NetPresentValue later =
        NetPresentValue.of(new BigDecimal("1035"), 2019, 2030, DiscountRate.MINISTRY_2021);
    assertThat(NetPresentValue.total(List.of(later), 2018, DiscountRate.MINISTRY_2021).exact())
        .isEqualByComparingTo("1000");
  }

  @Test
  void thePortfolioTotalIsTheRoundedSumOfTheExactValues() {
    PortfolioAppraisal pa = RealCases.appraiseAll(Scenario.BASE, Discounting.DEFAULT);
    BigDecimal exact =
        pa.appraisals().stream()
            .filter(a -> a.proposal().type() == dk.payback.model.ProposalType.INVESTMENT)
            .map(a -> a.netPresentValue().exact())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(pa.baseYear()).isEqualTo(2018);
    assertThat(pa.investmentTotal().exact()).isEqualByComparingTo(exact);
    assertThat(pa.investmentTotal().thousands()).isEqualTo(-723_367);
    assertThat(pa.innovationTotal().thousands()).isEqualTo(943);
  }

  @Test
  void cashFlowsAreTheNetImpactThenTheLastPermanentTotal() {
    Proposal bu09 = RealCases.get("BU09");
    var flows = CashFlows.of(Calculator.calculate(bu09), 2025).byYear();
    assertThat(flows)
        .containsExactly(
            Map.entry(2018, 1614L),
            Map.entry(2019, 158L),
            Map.entry(2020, 785L),
            Map.entry(2021, -1004L),
            Map.entry(2022, -1004L),
            Map.entry(2023, -1004L),
            Map.entry(2024, -1004L),
            Map.entry(2025, -1004L));
  }

  @Test
  void amountsBeforeYearZeroAreRefused() {
    assertThatThrownBy(
            () -> NetPresentValue.of(Map.of(2017, 1L), 2018, 2020, DiscountRate.MINISTRY_2021))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
