package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Track.TrackYear;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.CaseSet;
import dk.payback.model.Proposal;
import dk.payback.model.Realised;
import dk.payback.model.Realised.RealisedLine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Plan against realised figures: the example of HA02 to the krone, and a plan realised exactly. */
class TrackTest {

  private static final Discounting D = Discounting.DEFAULT;

  private static FollowUp examples(Integer asOf) {
    LoadResult r = CaseLoader.load(List.of(Path.of("src/test/resources/track")));
    assertThat(r.errors()).isEmpty();
    return Analysis.of(r.cases()).followUp(asOf, D);
  }

  private static Track track(FollowUp f, String id) {
    return f.tracks().stream().filter(t -> t.proposal().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void ha02RealisedTenAndAHalfOfTwelveMillionPlannedAndSpent315ThousandMore() {
    Track t = track(examples(null), "HA02");
    assertThat(t.asOf()).isEqualTo(2020);
    TrackYear total = t.total();
    assertThat(total.plannedSavings()).isEqualTo(-12_000);
    assertThat(total.realisedSavings()).isEqualTo(-10_500);
    assertThat(total.share()).isEqualByComparingTo("87.5");
    assertThat(total.shortfall()).isEqualTo(1_500);
    assertThat(total.plannedCosts()).isEqualTo(3_985);
    assertThat(total.realisedCosts()).isEqualTo(4_300);
    assertThat(total.costOverrun()).isEqualTo(315);
    assertThat(t.years()).extracting(TrackYear::year).containsExactly(2018, 2019, 2020);
    assertThat(t.years())
        .extracting(TrackYear::share)
        .containsExactly(null, new BigDecimal("83.3"), new BigDecimal("91.7"));
  }

  @Test
  void ha02sForecastTakesTheRealisedYearsThenThePlan() {
    Track t = track(examples(null), "HA02");
    ProposalFigures f = t.forecast().figures();
    // 1.400 + 2.900 invested; -5.000, -5.500 realised, then -6.000 a year as planned.
    assertThat(f.investment()).isEqualTo(4_300);
    assertThat(f.permanentTotal().byYear())
        .containsExactly(
            java.util.Map.entry(2019, -5000L),
            java.util.Map.entry(2020, -5500L),
            java.util.Map.entry(2021, -6000L),
            java.util.Map.entry(2022, -6000L));
    // Saved 5.000 by 2019 >= 4.300 invested: still paid back in 2019, the plan's second year.
    assertThat(f.payback().year()).isEqualTo(2019);
    assertThat(f.payback().years()).isEqualTo(2);
    assertThat(t.plan().payback().years()).isEqualTo(2);
    // 1.500 less saved and 315 more spent than planned, in 2018-2020 money at 3.5 %:
    // 315 in 2019 and -1.000 in 2019 and -500 in 2020 are what differ from the plan.
    BigDecimal r = new BigDecimal("1.035");
    BigDecimal diff =
        new BigDecimal("1315")
            .divide(r, DiscountRate.PRECISION)
            .add(new BigDecimal("500").divide(r.pow(2), DiscountRate.PRECISION));
    // Equal to 12 decimals of a thousand kroner: the two sums divide with 34 significant digits.
    assertThat(
            t.forecast()
                .netPresentValue()
                .exact()
                .subtract(t.plan().netPresentValue().exact())
                .setScale(12, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo(diff.setScale(12, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("1737.286751149385");
  }

  @Test
  void lookingBackStopsAtTheYearAskedFor() {
    Track t = track(examples(2019), "HA02");
    assertThat(t.asOf()).isEqualTo(2019);
    assertThat(t.total().plannedSavings()).isEqualTo(-6_000);
    assertThat(t.total().realisedSavings()).isEqualTo(-5_000);
    assertThat(t.total().share()).isEqualByComparingTo("83.3");
    assertThat(t.total().realisedCosts()).isEqualTo(4_300);
    assertThat(t.total().plannedCosts()).isEqualTo(3_985);
  }

  @Test
  void aYearBeforeEveryCaseLeavesNoneFollowedUp() {
    FollowUp f = examples(2017);
    assertThat(f.tracks()).isEmpty();
    assertThat(f.notFollowedUp()).extracting(Proposal::id).hasSize(4);
  }

  @Test
  void proposalsWithoutRealisedFiguresAreNotYetFollowedUpAndTheTotalIsOfTheRest() {
    FollowUp f = examples(null);
    assertThat(f.notFollowedUp()).extracting(Proposal::id).containsExactly("UD02");
    assertThat(f.tracks())
        .extracting(t -> t.proposal().id())
        .containsExactly("BU01", "HA02", "SI02");
    // BU01 -12.000 planned, -11.600 realised; HA02 -12.000, -10.500; SI02 -1.580, -1.000.
    assertThat(f.total().plannedSavings()).isEqualTo(-25_580);
    assertThat(f.total().realisedSavings()).isEqualTo(-23_100);
    assertThat(f.total().share()).isEqualByComparingTo("90.3");
    // BU01 1.050 planned, 1.100 realised; HA02 3.985, 4.300; SI02 6.100, 6.590.
    assertThat(f.total().plannedCosts()).isEqualTo(11_135);
    assertThat(f.total().realisedCosts()).isEqualTo(11_990);
    assertThat(f.total().costOverrun()).isEqualTo(855);
  }

  @Test
  void belowComparesTheExactShareNotTheRoundedOne() {
    // 5.000 of 6.000 is 83.33... %: below 83.34, not below 83.33.
    TrackYear y = TrackYear.of(2019, -6000, -5000, 0, 0);
    assertThat(y.below(new BigDecimal("83.34"))).isTrue();
    assertThat(y.below(new BigDecimal("83.33"))).isFalse();
    assertThat(TrackYear.of(2019, 0, -5000, 0, 0).below(BigDecimal.TEN)).isFalse();
  }

  /**
   * The property: for every real proposal and every year it could be followed up to, realised
   * figures equal to the plan (given as totals, and again line by line) show 100 % of the planned
   * savings, no shortfall, no overrun, and the plan's payback and present value.
   */
  @Test
  void aPlanRealisedExactlyShowsAHundredPercentAndThePlansPayback() {
    int checked = 0;
    for (Proposal plan : RealCases.all().proposals()) {
      ProposalFigures f = Analysis.of(new CaseSet(List.of(plan), null)).figures(plan);
      for (int asOf : plan.years()) {
        List<Realised> ways = new ArrayList<>();
        ways.add(
            new Realised(
                asOf,
                upTo(f.permanentTotal(), asOf),
                upTo(f.implementationTotal(), asOf),
                List.of(),
                List.of()));
        if (!plan.isSummaryOnly()) {
          List<RealisedLine> lines = new ArrayList<>();
          plan.permanent()
              .forEach(l -> lines.add(new RealisedLine(l.text(), true, upTo(l.amounts(), asOf))));
          plan.implementation()
              .forEach(l -> lines.add(new RealisedLine(l.text(), false, upTo(l.amounts(), asOf))));
          ways.add(new Realised(asOf, null, null, lines, List.of()));
        }
        for (Realised realised : ways) {
          Proposal followed = withRealised(plan, realised);
          Analysis a = Analysis.of(new CaseSet(List.of(followed), null));
          Track t = a.followUp(null, D).tracks().get(0);
          String what = plan.id() + " as of " + asOf;
          assertThat(t.total().shortfall()).as(what).isZero();
          assertThat(t.total().costOverrun()).as(what).isZero();
          if (t.total().plannedSavings() < 0) {
            assertThat(t.total().share()).as(what).isEqualByComparingTo("100");
          } else {
            assertThat(t.total().share()).as(what).isNull();
          }
          for (TrackYear y : t.years()) {
            assertThat(y.share()).as(what).isIn(null, new BigDecimal("100.0"));
          }
          assertThat(t.forecast().payback()).as(what).isEqualTo(t.plan().payback());
          assertThat(t.forecast().payback()).as(what).isEqualTo(f.payback());
          assertThat(t.forecast().netPresentValue()).as(what).isEqualTo(t.plan().netPresentValue());
          assertThat(t.forecast().discountedPayback())
              .as(what)
              .isEqualTo(t.plan().discountedPayback());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(150);
  }

  private static Amounts upTo(Amounts a, int year) {
    return new Amounts(new TreeMap<>(a.byYear().headMap(year + 1)));
  }

  private static Proposal withRealised(Proposal p, Realised r) {
    return new Proposal(
        p.id(),
        p.type(),
        p.title(),
        p.summary(),
        p.fund(),
        p.risk(),
        p.source(),
        p.years(),
        p.permanent(),
        p.implementation(),
        p.stated(),
        p.summaryOnly(),
        r,
        p.notes(),
        p.origin());
  }
}
