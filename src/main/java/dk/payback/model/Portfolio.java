package dk.payback.model;

import java.util.List;

/**
 * The overview table ("Bilag 1") as printed: row order, each row's stated figures and the two "I
 * ALT" rows. Either total may be null where the overview prints none.
 */
public record Portfolio(
    String title,
    SourceRef source,
    int firstYear,
    int lastYear,
    List<Integer> savingsYears,
    List<String> notes,
    List<PortfolioRow> rows,
    PortfolioTotal investmentTotal,
    PortfolioTotal innovationTotal,
    Origin origin) {

  public Portfolio {
    savingsYears = List.copyOf(savingsYears);
    notes = List.copyOf(notes);
    rows = List.copyOf(rows);
  }
}
