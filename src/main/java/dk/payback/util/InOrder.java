package dk.payback.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Work on many independent items, spread over the cores, with the outcome a single thread would
 * have: the results in the items' order, and where items fail, the failure of the first of them in
 * that order (a parallel stream rethrows whichever failed first in time, so a run's message could
 * change from one run to the next).
 */
public final class InOrder {

  /** Below this many items, one thread does the work: starting others costs more than it saves. */
  static final int PARALLEL_FROM = 64;

  private InOrder() {}

  /** What one item gave: its result, or what it threw. */
  private record Outcome<R>(R result, RuntimeException failure) {}

  /**
   * {@code work} applied to each item, in the items' order.
   *
   * @param work a function of its item alone, safe to run on several threads at once
   * @throws RuntimeException the failure of the first item, in order, whose work failed
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
    if (items.size() < PARALLEL_FROM) {
      List<R> results = new ArrayList<>(items.size());
      for (T item : items) {
        results.add(work.apply(item));
      }
      return results;
    }
    List<Outcome<R>> outcomes =
        items.parallelStream()
            .map(
                item -> {
                  try {
                    return new Outcome<R>(work.apply(item), null);
                  } catch (RuntimeException e) {
                    return new Outcome<R>(null, e);
                  }
                })
            .toList();
    List<R> results = new ArrayList<>(outcomes.size());
    for (Outcome<R> o : outcomes) {
      if (o.failure() != null) {
        throw o.failure();
      }
      results.add(o.result());
    }
    return results;
  }
}
