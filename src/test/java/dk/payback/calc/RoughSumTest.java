package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Present values and discounted paybacks found from {@link RoughSum}s are the exact arithmetic's,
 * on random cash flows at random rates, and where a half or a tie lies within the bound the exact
 * arithmetic decides.
 */
class RoughSumTest {

  private static final int RUNS = 20_000;

  /** Rates with few digits, where exact halves and ties come about, and random ones. */
  private static DiscountRate rate(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> new DiscountRate(BigDecimal.ZERO);
      case 1 -> new DiscountRate(new BigDecimal("60"));
      case 2 -> DiscountRate.MINISTRY_2013;
      case 3 -> DiscountRate.MINISTRY_2021;
      case 4 -> new DiscountRate(BigDecimal.valueOf(random.nextInt(99_999), 3));
      default -> new DiscountRate(BigDecimal.valueOf(1 + random.nextInt(25)));
    };
  }

  /**
   * Small amounts that tie and cancel, thousands as cases have them, and some near a long's end.
   */
  private static long amount(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(41) - 20;
      case 1, 2 -> random.nextInt(200_001) - 100_000;
      case 3 -> 0;
      default -> random.nextLong() / (1L << random.nextInt(64));
    };
  }

  private static Amounts cashFlows(Random random, int first) {
    long[] values = new long[1 + random.nextInt(40)];
    for (int i = 0; i < values.length; i++) {
      values[i] = amount(random);
    }
    return Amounts.consecutive(first, values);
  }

  @Test
  void aPresentValueIsTheExactArithmeticsWhateverTheAmountsAndRate() {
    Random random = new Random(20181);
    for (int run = 0; run < RUNS; run++) {
      DiscountRate rate = rate(random);
      Amounts flows = cashFlows(random, 2018);
      int end = 2018 + random.nextInt(flows.size() + 5);
      String what = flows + " through " + end + " at " + rate.percent() + " %";
      NetPresentValue exact;
      try {
        exact = NetPresentValue.of(flows.byYear(), 2018, end, rate);
      } catch (ArithmeticException tooLarge) {
        assertThatThrownBy(
                () -> NetPresentValue.of(flows, 2018, end, new Quotients(rate), () -> flows))
            .as(what)
            .isInstanceOf(ArithmeticException.class);
        continue;
      }
      NetPresentValue found =
          NetPresentValue.of(flows, 2018, end, new Quotients(rate), () -> flows);
      assertThat(found.thousands()).as(what).isEqualTo(exact.thousands());
      assertThat(found.exact()).as(what).isEqualTo(exact.exact());
    }
  }

  @Test
  void aTotalIsTheExactArithmeticsWhateverItsParts() {
    Random random = new Random(20182);
    for (int run = 0; run < RUNS / 20; run++) {
      DiscountRate rate = rate(random);
      List<NetPresentValue> parts = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        int first = 2018 + random.nextInt(5);
        Amounts flows = cashFlows(random, first).map(v -> v >> 20);
        NetPresentValue part =
            random.nextBoolean()
                ? NetPresentValue.of(flows, first, first + 10, new Quotients(rate), () -> flows)
                : NetPresentValue.of(flows.byYear(), first, first + 10, rate);
        parts.add(part);
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (NetPresentValue part : parts) {
        sum = sum.add(rate.discount(part.exact(), part.baseYear() - 2018));
      }
      NetPresentValue total = NetPresentValue.total(parts, 2018, rate);
      assertThat(total.thousands())
          .as("%s", sum)
          .isEqualTo(sum.setScale(0, RoundingMode.HALF_UP).longValueExact());
      assertThat(total.exact()).isEqualTo(sum);
    }
  }

  @Test
  void anExactHalfIsLeftToTheExactArithmeticAndRoundsUp() {
    // At 60 % 4 a year later is worth exactly 2.5; at 4 %, 13 is worth exactly 12.5.
    DiscountRate sixty = new DiscountRate(new BigDecimal("60"));
    RoughSum half = new RoughSum();
    half.add(new Quotients(sixty).roughly(4, 1));
    assertThat(half.rounded()).isEmpty();
    for (long atZero = -3; atZero <= 3; atZero++) {
      for (long later : new long[] {4, -4, 12, -12}) {
        Amounts flows = Amounts.consecutive(2020, new long[] {atZero, later});
        NetPresentValue found =
            NetPresentValue.of(flows, 2020, 2021, new Quotients(sixty), () -> flows);
        BigDecimal exact =
            new BigDecimal(atZero).add(new BigDecimal(later).divide(BigDecimal.valueOf(1.6)));
        assertThat(found.thousands())
            .as("%s", exact)
            .isEqualTo(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
      }
    }
    Amounts thirteen = Amounts.consecutive(2020, new long[] {0, 13});
    assertThat(
            NetPresentValue.of(
                    thirteen, 2020, 2021, new Quotients(DiscountRate.MINISTRY_2013), () -> thirteen)
                .thousands())
        .isEqualTo(13);
  }

  @Test
  void aRoughSumAnswersOnlyWhereItsBoundLeavesNoDoubt() {
    assertThat(sum(2.4).rounded()).isEqualTo(OptionalLong.of(2));
    assertThat(sum(-2.6).rounded()).isEqualTo(OptionalLong.of(-3));
    assertThat(sum(0.5).rounded()).isEmpty();
    assertThat(sum(-0.5).rounded()).isEmpty();
    assertThat(sum(1e16).rounded()).isEmpty();
    assertThat(sum(3).compareTo(sum(3))).isEqualTo(RoughSum.UNSURE);
    assertThat(sum(3).compareTo(sum(2))).isEqualTo(1);
    assertThat(sum(0).compareTo(new RoughSum())).isEqualTo(0);
    assertThat(sum(1e-20).compareTo(new RoughSum())).isEqualTo(RoughSum.UNSURE);
  }

  private static RoughSum sum(double term) {
    RoughSum s = new RoughSum();
    s.add(term);
    return s;
  }

  @Test
  void aDiscountedPaybackIsTheExactArithmeticsWhateverTheAmountsAndRate() {
    Random random = new Random(20183);
    int ties = 0;
    for (int run = 0; run < RUNS; run++) {
      DiscountRate rate = rate(random);
      // Five years, as CalculatorTest's proposals have.
      int years = 5;
      Proposal p =
          CalculatorTest.proposal(
              List.of(line(random, years, true)), List.of(line(random, years, false)));
      ProposalFigures f = Calculator.calculate(p);
      int end = p.lastYear() + random.nextInt(12);
      Payback exact = DiscountedPayback.exactly(f, new Quotients(rate), 2018, end);
      assertThat(DiscountedPayback.of(f, new Quotients(rate), 2018, end))
          .as("%s through %d at %s %%", f, end, rate.percent())
          .isEqualTo(exact);
      if (exact.isYears() && rate.percent().signum() == 0) {
        ties++;
      }
    }
    // Enough cases at 0 %, where every sum is whole and savings meet the investment exactly.
    assertThat(ties).isGreaterThan(RUNS / 20);
  }

  /** A line of small amounts: savings (mostly negative) or costs (mostly positive). */
  private static Line line(Random random, int years, boolean savings) {
    long[] values = new long[years];
    for (int i = 0; i < years; i++) {
      long v = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 10 : 5000);
      values[i] = savings == (random.nextInt(6) > 0) ? -v : v;
    }
    return new Line("linje", Area.SERVICE, Amounts.consecutive(2018, values));
  }
}
