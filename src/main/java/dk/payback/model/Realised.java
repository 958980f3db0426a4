package dk.payback.model;

import java.util.List;

/**
 * What a proposal has realised after the decision, filled in as years close: the figures of the
 * years through {@code asOf}, in the sign of the plan (savings negative, costs positive). A total
 * is null where it is not given; then the realised lines of its kind add up to it.
 *
 * @param asOf the last year with realised figures
 * @param permanentTotal realised permanent changes per year, or null
 * @param implementationTotal realised implementation costs per year, or null
 * @param lines realised figures of single lines of the plan, each matched by its text
 */
public record Realised(
    int asOf,
    Amounts permanentTotal,
    Amounts implementationTotal,
    List<RealisedLine> lines,
    List<String> notes) {

  public Realised {
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
  }

  /**
   * One line's realised figures.
   *
   * @param text the text of the plan's line it belongs to
   * @param permanent whether that line is a permanent change (else an implementation cost)
   */
  public record RealisedLine(String text, boolean permanent, Amounts amounts) {}
}
