package dk.payback.check;

import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of table 1.1 that differs between the versions.
 *
 * @param permanent whether it is a permanent change; else an implementation cost
 * @param before the line as it was, or null for an added line
 * @param after the line as it is, or null for a removed line
 * @param at where the line stands in the new file, or in the old one for a removed line
 */
public record LineChange(
    boolean permanent, ChangeStatus status, Line before, Line after, Location at) {

  public String text() {
    return after == null ? before.text() : after.text();
  }

  /** The old amounts; none for an added line. */
  public Amounts amountsBefore() {
    return before == null ? Amounts.empty() : before.amounts();
  }

  /** The new amounts; none for a removed line. */
  public Amounts amountsAfter() {
    return after == null ? Amounts.empty() : after.amounts();
  }

  /** Each year's new amount minus the old, a blank counting as 0. */
  public Amounts difference() {
    return ProposalRevision.difference(amountsBefore(), amountsAfter());
  }

  /**
   * The years whose amount changed, or that have an amount on one side only (a blank that became a
   * 0 is a change a reader must see), in order.
   */
  public List<Integer> changedYears() {
    Amounts b = amountsBefore();
    Amounts a = amountsAfter();
    List<Integer> years = new ArrayList<>();
    for (var e : difference().byYear().entrySet()) {
      int year = e.getKey();
      if (e.getValue() != 0 || b.has(year) != a.has(year)) {
        years.add(year);
      }
    }
    return years;
  }
}
