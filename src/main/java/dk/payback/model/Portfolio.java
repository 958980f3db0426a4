package dk.payback.model;

import java.util.List;

/**
 * The overview table ("Bilag 1") as printed: row order, each row's stated figures and the two "I
 * ALT" rows. Either total may be null where the overview prints none. {@code centres} names the
 * centres the proposals' IDs begin with, where the file gives their names.
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
    List<Centre> centres,
    Origin origin) {

  public Portfolio {
    savingsYears = List.copyOf(savingsYears);
    notes = List.copyOf(notes);
    rows = List.copyOf(rows);
    centres = List.copyOf(centres);
  }

  /** The centre of the given letters, if the overview names it. */
  public java.util.Optional<Centre> centre(String letters) {
    return centres.stream().filter(c -> c.letters().equals(letters)).findFirst();
  }
}
