package dk.payback.check;

import java.util.List;

/**
 * Every check made on a set of cases, in file and line order.
 *
 * @param tolerance the difference, in thousands of kroner, that counts as rounding
 * @param files the number of case files checked
 */
public record CheckReport(long tolerance, int files, List<CheckResult> results) {

  public CheckReport {
    results = List.copyOf(results);
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
        .map(r -> r.location().file())
        .distinct()
        .count();
  }
}
