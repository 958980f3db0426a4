package dk.payback.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every check made on a set of cases, in file and line order, and what is worth a look besides.
 *
 * @param tolerance the difference, in thousands of kroner, that counts as rounding
 * @param files the number of case files checked
 * @param proposals the number of proposals checked
 * @param warnings in file and line order
 */
public record CheckReport(
    long tolerance, int files, int proposals, List<CheckResult> results, List<Warning> warnings) {

  public CheckReport {
    results = List.copyOf(results);
    warnings = List.copyOf(warnings);
  }

  /** A report without warnings, as a format's own tests make one. */
  public CheckReport(long tolerance, int files, List<CheckResult> results) {
    this(tolerance, files, 0, results, List.of());
  }

  /**
   * The stated figures compared (an amount or a payback), a blank cell compared with what the lines
   * add up to included; not the checks of ids. An overview total is one figure, compared both with
   * the rows and with the proposals.
   */
  public long figuresCompared() {
    // Counted in order, one figure's checks side by side, rather than in a set of them all: a set
    // of 1.3 million keys would be the largest thing a check of 100,000 proposals holds.
    List<CheckResult> figures = new ArrayList<>();
    for (CheckResult r : results) {
      if (r.figure() != null) {
        figures.add(r);
      }
    }
    figures.sort(SAME_FIGURE);
    long count = 0;
    CheckResult last = null;
    for (CheckResult r : figures) {
      if (last == null || SAME_FIGURE.compare(last, r) != 0) {
        count++;
      }
      last = r;
    }
    return count;
  }

  private static final Comparator<CheckResult> SAME_FIGURE =
      Checker.BY_PLACE.thenComparing(CheckResult::figure).thenComparingInt(CheckResult::yearOr0);

  /**
   * Each proposal's footnotes of table 1.1, by the file of the proposal: as {@link
   * Checker#subtotalDifferences} finds them, taken from the checks made rather than made again.
   */
  public Map<String, List<CheckResult>> subtotalDifferencesByFile() {
    Map<String, List<CheckResult>> byFile = new HashMap<>();
    for (CheckResult r : results) {
      if (Checker.isSubtotalDifference(r)) {
        byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r);
      }
    }
    return byFile;
  }

  public List<CheckResult> findings() {
    return results.stream().filter(CheckResult::isFinding).toList();
  }

  public long count(Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  public boolean balances() {
    return results.stream().noneMatch(CheckResult::isFinding);
  }

  public long filesWithFindings() {
    return results.stream()
        .filter(CheckResult::isFinding)
        .map(CheckResult::file)
        .distinct()
        .count();
  }
}
