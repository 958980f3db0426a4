package dk.payback.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.payback.calc.Analysis;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.CaseSet;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.model.Origin;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Stated;
import dk.payback.model.SummaryOnly;
import dk.payback.view.FindingsWords;
import dk.payback.view.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The checker on models built in memory: no files, no YAML. */
class CheckerTest {

  /** The messages in English, as the tests below spell them. */
  private static final FindingsWords EN = FindingsWords.of(Lang.EN);

  private static final List<Integer> YEARS = List.of(2018, 2019, 2020);

  /** Amounts from year, value pairs. */
  static Amounts a(long... yearValue) {
    TreeMap<Integer, Long> m = new TreeMap<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      m.put((int) yearValue[i], yearValue[i + 1]);
    }
    return new Amounts(m);
  }

  /**
   * Every stated figure at a line of its own, so that a test can see which one a result points at.
   */
  static Origin origin(String file) {
    Map<String, Location> at = new HashMap<>();
    at.put("id", new Location(file, 3, 5));
    int line = 10;
    for (String figure : List.of("permanent_total", "implementation_total", "net_impact")) {
      for (int y : YEARS) {
        at.put("stated." + figure + "." + y, new Location(file, line, y - 2000));
      }
      line++;
    }
    at.put("stated.payback_years", new Location(file, line, 18));
    return new Origin(file, at);
  }

  /** Invests 600 in 2018 and saves 700 a year from 2019: pays back in 2 years. */
  static Proposal proposal(String id, String file, Stated stated) {
    return new Proposal(
        id,
        ProposalType.INVESTMENT,
        "Prøve",
        null,
        null,
        null,
        null,
        YEARS,
        List.of(new Line("Besparelse", Area.SERVICE, a(2019, -700, 2020, -700))),
        List.of(new Line("Investering", Area.CAPITAL, a(2018, 600))),
        stated,
        null,
        null,
        List.of(),
        origin(file));
  }

  static Stated balanced() {
    return new Stated(
        a(2019, -700, 2020, -700), a(2018, 600), a(2018, 600, 2019, -700, 2020, -700), 2);
  }

  static Proposal proposal(String id) {
    return proposal(id, "cases/" + id + ".yaml", balanced());
  }

  static CheckReport check(long tolerance, Proposal... proposals) {
    return Checker.check(Analysis.of(new CaseSet(List.of(proposals), null)), tolerance);
  }

  static List<String> findings(CheckReport r) {
    return r.findings().stream().map(f -> f.location() + ": " + EN.message(f)).toList();
  }

  @Test
  void aBalancedProposalPassesEveryCheckAndSaysWhatWasChecked() {
    CheckReport r = check(0, proposal("XX01"));
    assertThat(r.balances()).isTrue();
    assertThat(r.files()).isEqualTo(1);
    // 2 permanent, 1 implementation, 3 net impact, payback, unique id, id = file name
    assertThat(r.results()).hasSize(9).allMatch(c -> c.status() == Status.PASS);
    assertThat(r.results())
        .extracting(EN::message)
        .contains(
            "net impact 2019: stated -700, computed -700 (lines sum)",
            "payback: stated 2 years, computed 2 years (payback rule)",
            "id XX01 matches the file name XX01.yaml",
            "id XX01 is unique");
  }

  @Test
  void aSubtotalOffIsAFindingAtTheStatedFigure() {
    Stated s =
        new Stated(
            a(2019, -700, 2020, -710), a(2018, 600), a(2018, 600, 2019, -700, 2020, -700), 2);
    CheckReport r = check(0, proposal("XX01", "cases/XX01.yaml", s));
    assertThat(findings(r))
        .containsExactly(
            "cases/XX01.yaml:10:20: permanent total 2020: stated -710, computed -700 (lines sum)");
    CheckResult f = r.findings().get(0);
    assertThat(f.kind()).isEqualTo(CheckKind.SUBTOTAL);
    assertThat(f.figure()).isEqualTo(Figure.PERMANENT_TOTAL);
    assertThat(f.subject()).isEqualTo("XX01");
    assertThat(f.year()).isEqualTo(2020);
    assertThat(f.stated()).isEqualTo(-710L);
    assertThat(f.computed()).isEqualTo(-700L);
    assertThat(f.difference()).isEqualTo(10L);
  }

  @Test
  void anImplementationTotalOffIsASubtotalFinding() {
    Stated s =
        new Stated(
            a(2019, -700, 2020, -700), a(2018, 650), a(2018, 600, 2019, -700, 2020, -700), 2);
    assertThat(findings(check(0, proposal("XX01", "cases/XX01.yaml", s))))
        .containsExactly(
            "cases/XX01.yaml:11:18: implementation total 2018: stated 650, computed 600 (lines sum)");
  }

  @Test
  void aNetImpactOffIsAFindingOfItsOwnKind() {
    Stated s =
        new Stated(
            a(2019, -700, 2020, -700), a(2018, 600), a(2018, 600, 2019, -700, 2020, -710), 2);
    CheckReport r = check(0, proposal("XX01", "cases/XX01.yaml", s));
    assertThat(findings(r))
        .containsExactly(
            "cases/XX01.yaml:12:20: net impact 2020: stated -710, computed -700 (lines sum)");
    assertThat(r.findings().get(0).kind()).isEqualTo(CheckKind.NET_IMPACT);
  }

  @Test
  void aPaybackOffIsAFinding() {
    Stated s =
        new Stated(
            a(2019, -700, 2020, -700), a(2018, 600), a(2018, 600, 2019, -700, 2020, -700), 3);
    CheckReport r = check(0, proposal("XX01", "cases/XX01.yaml", s));
    assertThat(findings(r))
        .containsExactly(
            "cases/XX01.yaml:13:18: payback: stated 3 years, computed 2 years (payback rule)");
    assertThat(r.findings().get(0).difference()).isEqualTo(-1L);
  }

  @Test
  void aStatedPaybackWithNoLastingSavingIsAFindingWithNoComputedYears() {
    Proposal p =
        new Proposal(
            "XX01",
            ProposalType.INVESTMENT,
            "Prøve",
            null,
            null,
            null,
            null,
            YEARS,
            List.of(),
            List.of(new Line("Investering", null, a(2018, 600))),
            new Stated(null, a(2018, 600), null, 1),
            null,
            null,
            List.of(),
            origin("cases/XX01.yaml"));
    CheckResult f = check(0, p).findings().get(0);
    assertThat(EN.message(f))
        .isEqualTo(
            "payback: stated 1 year, computed none, the savings never catch up with the investment (payback rule)");
    assertThat(f.computed()).isNull();
    assertThat(f.difference()).isNull();
  }

  @Test
  void aBlankCellAndAZeroAreEqualWhicheverSideIsBlank() {
    // As HJ03: a line prints 0 in 2018 but the subtotal's 2018 cell is blank; and the other way
    // round.
    Proposal p =
        new Proposal(
            "XX01",
            ProposalType.INVESTMENT,
            "Prøve",
            null,
            null,
            null,
            null,
            YEARS,
            List.of(new Line("Besparelse", null, a(2018, 0, 2019, -700, 2020, -700))),
            List.of(new Line("Investering", null, a(2018, 600))),
            new Stated(
                a(2019, -700, 2020, -700),
                a(2018, 600, 2019, 0),
                a(2018, 600, 2019, -700, 2020, -700),
                2),
            null,
            null,
            List.of(),
            origin("cases/XX01.yaml"));
    CheckReport r = check(0, p);
    assertThat(r.balances()).isTrue();
    assertThat(r.results())
        .extracting(EN::message)
        .contains(
            "permanent total 2018: stated blank, computed 0 (lines sum)",
            "implementation total 2019: stated 0, computed blank (lines sum)");
  }

  @Test
  void aPrintedSubtotalWhereNoLineHasAnAmountIsComparedWithZero() {
    Stated s =
        new Stated(
            a(2018, 5, 2019, -700, 2020, -700),
            a(2018, 600),
            a(2018, 600, 2019, -700, 2020, -700),
            2);
    assertThat(findings(check(0, proposal("XX01", "cases/XX01.yaml", s))))
        .containsExactly(
            "cases/XX01.yaml:10:18: permanent total 2018: stated 5, computed blank (lines sum)");
  }

  @Test
  void aComputedAmountWhereTheSourcePrintsABlankIsAFinding() {
    Stated s = new Stated(a(2019, -700), a(2018, 600), a(2018, 600, 2019, -700, 2020, -700), 2);
    CheckResult f = check(0, proposal("XX01", "cases/XX01.yaml", s)).findings().get(0);
    assertThat(EN.message(f))
        .isEqualTo("permanent total 2020: stated blank, computed -700 (lines sum)");
    assertThat(f.stated()).isNull();
    assertThat(f.difference()).isEqualTo(-700L);
  }

  @Test
  void aSubtotalTheSourceDoesNotPrintIsNotChecked() {
    // As IN01: the innovation template prints only the net impact.
    Stated s = new Stated(Amounts.empty(), null, a(2018, 600, 2019, -700, 2020, -700), null);
    CheckReport r = check(0, proposal("XX01", "cases/XX01.yaml", s));
    assertThat(r.results())
        .extracting(CheckResult::kind)
        .containsOnly(CheckKind.NET_IMPACT, CheckKind.UNIQUE_ID, CheckKind.ID_MATCHES_FILE_NAME);
    assertThat(r.balances()).isTrue();
  }

  @Test
  void aDifferenceExactlyAtTheToleranceIsWithinItAndOneMoreIsAFinding() {
    Stated s =
        new Stated(
            a(2019, -700, 2020, -705), a(2018, 600), a(2018, 600, 2019, -700, 2020, -700), 2);
    Proposal p = proposal("XX01", "cases/XX01.yaml", s);

    CheckReport edge = check(5, p);
    assertThat(edge.balances()).isTrue();
    assertThat(edge.count(Status.WITHIN_TOLERANCE)).isEqualTo(1);
    CheckResult within =
        edge.results().stream()
            .filter(c -> c.status() == Status.WITHIN_TOLERANCE)
            .findFirst()
            .orElseThrow();
    assertThat(EN.message(within))
        .isEqualTo("permanent total 2020: stated -705, computed -700 (lines sum)");

    CheckReport past = check(4, p);
    assertThat(findings(past))
        .containsExactly(
            "cases/XX01.yaml:10:20: permanent total 2020: stated -705, computed -700 (lines sum)");
    assertThat(past.count(Status.WITHIN_TOLERANCE)).isZero();
  }

  @Test
  void theFootnotesTakenFromACheckAreTheProposalsOwnDifferencesAtAnyTolerance() {
    // 2020's permanent total 5 off, the net impact of 2019 1 off, and the payback a year off.
    Stated off =
        new Stated(
            a(2019, -700, 2020, -705), a(2018, 600), a(2018, 600, 2019, -701, 2020, -700), 3);
    Proposal p = proposal("XX01", "cases/XX01.yaml", off);
    Proposal q = proposal("XX02");
    List<String> own =
        Checker.subtotalDifferences(Analysis.of(new CaseSet(List.of(p), null)).figures().get(0))
            .stream()
            .map(CheckerTest::footnote)
            .toList();
    assertThat(own)
        .containsExactly(
            "cases/XX01.yaml:10:20 PERMANENT_TOTAL 2020 -705 -700",
            "cases/XX01.yaml:12:19 NET_IMPACT 2019 -701 -700");
    for (long tolerance : new long[] {0, 1, 5, 1000}) {
      Map<String, List<CheckResult>> byFile = check(tolerance, p, q).subtotalDifferencesByFile();
      assertThat(byFile.keySet()).containsExactly("cases/XX01.yaml");
      assertThat(byFile.get("cases/XX01.yaml")).extracting(CheckerTest::footnote).isEqualTo(own);
    }
  }

  private static String footnote(CheckResult r) {
    return r.location() + " " + r.figure() + " " + r.year() + " " + r.stated() + " " + r.computed();
  }

  @Test
  void theToleranceDoesNotApplyToPaybackYears() {
    Stated s =
        new Stated(
            a(2019, -700, 2020, -700), a(2018, 600), a(2018, 600, 2019, -700, 2020, -700), 3);
    assertThat(check(1000, proposal("XX01", "cases/XX01.yaml", s)).balances()).isFalse();
  }

  @Test
  void aNegativeToleranceIsRefused() {
    assertThatThrownBy(() -> check(-1, proposal("XX01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSummaryOnlyProposalHasNoStatedFiguresOfItsOwnToCheck() {
    Proposal p =
        new Proposal(
            "XX05",
            ProposalType.INVESTMENT,
            "Fortroligt",
            null,
            null,
            null,
            null,
            YEARS,
            List.of(),
            List.of(),
            Stated.none(),
            new SummaryOnly("Fortroligt", 600, a(2019, -700, 2020, -700)),
            null,
            List.of(),
            origin("cases/XX05.yaml"));
    assertThat(check(0, p).results())
        .extracting(CheckResult::kind)
        .containsExactly(CheckKind.ID_MATCHES_FILE_NAME, CheckKind.UNIQUE_ID);
  }

  @Test
  void anIdThatDiffersFromItsFileNameIsAFinding() {
    CheckReport r = check(0, proposal("XX01", "cases/sub/XX02.yml", balanced()));
    assertThat(findings(r))
        .containsExactly(
            "cases/sub/XX02.yml:3:5: id XX01 does not match the file name XX02.yml: rename the file to XX01.yml or correct the id");
    assertThat(r.findings().get(0).kind()).isEqualTo(CheckKind.ID_MATCHES_FILE_NAME);
  }

  @Test
  void aDuplicateIdIsAFindingInEveryFileThatHasIt() {
    CheckReport r =
        check(
            0,
            proposal("XX01", "a/XX01.yaml", balanced()),
            proposal("XX01", "b/XX01.yaml", balanced()));
    assertThat(findings(r))
        .containsExactly(
            "a/XX01.yaml:3:5: id XX01 is not unique: also at b/XX01.yaml:3:5",
            "b/XX01.yaml:3:5: id XX01 is not unique: also at a/XX01.yaml:3:5");
    assertThat(r.findings()).extracting(CheckResult::kind).containsOnly(CheckKind.UNIQUE_ID);
  }

  // ---- the overview

  static final String PF = "cases/portfolio.yaml";

  record Row(String id, long investment, Amounts savings) {}

  /**
   * Row i at line 10 + i; the figures at columns: investment 30, savings 2019 at 40, 2020 at 50.
   */
  static Portfolio portfolio(List<Row> rows, PortfolioTotal investment, PortfolioTotal innovation) {
    Map<String, Location> at = new HashMap<>();
    List<PortfolioRow> printed = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      printed.add(new PortfolioRow(i + 1, r.id(), i + 1, r.investment(), r.savings()));
      at.put("rows." + i + ".id", new Location(PF, 10 + i, 20));
      at.put("rows." + i + ".investment", new Location(PF, 10 + i, 30));
      at.put("rows." + i + ".savings.2019", new Location(PF, 10 + i, 40));
      at.put("rows." + i + ".savings.2020", new Location(PF, 10 + i, 50));
    }
    for (String t : List.of("investment", "innovation")) {
      int line = t.equals("investment") ? 40 : 50;
      at.put("totals." + t + ".investment", new Location(PF, line, 30));
      at.put("totals." + t + ".savings.2019", new Location(PF, line + 1, 40));
      at.put("totals." + t + ".savings.2020", new Location(PF, line + 1, 50));
    }
    return new Portfolio(
        "Prøveoversigt",
        null,
        2018,
        2020,
        List.of(2019, 2020),
        List.of(),
        printed,
        investment,
        innovation,
        List.of(),
        new Origin(PF, at));
  }

  static PortfolioTotal investmentTotal(long investment, Amounts savings) {
    return new PortfolioTotal("I ALT (investeringsforslag)", investment, savings);
  }

  static CheckReport checkOverview(Portfolio pf, Proposal... proposals) {
    return Checker.check(Analysis.of(new CaseSet(List.of(proposals), pf)), 0);
  }

  static final Amounts SAVED = a(2019, -700, 2020, -700);

  @Test
  void aBalancedOverviewPassesRowTotalAndIdChecks() {
    Portfolio pf =
        portfolio(
            List.of(new Row("XX01", 600, SAVED), new Row("XX02", 600, SAVED)),
            investmentTotal(1200, a(2019, -1400, 2020, -1400)),
            null);
    CheckReport r = checkOverview(pf, proposal("XX01"), proposal("XX02"));
    assertThat(r.balances()).isTrue();
    assertThat(r.files()).isEqualTo(3);
    assertThat(r.results())
        .extracting(CheckResult::kind)
        .contains(
            CheckKind.OVERVIEW_ROW,
            CheckKind.TOTAL_VS_ROWS,
            CheckKind.TOTAL_VS_PROPOSALS,
            CheckKind.ROW_HAS_CASE,
            CheckKind.CASE_HAS_ROW);
    assertThat(r.results())
        .extracting(EN::message)
        .contains(
            "row 2 XX02 savings 2020: stated -700, computed -700 (cases/XX02.yaml)",
            "I ALT (investeringsforslag) investment: stated 1200, computed 1200 (rows sum)",
            "I ALT (investeringsforslag) investment: stated 1200, computed 1200 (proposals sum)");
  }

  @Test
  void aRowOffIsATranscriptionFindingAndTheTotalThatFollowsItDiffersFromTheProposals() {
    // As BU03: the overview repeats a printed subtotal that its lines do not add up to, and sums
    // it.
    Portfolio pf =
        portfolio(
            List.of(new Row("XX01", 600, SAVED), new Row("XX02", 600, a(2019, -700, 2020, -710))),
            investmentTotal(1200, a(2019, -1400, 2020, -1410)),
            null);
    CheckReport r = checkOverview(pf, proposal("XX01"), proposal("XX02"));
    assertThat(findings(r))
        .containsExactly(
            "cases/portfolio.yaml:11:50: row 2 XX02 savings 2020: stated -710, computed -700 (cases/XX02.yaml)",
            "cases/portfolio.yaml:41:50: I ALT (investeringsforslag) savings 2020: stated -1410, computed -1400 (proposals sum)");
    assertThat(r.findings())
        .extracting(CheckResult::kind)
        .containsExactly(CheckKind.OVERVIEW_ROW, CheckKind.TOTAL_VS_PROPOSALS);
  }

  @Test
  void aRowInvestmentOffIsAFinding() {
    Portfolio pf = portfolio(List.of(new Row("XX01", 650, SAVED)), null, null);
    assertThat(findings(checkOverview(pf, proposal("XX01"))))
        .containsExactly(
            "cases/portfolio.yaml:10:30: row 1 XX01 investment: stated 650, computed 600 (cases/XX01.yaml)");
  }

  @Test
  void aTotalOffIsAPrintingErrorAgainstTheRowsAndAlsoDiffersFromTheProposals() {
    Portfolio pf =
        portfolio(
            List.of(new Row("XX01", 600, SAVED), new Row("XX02", 600, SAVED)),
            investmentTotal(1300, a(2019, -1400, 2020, -1400)),
            null);
    CheckReport r = checkOverview(pf, proposal("XX01"), proposal("XX02"));
    assertThat(findings(r))
        .containsExactly(
            "cases/portfolio.yaml:40:30: I ALT (investeringsforslag) investment: stated 1300, computed 1200 (rows sum)",
            "cases/portfolio.yaml:40:30: I ALT (investeringsforslag) investment: stated 1300, computed 1200 (proposals sum)");
    assertThat(r.findings())
        .extracting(CheckResult::kind)
        .containsExactly(CheckKind.TOTAL_VS_ROWS, CheckKind.TOTAL_VS_PROPOSALS);
    assertThat(r.findings())
        .extracting(CheckResult::title)
        .containsExactly(
            "I ALT (investeringsforslag) investment vs rows",
            "I ALT (investeringsforslag) investment vs proposals");
  }

  @Test
  void eachTotalSumsOnlyTheRowsAndProposalsOfItsType() {
    Proposal innovation =
        new Proposal(
            "IN01",
            ProposalType.INNOVATION,
            "Innovation",
            null,
            null,
            null,
            null,
            YEARS,
            List.of(),
            List.of(new Line("Projekt", null, a(2018, 300))),
            new Stated(null, null, a(2018, 300), null),
            null,
            null,
            List.of(),
            origin("cases/IN01.yaml"));
    Portfolio pf =
        portfolio(
            List.of(new Row("XX01", 600, SAVED), new Row("IN01", 300, Amounts.empty())),
            investmentTotal(600, SAVED),
            new PortfolioTotal("I ALT (innovationsforslag)", 300, a(2019, 0, 2020, 0)));
    CheckReport r = checkOverview(pf, proposal("XX01"), innovation);
    assertThat(r.balances()).isTrue();
    assertThat(r.results())
        .extracting(EN::message)
        .contains(
            "I ALT (innovationsforslag) investment: stated 300, computed 300 (rows sum)",
            "I ALT (innovationsforslag) savings 2019: stated 0, computed blank (rows sum)",
            "I ALT (investeringsforslag) investment: stated 600, computed 600 (proposals sum)");
  }

  @Test
  void aRowWithoutACaseIsAFinding() {
    Portfolio pf =
        portfolio(List.of(new Row("XX01", 600, SAVED), new Row("XX02", 600, SAVED)), null, null);
    CheckReport r = checkOverview(pf, proposal("XX01"));
    assertThat(findings(r))
        .containsExactly(
            "cases/portfolio.yaml:11:20: row 2 XX02 has no case: no proposal with id XX02 among the files checked");
    assertThat(r.findings().get(0).kind()).isEqualTo(CheckKind.ROW_HAS_CASE);
  }

  @Test
  void aCaseWithoutARowIsAFinding() {
    Portfolio pf = portfolio(List.of(new Row("XX01", 600, SAVED)), null, null);
    CheckReport r = checkOverview(pf, proposal("XX01"), proposal("XX02"));
    assertThat(findings(r))
        .containsExactly(
            "cases/XX02.yaml:3:5: XX02 has no row in the overview cases/portfolio.yaml");
    assertThat(r.findings().get(0).kind()).isEqualTo(CheckKind.CASE_HAS_ROW);
  }

  @Test
  void aDuplicateRowIdIsAFindingOnEachRow() {
    Portfolio pf =
        portfolio(List.of(new Row("XX01", 600, SAVED), new Row("XX01", 600, SAVED)), null, null);
    assertThat(findings(checkOverview(pf, proposal("XX01"))))
        .containsExactly(
            "cases/portfolio.yaml:10:20: row 1 XX01: id XX01 is not unique in the overview: also row 2",
            "cases/portfolio.yaml:11:20: row 2 XX01: id XX01 is not unique in the overview: also row 1");
  }

  @Test
  void resultsAreInFileAndLineOrder() {
    Stated off =
        new Stated(
            a(2019, -700, 2020, -710), a(2018, 600), a(2018, 600, 2019, -700, 2020, -710), 3);
    Portfolio pf =
        portfolio(List.of(new Row("XX02", 600, SAVED), new Row("XX01", 600, SAVED)), null, null);
    CheckReport r = checkOverview(pf, proposal("XX02", "cases/XX02.yaml", off), proposal("XX01"));
    List<Location> places = r.results().stream().map(CheckResult::location).toList();
    List<Location> sorted = new ArrayList<>(places);
    sorted.sort(
        java.util.Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column));
    assertThat(places).isEqualTo(sorted);
    assertThat(r.filesWithFindings()).isEqualTo(1);
  }
}
