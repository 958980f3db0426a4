package dk.payback.view;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Area;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Risk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The overview of some proposals, grouped and sorted: whatever the selection, each total is the sum
 * of the rows it stands under, the groups' subtotals add up to their type's total, each proposal
 * keeps its number, and no figure of a proposal shown falls outside the columns.
 */
class OverviewSelectionTest {

  private static final Analysis REAL = load("cases");
  private static final Analysis PERIODS = load("src/test/resources/periods");

  private static Analysis load(String path) {
    LoadResult r = CaseLoader.load(List.of(Path.of(path)));
    assertThat(r.ok()).isTrue();
    return Analysis.of(r.cases());
  }

  /** 300 random selections of the real cases and of the set with a 2024-2028 proposal. */
  static Stream<Object[]> selections() {
    Random random = new Random(14);
    List<Object[]> all = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Analysis a = i % 3 == 0 ? PERIODS : REAL;
      all.add(new Object[] {i % 3 == 0 ? "periods" : "cases", randomSelection(a, random)});
    }
    return all.stream();
  }

  private static Selection randomSelection(Analysis a, Random random) {
    List<Proposal> ps = a.cases().proposals();
    List<String> only = new ArrayList<>();
    int globs = random.nextInt(3);
    for (int g = 0; g < globs; g++) {
      String id = ps.get(random.nextInt(ps.size())).id();
      only.add(
          switch (random.nextInt(4)) {
            case 0 -> id;
            case 1 -> id.substring(0, 2).toLowerCase() + "*";
            case 2 -> id.substring(0, 3) + "?";
            default -> "ZZ*";
          });
    }
    Risk risk = random.nextInt(3) == 0 ? Risk.values()[random.nextInt(3)] : null;
    String fund = random.nextInt(4) == 0 ? ps.get(random.nextInt(ps.size())).fund() : null;
    Area area = random.nextInt(4) == 0 ? Area.values()[random.nextInt(3)] : null;
    Selection.Sort sort = Selection.Sort.values()[random.nextInt(Selection.Sort.values().length)];
    Selection.Grouping by =
        random.nextInt(5) == 0
            ? null
            : Selection.Grouping.values()[random.nextInt(Selection.Grouping.values().length)];
    return new Selection(only, risk, fund, area, sort, by);
  }

  @ParameterizedTest(name = "{index} {0} {1}")
  @MethodSource("selections")
  void totalsAreTheSumsOfTheRowsShown(String set, Selection selection) {
    Analysis a = set.equals("periods") ? PERIODS : REAL;
    OverviewView v = OverviewView.of(a, Scenario.BASE, Discounting.DEFAULT, selection, Lang.DA);
    OverviewView whole = OverviewView.of(a, Scenario.BASE, null, Lang.DA);
    Map<String, Integer> numbers = new HashMap<>();
    whole.rows().stream().filter(r -> !r.sum()).forEach(r -> numbers.put(r.id(), r.number()));

    int columns = v.savingsYears().size();
    List<OverviewView.Row> group = new ArrayList<>();
    List<OverviewView.Row> section = new ArrayList<>();
    List<OverviewView.Row> subtotals = new ArrayList<>();
    for (OverviewView.Row r : v.rows()) {
      switch (r.kind()) {
        case PROPOSAL -> {
          Proposal p = proposal(a, r.id());
          assertThat(selection.shows(p)).as("%s is one of those asked for", r.id()).isTrue();
          assertThat(r.number()).as("%s keeps its number", r.id()).isEqualTo(numbers.get(r.id()));
          assertThat(r.type()).isEqualTo(p.type());
          coversEveryYear(v, a, p);
          group.add(r);
          section.add(r);
        }
        case SUBTOTAL -> {
          assertSum(r, group, columns);
          assertThat(group)
              .extracting(g -> Selection.groupKey(selection.by(), proposal(a, g.id())))
              .containsOnly(r.group());
          subtotals.add(r);
          group.clear();
        }
        case TOTAL -> {
          assertSum(r, section, columns);
          if (!subtotals.isEmpty()) {
            assertSum(r, subtotals, columns);
            assertThat(group).as("every proposal is in a group").isEmpty();
          }
          section.clear();
          subtotals.clear();
          group.clear();
        }
      }
    }
    // Every proposal asked for is shown, each once.
    long asked = a.overview().proposals().stream().filter(selection::shows).count();
    assertThat(v.rows().stream().filter(r -> !r.sum()).count()).isEqualTo(asked);
    if (selection.filters()) {
      assertThat(v.printed())
          .as("a total of some proposals is not held against the printed total of all")
          .allMatch(p -> !p.id().isEmpty());
    }
  }

  private static void assertSum(OverviewView.Row total, List<OverviewView.Row> rows, int columns) {
    assertThat(total.proposals())
        .isEqualTo(rows.stream().mapToInt(OverviewView.Row::proposals).sum());
    assertThat(total.investment().value())
        .as("%s: investment", total.title())
        .isEqualTo(rows.stream().mapToLong(r -> r.investment().value()).sum());
    for (int i = 0; i < columns; i++) {
      int c = i;
      long sum =
          rows.stream()
              .map(r -> r.savings().get(c).amountOrNull())
              .mapToLong(x -> x == null ? 0 : x)
              .sum();
      assertThat(total.savings().get(c).amountOrNull())
          .as("%s: column %d", total.title(), c)
          .isEqualTo(sum);
    }
  }

  /** The investment heading spans the proposal's years, and each savings year has a column. */
  private static void coversEveryYear(OverviewView v, Analysis a, Proposal p) {
    assertThat(v.firstYear()).isLessThanOrEqualTo(p.firstYear());
    assertThat(v.lastYear()).isGreaterThanOrEqualTo(p.lastYear());
    p.years().stream()
        .skip(1)
        .filter(y -> a.figures(p, Scenario.BASE).savings().has(y))
        .forEach(y -> assertThat(v.savingsYears()).as("%s %d", p.id(), y).contains(y));
  }

  private static Proposal proposal(Analysis a, String id) {
    return a.cases().proposals().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theCentresOfTheRealCasesAddUpToTheSourcesTotalInItsOrder() {
    OverviewView v =
        OverviewView.of(
            REAL,
            Scenario.BASE,
            null,
            new Selection(
                List.of(), null, null, null, Selection.Sort.NUMBER, Selection.Grouping.CENTRE),
            Lang.DA);
    // Sums of the overview's rows as printed in portfolio.yaml, BU03's 2019 as its lines add up.
    assertThat(v.rows().stream().filter(OverviewView.Row::subtotal))
        .extracting(
            OverviewView.Row::title,
            r -> r.investment().value(),
            r -> r.savings().get(0).amountOrNull())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I alt HA (Borgercenter Handicap)", 3985L, -6000L),
            org.assertj.core.groups.Tuple.tuple(
                "I alt SI (Borgercenter Voksne)", 6100L + 6000, -1580L - 1500),
            org.assertj.core.groups.Tuple.tuple(
                "I alt UD (Borgercenter Voksne)", 500L + 1250, -2000L - 2700),
            org.assertj.core.groups.Tuple.tuple(
                "I alt HJ (Borgercenter Hjemmepleje)", 1500L + 1175 + 500, -1750L - 1600 - 5600),
            org.assertj.core.groups.Tuple.tuple(
                "I alt BU (Borgercenter Børn og Unge)",
                1050L + 865 + 385 + 985 + 10950 + 2700 + 200 + 4565 + 1125,
                -3000L - 1000 - 3280 - 3000 - 2345 - 2000 - 2500 - 1004 - 235),
            org.assertj.core.groups.Tuple.tuple(
                "I alt TV (Socialforvaltningens tilbud)", 31600L, -18530L),
            org.assertj.core.groups.Tuple.tuple("I alt IN", 960L, 0L));
    assertThat(v.totalRow(ProposalType.INVESTMENT).title())
        .isEqualTo("I ALT (investeringsforslag)");
    assertThat(v.totalRow(ProposalType.INVESTMENT).investment().value()).isEqualTo(75435L);
  }

  @Test
  void aFilteredTotalSaysWhatItAddsUpAndIsNotComparedWithThePrintedTotal() {
    OverviewView v =
        OverviewView.of(
            REAL,
            Scenario.BASE,
            null,
            new Selection(List.of("bu*"), null, null, null, Selection.Sort.PAYBACK, null),
            Lang.EN);
    OverviewView.Row total = v.totalRow(ProposalType.INVESTMENT);
    assertThat(total.title()).isEqualTo("TOTAL (9 of 18 investment proposals)");
    assertThat(total.investment().text()).isEqualTo("22,825");
    assertThat(v.printed()).extracting(OverviewView.Printed::label).containsOnly("BU03");
    // Shortest payback first; ties in the overview's order.
    assertThat(v.rows().stream().filter(r -> !r.sum()).map(OverviewView.Row::id))
        .containsExactly("BU01", "BU02", "BU03", "BU04", "BU08", "BU07", "BU05", "BU09", "BU10");
  }

  @Test
  void aProposalOfLaterYearsHasItsOwnColumnsAndTheHeadingCoversThem() {
    OverviewView v = OverviewView.of(PERIODS, Scenario.BASE, null, Lang.DA);
    assertThat(v.firstYear()).isEqualTo(2018);
    assertThat(v.lastYear()).isEqualTo(2028);
    assertThat(v.savingsYears()).containsExactly(2019, 2020, 2021, 2022, 2025, 2026, 2027, 2028);
    OverviewView.Row bu11 =
        v.rows().stream().filter(r -> r.id().equals("BU11")).findFirst().orElseThrow();
    assertThat(bu11.savings())
        .extracting(Cell::text)
        .containsExactly("-", "-", "-", "-", "-800", "-1.400", "-1.400", "-1.400");
    // The real cases keep the overview's own columns.
    OverviewView real = OverviewView.of(REAL, Scenario.BASE, null, Lang.DA);
    assertThat(real.savingsYears()).containsExactly(2019, 2020, 2021, 2022);
    assertThat(real.firstYear()).isEqualTo(2018);
    assertThat(real.lastYear()).isEqualTo(2022);
  }
}
