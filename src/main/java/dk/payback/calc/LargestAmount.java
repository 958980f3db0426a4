package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.model.Proposal;
import java.util.List;

/**
 * One amount and where it is written. When a sum overflows, the largest amount is where to point:
 * an amount with too many digits is nearly always the cause.
 */
record LargestAmount(Location location, long value) {

  static LargestAmount of(List<Proposal> proposals) {
    LargestAmount best = null;
    for (Proposal p : proposals) {
      if (p.isSummaryOnly()) {
        best = larger(best, p, "summary_only.investment", p.summaryOnly().investment());
        best = larger(best, p, "summary_only.savings", p.summaryOnly().savings());
      }
      best = lines(best, p, "permanent", p.permanent());
      best = lines(best, p, "implementation", p.implementation());
    }
    return best != null
        ? best
        : new LargestAmount(Location.ofFile(proposals.get(0).origin().file()), 0);
  }

  private static LargestAmount lines(
      LargestAmount best, Proposal p, String section, List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      best = larger(best, p, section + "." + i + ".amounts", lines.get(i).amounts());
    }
    return best;
  }

  private static LargestAmount larger(
      LargestAmount best, Proposal p, String path, Amounts amounts) {
    for (var e : amounts.byYear().entrySet()) {
      best = larger(best, p, path + "." + e.getKey(), e.getValue());
    }
    return best;
  }

  private static LargestAmount larger(LargestAmount best, Proposal p, String path, long value) {
    if (best == null || size(value) > size(best.value())) {
      return new LargestAmount(p.origin().locate(path), value);
    }
    return best;
  }

  /** |value|, with Long.MIN_VALUE (whose negation overflows) as large as it gets. */
  private static long size(long value) {
    return value == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(value);
  }
}
