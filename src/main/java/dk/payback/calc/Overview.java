package dk.payback.calc;

import dk.payback.model.CaseSet;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The overview of "Bilag 1", computed from the cases: one row per proposal in the portfolio's order
 * (then any proposal the portfolio lacks, by ID), and the two totals.
 *
 * @param title the portfolio's title, or null without one
 * @param firstYear first year of the investment period
 * @param lastYear last year of the investment period
 * @param savingsYears the years of the savings columns
 * @param investments the investment proposals' rows
 * @param innovations the innovation proposals' rows
 * @param missing overview rows that have no case
 */
public record Overview(
    String title,
    int firstYear,
    int lastYear,
    List<Integer> savingsYears,
    List<Row> investments,
    List<Row> innovations,
    PortfolioFigures totals,
    List<PortfolioRow> missing) {

  /**
   * A row: its number in the overview (or 0 when the overview has none), the proposal as read, and
   * its figures (under the overview's scenario).
   */
  public record Row(int number, Proposal proposal, ProposalFigures figures) {}

  /**
   * @param figures each proposal's figures, in the order of {@code cases.proposals()}
   */
  public static Overview of(CaseSet cases, List<ProposalFigures> figures) {
    List<Proposal> proposals = cases.proposals();
    Map<String, Integer> byId = new LinkedHashMap<>();
    for (int i = 0; i < proposals.size(); i++) {
      byId.putIfAbsent(proposals.get(i).id(), i);
    }
    List<Row> ordered = new ArrayList<>();
    List<PortfolioRow> missing = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    // By position: a second case with a placed id still gets a row of its own, so that the totals,
    // which
    // count every case, are always the sum of the rows shown (check reports the repeated id).
    boolean[] shown = new boolean[proposals.size()];
    Portfolio portfolio = cases.portfolio();
    if (portfolio != null) {
      for (PortfolioRow row : portfolio.rows()) {
        Integer i = byId.get(row.id());
        if (i == null) {
          missing.add(row);
        } else if (placed.add(row.id())) {
          ordered.add(new Row(row.number(), proposals.get(i), figures.get(i)));
          shown[i] = true;
        }
      }
    }
    List<Row> rest = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      if (!shown[i]) {
        rest.add(new Row(0, proposals.get(i), figures.get(i)));
      }
    }
    rest.sort(Comparator.comparing((Row r) -> r.proposal().id()));
    ordered.addAll(rest);

    int first;
    int last;
    List<Integer> savingsYears;
    if (portfolio != null) {
      first = portfolio.firstYear();
      last = portfolio.lastYear();
      savingsYears = portfolio.savingsYears();
    } else {
      // Without an overview, follow the template's convention: the investment over all the cases'
      // years, the savings from the second year on.
      TreeSet<Integer> years = new TreeSet<>();
      cases.proposals().forEach(p -> years.addAll(p.years()));
      first = years.isEmpty() ? 0 : years.first();
      last = years.isEmpty() ? 0 : years.last();
      savingsYears =
          years.size() > 1 ? List.copyOf(years.tailSet(first, false)) : List.copyOf(years);
    }
    List<Row> investments =
        ordered.stream().filter(r -> type(r) == ProposalType.INVESTMENT).toList();
    List<Row> innovations =
        ordered.stream().filter(r -> type(r) == ProposalType.INNOVATION).toList();
    String title = portfolio == null ? null : portfolio.title();
    return new Overview(
        title,
        first,
        last,
        savingsYears,
        investments,
        innovations,
        PortfolioFigures.of(figures),
        missing);
  }

  /**
   * Every row, in the overview's order: the investment proposals, then the innovation proposals.
   */
  public List<Row> rows() {
    return java.util.stream.Stream.concat(investments.stream(), innovations.stream()).toList();
  }

  /**
   * Every proposal with a row, in the overview's order: the investment proposals, then the
   * innovation proposals.
   */
  public List<Proposal> proposals() {
    return java.util.stream.Stream.concat(investments.stream(), innovations.stream())
        .map(Row::proposal)
        .toList();
  }

  private static ProposalType type(Row r) {
    return r.proposal().type();
  }

  public Overview {
    savingsYears = List.copyOf(savingsYears);
    investments = List.copyOf(investments);
    innovations = List.copyOf(innovations);
    missing = List.copyOf(missing);
  }
}
