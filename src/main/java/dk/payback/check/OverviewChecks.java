package dk.payback.check;

import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.Amounts;
import dk.payback.model.Location;
import dk.payback.model.Origin;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The overview ("Bilag 1") against the cases. Two kinds of error are told apart: a printed row that
 * differs from its proposal (a transcription error between overview and template), and a printed "I
 * ALT" that differs from the sum of the printed rows (a printing error within the overview). The "I
 * ALT" is also compared with the sum of the proposals, which is what the total should have been.
 */
final class OverviewChecks {

  private static final String ROWS = "rows sum";
  private static final String PROPOSALS = "proposals sum";

  private final Portfolio portfolio;
  private final Origin origin;
  private final List<ProposalFigures> figures;
  private final Comparisons compare;
  private final Map<String, ProposalFigures> caseById = new LinkedHashMap<>();
  private final Map<String, List<PortfolioRow>> rowsById = new LinkedHashMap<>();
  private final List<CheckResult> out = new ArrayList<>();

  private OverviewChecks(Portfolio portfolio, List<ProposalFigures> figures, Comparisons compare) {
    this.portfolio = portfolio;
    this.origin = portfolio.origin();
    this.figures = figures;
    this.compare = compare;
    figures.forEach(f -> caseById.putIfAbsent(f.proposal().id(), f));
    portfolio.rows().forEach(r -> rowsById.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
  }

  static List<CheckResult> of(
      Portfolio portfolio, List<ProposalFigures> figures, Comparisons compare) {
    OverviewChecks c = new OverviewChecks(portfolio, figures, compare);
    c.rows();
    c.casesHaveRows();
    PortfolioFigures computed = PortfolioFigures.of(figures);
    c.total(
        portfolio.investmentTotal(),
        "totals.investment",
        ProposalType.INVESTMENT,
        computed.investment());
    c.total(
        portfolio.innovationTotal(),
        "totals.innovation",
        ProposalType.INNOVATION,
        computed.innovation());
    return c.out;
  }

  private void rows() {
    List<PortfolioRow> rows = portfolio.rows();
    for (int i = 0; i < rows.size(); i++) {
      PortfolioRow row = rows.get(i);
      String path = "rows." + i;
      String name = "row " + row.number() + " " + row.id();
      Location at = origin.locate(path + ".id");
      List<String> twins =
          rowsById.get(row.id()).stream()
              .filter(r -> r != row)
              .map(r -> String.valueOf(r.number()))
              .toList();
      out.add(
          structural(
              CheckKind.UNIQUE_ID,
              twins.isEmpty() ? Status.PASS : Status.FINDING,
              at,
              row.id(),
              new CheckResult.Detail(row.number(), null, twins, null, 0)));
      ProposalFigures f = caseById.get(row.id());
      if (f == null) {
        out.add(
            structural(
                CheckKind.ROW_HAS_CASE,
                Status.FINDING,
                at,
                row.id(),
                CheckResult.Detail.row(row.number())));
        continue;
      }
      String file = f.proposal().origin().file();
      out.add(
          structural(
              CheckKind.ROW_HAS_CASE,
              Status.PASS,
              at,
              row.id(),
              new CheckResult.Detail(row.number(), file, List.of(), null, 0)));
      String what = name + " " + Figure.INVESTMENT.words();
      out.add(
          compare.amount(
              CheckKind.OVERVIEW_ROW,
              origin.locate(path + ".investment"),
              row.id(),
              row.number(),
              what,
              Figure.INVESTMENT,
              0,
              OptionalLong.of(row.investment()),
              OptionalLong.of(f.investment()),
              file));
      for (int year : portfolio.savingsYears()) {
        if (!row.savings().has(year) && !f.savings().has(year)) {
          continue;
        }
        String w = name + " " + Figure.SAVINGS.words() + " " + year;
        out.add(
            compare.amount(
                CheckKind.OVERVIEW_ROW,
                origin.locate(path + ".savings." + year),
                row.id(),
                row.number(),
                w,
                Figure.SAVINGS,
                year,
                row.savings().get(year),
                f.savings().get(year),
                file));
      }
    }
  }

  private void casesHaveRows() {
    for (ProposalFigures f : figures) {
      Proposal p = f.proposal();
      Location at = p.origin().locate("id");
      List<PortfolioRow> rows = rowsById.get(p.id());
      out.add(
          structural(
              CheckKind.CASE_HAS_ROW,
              rows == null ? Status.FINDING : Status.PASS,
              at,
              p.id(),
              new CheckResult.Detail(
                  rows == null ? 0 : rows.get(0).number(), origin.file(), List.of(), null, 0)));
    }
  }

  /**
   * A row whose case is missing cannot say which section it belongs to, so while any row lacks its
   * case (itself a finding) the total is not compared with the rows: a guess would report a
   * printing error that is not there. The comparison with the proposals still runs.
   */
  private void total(
      PortfolioTotal total, String path, ProposalType type, PortfolioFigures.Total proposals) {
    if (total == null) {
      return;
    }
    boolean sectionsKnown = portfolio.rows().stream().allMatch(r -> caseById.containsKey(r.id()));
    List<PortfolioRow> rows =
        portfolio.rows().stream()
            .filter(
                r -> caseById.containsKey(r.id()) && caseById.get(r.id()).proposal().type() == type)
            .toList();
    String label = total.label();
    long rowsInvestment = 0;
    Amounts rowsSavings;
    try {
      for (PortfolioRow r : rows) {
        rowsInvestment = Math.addExact(rowsInvestment, r.investment());
      }
    } catch (ArithmeticException e) {
      throw AmountsTooLarge.at(
          origin.locate(path + ".investment"),
          label + ": the rows' investment is too large to add up exactly");
    }
    try {
      rowsSavings = Amounts.sumOf(rows.stream().map(PortfolioRow::savings).toList());
    } catch (ArithmeticException e) {
      throw AmountsTooLarge.at(
          origin.locate(path + ".savings." + yearPastRange(rows)),
          label + ": the rows' savings are too large to add up exactly");
    }

    String what = label + " " + Figure.INVESTMENT.words();
    Location at = origin.locate(path + ".investment");
    OptionalLong stated = OptionalLong.of(total.investment());
    if (sectionsKnown) {
      out.add(
          compare.amount(
              CheckKind.TOTAL_VS_ROWS,
              at,
              label,
              0,
              what,
              Figure.INVESTMENT,
              0,
              stated,
              OptionalLong.of(rowsInvestment),
              ROWS));
    }
    out.add(
        compare.amount(
            CheckKind.TOTAL_VS_PROPOSALS,
            at,
            label,
            0,
            what,
            Figure.INVESTMENT,
            0,
            stated,
            OptionalLong.of(proposals.investment()),
            PROPOSALS));
    for (int year : portfolio.savingsYears()) {
      String w = label + " " + Figure.SAVINGS.words() + " " + year;
      Location y = origin.locate(path + ".savings." + year);
      OptionalLong s = total.savings().get(year);
      if (sectionsKnown && (s.isPresent() || rowsSavings.has(year))) {
        out.add(
            compare.amount(
                CheckKind.TOTAL_VS_ROWS,
                y,
                label,
                0,
                w,
                Figure.SAVINGS,
                year,
                s,
                rowsSavings.get(year),
                ROWS));
      }
      if (s.isPresent() || proposals.savings().has(year)) {
        out.add(
            compare.amount(
                CheckKind.TOTAL_VS_PROPOSALS,
                y,
                label,
                0,
                w,
                Figure.SAVINGS,
                year,
                s,
                proposals.savings().get(year),
                PROPOSALS));
      }
    }
  }

  /**
   * The first year whose savings over the rows go past the range of long; 0, the savings as a
   * whole, if none.
   */
  private static int yearPastRange(List<PortfolioRow> rows) {
    Set<Integer> years = new TreeSet<>();
    rows.forEach(r -> years.addAll(r.savings().byYear().keySet()));
    for (int year : years) {
      try {
        long sum = 0;
        for (PortfolioRow r : rows) {
          sum = Math.addExact(sum, r.savings().valueOr0(year));
        }
      } catch (ArithmeticException e) {
        return year;
      }
    }
    return 0;
  }

  private static CheckResult structural(
      CheckKind kind, Status status, Location at, String subject, CheckResult.Detail detail) {
    return CheckResult.of(kind, status, at, subject, null, null, null, null, null, detail);
  }
}
