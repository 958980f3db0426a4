package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.CaseSet;
import dk.payback.model.Line;
import dk.payback.model.Origin;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Stated;
import dk.payback.model.SummaryOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The budget per styringsområde of the real cases against the case files' own lines, summed here by
 * hand, and, for any case set, its totals against the proposals' net impact.
 */
class BudgetTest {

  private static final Budget REAL = Analysis.of(RealCases.all()).budget(Scenario.BASE);

  @Test
  void serviceIn2019IsTheSumOfTheInvestmentProposalsServiceLines() {
    // Each investment case's service lines in 2019, permanent and implementation, as the files
    // give them (BU05 and BU10 have no lines: overview figures only).
    long service2019 =
        sum(
            -1800, -1200, // BU01
            -2000, 1000, // BU02
            250, 1002, -2266, -2266, // BU03: -3.280, where the overview prints -3.279
            -800, -1440, -760, // BU04
            -500, -1000, -500, 600, 600, // BU07
            -500, -2000, // BU08
            -1162, -200, -275, 633, 1162, // BU09
            -6000, 1000, // HA02
            -1750, 500, // HJ01
            -1600, 500, // HJ02
            -5600, 0, // HJ03
            -2000, 420, 60, // SI02
            -1500, 2000, 3000, // SI03
            -12700, -4130, -1080, -1620, 1000, 2750, 4000, // TV01
            -2000, 250, // UD02
            -5300); // UD05
    assertThat(service2019).isEqualTo(-43_222);
    assertThat(area(ProposalType.INVESTMENT, Budget.Heading.SERVICE).valueOr0(2019))
        .isEqualTo(service2019);
  }

  @Test
  void capitalUnassignedAndSummaryOnlyIn2019AreTheirLinesSums() {
    long capital2019 =
        sum(
            300, 100, // BU01
            300, // BU02
            310, // BU04
            1585, // HA02
            275, 200, 25, // HJ02
            5850, // SI02
            200, 7000, // TV01
            500); // UD05
    assertThat(area(ProposalType.INVESTMENT, Budget.Heading.CAPITAL).valueOr0(2019))
        .isEqualTo(capital2019)
        .isEqualTo(16_645);
    // UD05's two lines without an area.
    assertThat(area(ProposalType.INVESTMENT, Budget.Heading.UNASSIGNED).valueOr0(2019))
        .isEqualTo(sum(750, 1850));
    // BU05 and BU10: the overview's investment in 2018, its savings from 2019.
    Amounts summaryOnly = area(ProposalType.INVESTMENT, Budget.Heading.SUMMARY_ONLY);
    assertThat(summaryOnly.valueOr0(2018)).isEqualTo(sum(10_950, 1_125));
    assertThat(summaryOnly.valueOr0(2019)).isEqualTo(sum(-2_345, -235));
    // IN01's innovation costs, all service.
    assertThat(area(ProposalType.INNOVATION, Budget.Heading.SERVICE).byYear())
        .containsExactlyEntriesOf(new TreeMap<>(Map.of(2018, 460L, 2019, 500L)));
  }

  @Test
  void theRealCasesAreasAndTheirOrder() {
    assertThat(REAL.years()).containsExactly(2018, 2019, 2020, 2021, 2022);
    assertThat(REAL.sections())
        .extracting(Budget.Section::type)
        .containsExactly(ProposalType.INVESTMENT, ProposalType.INNOVATION);
    assertThat(REAL.sections().get(0).areas())
        .extracting(Budget.AreaSum::heading)
        .containsExactly(
            Budget.Heading.SERVICE,
            Budget.Heading.CAPITAL,
            Budget.Heading.UNASSIGNED,
            Budget.Heading.SUMMARY_ONLY);
    // No implementation costs in 2022: the investment total is the overview's I ALT of savings.
    assertThat(REAL.sections().get(0).total().valueOr0(2022)).isEqualTo(-74_978);
    assertThat(REAL.sections().get(0).proposals()).isEqualTo(18);
  }

  @Test
  void theBuCentresBudgetIsTheSumOfItsOwnLines() {
    Budget bu = Analysis.of(RealCases.all()).budget(Scenario.BASE, p -> p.id().startsWith("BU"));
    // The BU lines of the service sum above, 2019.
    long service2019 =
        sum(
            -1800, -1200, // BU01
            -2000, 1000, // BU02
            250, 1002, -2266, -2266, // BU03
            -800, -1440, -760, // BU04
            -500, -1000, -500, 600, 600, // BU07
            -500, -2000, // BU08
            -1162, -200, -275, 633, 1162); // BU09
    long capital2019 = sum(300, 100, 300, 310); // BU01, BU02, BU04
    long summaryOnly2019 = sum(-2_345, -235); // BU05, BU10
    assertThat(service2019).isEqualTo(-13_422);
    assertThat(bu.sections()).hasSize(1);
    Budget.Section investment = bu.sections().get(0);
    assertThat(investment.type()).isEqualTo(ProposalType.INVESTMENT);
    assertThat(investment.proposals()).isEqualTo(9);
    assertThat(investment.areas())
        .extracting(Budget.AreaSum::heading)
        .containsExactly(
            Budget.Heading.SERVICE, Budget.Heading.CAPITAL, Budget.Heading.SUMMARY_ONLY);
    assertThat(investment.areas())
        .extracting(a -> a.amounts().valueOr0(2019))
        .containsExactly(service2019, capital2019, summaryOnly2019);
    // -13.422 + 1.010 - 2.580
    assertThat(investment.total().valueOr0(2019))
        .isEqualTo(sum(service2019, capital2019, summaryOnly2019))
        .isEqualTo(-14_992);
    assertThat(bu.total()).isEqualTo(investment.total());
    assertThat(bu.years()).containsExactly(2018, 2019, 2020, 2021, 2022);
  }

  @Test
  void theLowRiskBudgetKeepsBothSectionsOfItsProposals() {
    // risk: lav in BU04, BU08, HJ03, TV01, UD02 and IN01.
    Budget low =
        Analysis.of(RealCases.all())
            .budget(Scenario.BASE, p -> p.risk() != null && p.risk().key().equals("lav"));
    long service2019 =
        sum(
            -2000, 250, // UD02
            -5600, 0, // HJ03
            -800, -1440, -760, // BU04
            -500, -2000, // BU08
            -12700, -4130, -1080, -1620, 1000, 2750, 4000); // TV01
    long capital2019 = sum(310, 200, 7000); // BU04, TV01
    assertThat(service2019).isEqualTo(-24_630);
    assertThat(low.sections()).extracting(Budget.Section::proposals).containsExactly(5, 1);
    Budget.Section investment = low.sections().get(0);
    assertThat(investment.areas())
        .extracting(a -> a.amounts().valueOr0(2019))
        .containsExactly(service2019, capital2019);
    // IN01's 500, all service.
    assertThat(low.total().valueOr0(2019))
        .isEqualTo(sum(service2019, capital2019, 500))
        .isEqualTo(-16_620);
  }

  @Test
  void aFilterThatKeepsNothingGivesNoSectionsAndNoYears() {
    Budget none = Analysis.of(RealCases.all()).budget(Scenario.BASE, p -> false);
    assertThat(none.sections()).isEmpty();
    assertThat(none.years()).isEmpty();
    assertThat(none.total().byYear()).isEmpty();
  }

  /**
   * For any case set, under any scenario: per year, each section's total is the net impact of its
   * proposals, the whole total all proposals', and a section's areas add up to its total; no year
   * of a proposal is left out.
   */
  @Test
  void forAnyCaseSetTheTotalPerYearIsTheProposalsNetImpact() {
    Random random = new Random(20_190_101L);
    List<Scenario> scenarios =
        List.of(Scenario.BASE, Scenario.savingsAt("0.75"), Scenario.delayed(2));
    for (int run = 0; run < 300; run++) {
      CaseSet cases = randomCases(random);
      Analysis analysis = Analysis.of(cases);
      Scenario scenario = scenarios.get(random.nextInt(scenarios.size()));
      Budget budget = analysis.budget(scenario);
      Map<ProposalType, Amounts> netByType = new TreeMap<>();
      Amounts net = Amounts.empty();
      for (Proposal p : cases.proposals()) {
        Amounts impact = analysis.figures(p, scenario).netImpact();
        netByType.merge(p.type(), impact, Amounts::plus);
        net = net.plus(impact);
        assertThat(budget.years()).containsAll(impact.byYear().keySet());
      }
      for (int year : budget.years()) {
        assertThat(budget.total().valueOr0(year))
            .as("run %d, %d", run, year)
            .isEqualTo(net.valueOr0(year));
        for (Budget.Section s : budget.sections()) {
          Amounts own = netByType.getOrDefault(s.type(), Amounts.empty());
          assertThat(s.total().valueOr0(year)).isEqualTo(own.valueOr0(year));
          assertThat(s.areas().stream().mapToLong(a -> a.amounts().valueOr0(year)).sum())
              .isEqualTo(own.valueOr0(year));
          for (Budget.AreaSum a : s.areas()) {
            assertThat(a.shares().stream().mapToLong(sh -> sh.amounts().valueOr0(year)).sum())
                .isEqualTo(a.amounts().valueOr0(year));
          }
        }
      }
    }
  }

  private static Amounts area(ProposalType type, Budget.Heading heading) {
    return REAL.sections().stream()
        .filter(s -> s.type() == type)
        .flatMap(s -> s.areas().stream())
        .filter(a -> a.heading() == heading)
        .findFirst()
        .orElseThrow()
        .amounts();
  }

  private static long sum(long... amounts) {
    return LongStream.of(amounts).sum();
  }

  /** Some of the real cases, and made-up proposals of any area, period and kind. */
  private static CaseSet randomCases(Random random) {
    List<Proposal> proposals = new ArrayList<>();
    for (Proposal p : RealCases.all().proposals()) {
      if (random.nextInt(3) == 0) {
        proposals.add(p);
      }
    }
    int made = random.nextInt(6);
    for (int i = 0; i < made; i++) {
      proposals.add(madeUp(random, i));
    }
    return new CaseSet(proposals, random.nextBoolean() ? RealCases.all().portfolio() : null);
  }

  private static Proposal madeUp(Random random, int n) {
    int first = 2015 + random.nextInt(12);
    List<Integer> years = new ArrayList<>();
    for (int y = first; y < first + 1 + random.nextInt(7); y++) {
      years.add(y);
    }
    ProposalType type = random.nextBoolean() ? ProposalType.INVESTMENT : ProposalType.INNOVATION;
    SummaryOnly summaryOnly =
        random.nextInt(4) == 0
            ? new SummaryOnly("made up", random.nextInt(5000), amounts(random, years, -5000))
            : null;
    return new Proposal(
        "ZZ" + n,
        type,
        "Made up " + n,
        null,
        null,
        null,
        null,
        years,
        summaryOnly == null ? lines(random, years, -4000) : List.of(),
        summaryOnly == null ? lines(random, years, 3000) : List.of(),
        Stated.none(),
        summaryOnly,
        null,
        List.of(),
        Origin.ofFile("made-up-" + n + ".yaml"));
  }

  private static List<Line> lines(Random random, List<Integer> years, int scale) {
    Area[] areas = {Area.SERVICE, Area.CAPITAL, Area.TRANSFERS, null};
    List<Line> lines = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      lines.add(
          new Line(
              "line " + i, areas[random.nextInt(areas.length)], amounts(random, years, scale)));
    }
    return lines;
  }

  /** Amounts in some of the years, 0 among them, mostly of the sign of {@code scale}. */
  private static Amounts amounts(Random random, List<Integer> years, int scale) {
    Map<Integer, Long> values = new TreeMap<>();
    for (int year : years) {
      if (random.nextInt(4) != 0) {
        values.put(
            year,
            (long) (random.nextInt(Math.abs(scale) + 1) * Integer.signum(scale))
                + random.nextInt(200)
                - 100);
      }
    }
    return Amounts.of(values);
  }
}
