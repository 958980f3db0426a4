package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Exact integer arithmetic on proposals. Throws {@link ArithmeticException} on overflow. */
public final class Calculator {

  private Calculator() {}

  public static ProposalFigures calculate(Proposal p) {
    if (p.isSummaryOnly()) {
      return summaryOnly(p);
    }
    Amounts permanent = total(p.permanent());
    Amounts implementation = total(p.implementation());
    Amounts net = permanent.plus(implementation);
    long investment = implementation.sum();
    List<Amounts> every = new ArrayList<>();
    p.permanent().forEach(line -> every.add(line.amounts()));
    p.implementation().forEach(line -> every.add(line.amounts()));
    int start = startYear(p.years(), every);
    Payback payback = PaybackRule.apply(p.years(), start, investment, permanent, false);
    return new ProposalFigures(
        p,
        permanent,
        implementation,
        net,
        runningTotal(p.years(), net),
        investment,
        start,
        payback);
  }

  private static ProposalFigures summaryOnly(Proposal p) {
    var so = p.summaryOnly();
    int first = p.firstYear();
    Amounts implementation =
        so.investment() == 0 ? Amounts.empty() : Amounts.of(Map.of(first, so.investment()));
    Amounts permanent = so.savings();
    Amounts net = permanent.plus(implementation);
    int start = startYear(p.years(), List.of(permanent, implementation));
    Payback payback = PaybackRule.apply(p.years(), start, so.investment(), permanent, true);
    return new ProposalFigures(
        p,
        permanent,
        implementation,
        net,
        runningTotal(p.years(), net),
        so.investment(),
        start,
        payback);
  }

  static Amounts total(List<Line> lines) {
    Amounts sum = Amounts.empty();
    for (Line line : lines) {
      sum = sum.plus(line.amounts());
    }
    return sum;
  }

  /** Lines, not totals: two lines that cancel out in a year still mean the proposal has begun. */
  private static int startYear(List<Integer> years, List<Amounts> amounts) {
    for (int year : years) {
      for (Amounts a : amounts) {
        if (a.valueOr0(year) != 0) {
          return year;
        }
      }
    }
    return years.get(0);
  }

  /** The running sum of the net impact, from the first year that has one. */
  public static Amounts runningTotal(List<Integer> years, Amounts net) {
    // A case's years ascend (the loader holds them to it), so the sums come in year order.
    int[] out = new int[years.size()];
    long[] sums = new long[years.size()];
    int n = 0;
    long running = 0;
    boolean started = false;
    for (int year : years) {
      started |= net.has(year);
      if (!started) {
        continue;
      }
      running = Math.addExact(running, net.valueOr0(year));
      out[n] = year;
      sums[n++] = running;
    }
    return Amounts.sorted(Arrays.copyOf(out, n), Arrays.copyOf(sums, n));
  }
}
