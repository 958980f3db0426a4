package dk.payback.model;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;

/**
 * Amounts in thousands of kroner keyed by year. A year without an entry is a blank cell in the source,
 * which is not the same as a printed 0. Arithmetic is exact: an overflow throws rather than wraps.
 */
public record Amounts(SortedMap<Integer, Long> byYear) {

  private static final Amounts EMPTY = new Amounts(new TreeMap<>());

  public Amounts {
    byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
  }

  public static Amounts empty() {
    return EMPTY;
  }

  public static Amounts of(Map<Integer, Long> values) {
    return new Amounts(new TreeMap<>(values));
  }

  public boolean isEmpty() {
    return byYear.isEmpty();
  }

  public boolean has(int year) {
    return byYear.containsKey(year);
  }

  public OptionalLong get(int year) {
    Long v = byYear.get(year);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /** The value of a year, a blank counting as 0. */
  public long valueOr0(int year) {
    Long v = byYear.get(year);
    return v == null ? 0L : v;
  }

  public long sum() {
    long total = 0;
    for (long v : byYear.values()) {
      total = Math.addExact(total, v);
    }
    return total;
  }

  /** Year-by-year sum; a year is present in the result when it is present in either side. */
  public Amounts plus(Amounts other) {
    TreeMap<Integer, Long> out = new TreeMap<>(byYear);
    other.byYear.forEach((year, v) -> out.merge(year, v, Math::addExact));
    return new Amounts(out);
  }

  public Amounts map(LongUnaryOperator f) {
    TreeMap<Integer, Long> out = new TreeMap<>();
    byYear.forEach((year, v) -> out.put(year, f.applyAsLong(v)));
    return new Amounts(out);
  }

  public static Amounts sumOf(Iterable<Amounts> all) {
    Amounts total = EMPTY;
    for (Amounts a : all) {
      total = total.plus(a);
    }
    return total;
  }
}
