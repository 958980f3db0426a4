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

  /** A row: its number in the overview (or 0 when the overview has none) and its figures. */
  public record Row(int number, ProposalFigures figures) {}

  public static Overview of(CaseSet cases) {
    List<ProposalFigures> figures = cases.proposals().stream().map(Calculator::calculate).toList();
    Map<String, ProposalFigures> byId = new LinkedHashMap<>();
    for (ProposalFigures f : figures) {
      byId.putIfAbsent(f.proposal().id(), f);
    }
    List<Row> ordered = new ArrayList<>();
    List<PortfolioRow> missing = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    // By identity: a second case with a placed id still gets a row of its own, so that the totals, which
    // count every case, are always the sum of the rows shown (check reports the repeated id).
    Set<ProposalFigures> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Portfolio portfolio = cases.portfolio();
    if (portfolio != null) {
      for (PortfolioRow row : portfolio.rows()) {
        ProposalFigures f = byId.get(row.id());
        if (f == null) {
          missing.add(row);
        } else if (placed.add(row.id())) {
          ordered.add(new Row(row.number(), f));
          shown.add(f);
        }
      }
    }
    figures.stream()
        .filter(f -> !shown.contains(f))
        .sorted(Comparator.comparing((ProposalFigures f) -> f.proposal().id()))
        .forEach(f -> ordered.add(new Row(0, f)));

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
      savingsYears = years.size() > 1 ? List.copyOf(years.tailSet(first, false)) : List.copyOf(years);
    }
    List<Row> investments = ordered.stream().filter(r -> type(r) == ProposalType.INVESTMENT).toList();
    List<Row> innovations = ordered.stream().filter(r -> type(r) == ProposalType.INNOVATION).toList();
    String title = portfolio == null ? null : portfolio.title();
    return new Overview(title, first, last, savingsYears, investments, innovations, PortfolioFigures.of(figures), missing);
  }

  /** Every proposal with a row, in the overview's order: the investment proposals, then the innovation proposals. */
  public List<Proposal> proposals() {
    return java.util.stream.Stream.concat(investments.stream(), innovations.stream()).map(r -> r.figures().proposal()).toList();
  }

  private static ProposalType type(Row r) {
    Proposal p = r.figures().proposal();
    return p.type();
  }

  public Overview {
    savingsYears = List.copyOf(savingsYears);
    investments = List.copyOf(investments);
    innovations = List.copyOf(innovations);
    missing = List.copyOf(missing);
  }
}
