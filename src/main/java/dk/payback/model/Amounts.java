package dk.payback.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;

/**
 * Amounts in thousands of kroner keyed by year. A year without an entry is a blank cell in the
 * source, which is not the same as a printed 0. Arithmetic is exact: an overflow throws rather than
 * wraps.
 *
 * <p>Held as two sorted arrays rather than a {@code TreeMap<Integer, Long>}: a proposal carries a
 * dozen of these, and a national comparison holds 100,000 proposals, where boxed map entries took
 * four times the memory (see src/bench/BENCHMARKS.md).
 */
public final class Amounts {

  private static final int[] NO_YEARS = {};
  private static final long[] NO_VALUES = {};
  private static final Amounts EMPTY = new Amounts(NO_YEARS, NO_VALUES);

  /** Ascending, no repeats. */
  private final int[] years;

  private final long[] values;

  public Amounts(SortedMap<Integer, Long> byYear) {
    // A map sorted by another comparator would break the binary search.
    SortedMap<Integer, Long> m =
        byYear.comparator() == null ? byYear : new TreeMap<>(Map.copyOf(byYear));
    int[] y = m.isEmpty() ? NO_YEARS : new int[m.size()];
    long[] v = m.isEmpty() ? NO_VALUES : new long[m.size()];
    int i = 0;
    for (Map.Entry<Integer, Long> e : m.entrySet()) {
      y[i] = e.getKey();
      v[i++] = e.getValue();
    }
    this.years = y;
    this.values = v;
  }

  private Amounts(int[] years, long[] values) {
    this.years = years;
    this.values = values;
  }

  public static Amounts empty() {
    return EMPTY;
  }

  public static Amounts of(Map<Integer, Long> values) {
    return new Amounts(new TreeMap<>(values));
  }

  /** The amounts as a map from year to amount, in year order; a copy that cannot be changed. */
  public SortedMap<Integer, Long> byYear() {
    TreeMap<Integer, Long> m = new TreeMap<>();
    for (int i = 0; i < years.length; i++) {
      m.put(years[i], values[i]);
    }
    return Collections.unmodifiableSortedMap(m);
  }

  /**
   * The amounts of the consecutive years from {@code firstYear}, one for each value; the values are
   * taken as they are (the array is not copied, so the caller must not change it after).
   */
  public static Amounts consecutive(int firstYear, long[] values) {
    int[] y = new int[values.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = firstYear + i;
    }
    return new Amounts(y, values);
  }

  /**
   * The amounts of {@code years}, which must ascend without repeats, one value each; the arrays are
   * taken as they are (not copied, so the caller must not change them after).
   */
  public static Amounts sorted(int[] years, long[] values) {
    if (years.length != values.length) {
      throw new IllegalArgumentException(years.length + " years, " + values.length + " values");
    }
    for (int i = 1; i < years.length; i++) {
      if (years[i] <= years[i - 1]) {
        throw new IllegalArgumentException("years out of order: " + Arrays.toString(years));
      }
    }
    return years.length == 0 ? EMPTY : new Amounts(years, values);
  }

  /** The number of years with an amount. */
  public int size() {
    return years.length;
  }

  /** The year of the {@code i}th amount, in ascending order of years. */
  public int yearAt(int i) {
    return years[i];
  }

  /** The {@code i}th amount, in ascending order of years. */
  public long valueAt(int i) {
    return values[i];
  }

  public boolean isEmpty() {
    return years.length == 0;
  }

  public boolean has(int year) {
    return Arrays.binarySearch(years, year) >= 0;
  }

  public OptionalLong get(int year) {
    int i = Arrays.binarySearch(years, year);
    return i < 0 ? OptionalLong.empty() : OptionalLong.of(values[i]);
  }

  /** The value of a year, a blank counting as 0. */
  public long valueOr0(int year) {
    int i = Arrays.binarySearch(years, year);
    return i < 0 ? 0L : values[i];
  }

  public long sum() {
    long total = 0;
    for (long v : values) {
      total = Math.addExact(total, v);
    }
    return total;
  }

  /** Year-by-year sum; a year is present in the result when it is present in either side. */
  public Amounts plus(Amounts other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    int[] y = new int[years.length + other.years.length];
    long[] v = new long[y.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < years.length || j < other.years.length) {
      if (j == other.years.length || (i < years.length && years[i] < other.years[j])) {
        y[n] = years[i];
        v[n++] = values[i++];
      } else if (i == years.length || other.years[j] < years[i]) {
        y[n] = other.years[j];
        v[n++] = other.values[j++];
      } else {
        y[n] = years[i];
        v[n++] = Math.addExact(values[i++], other.values[j++]);
      }
    }
    return n == y.length
        ? new Amounts(y, v)
        : new Amounts(Arrays.copyOf(y, n), Arrays.copyOf(v, n));
  }

  public Amounts map(LongUnaryOperator f) {
    long[] v = new long[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = f.applyAsLong(values[i]);
    }
    return new Amounts(years, v);
  }

  public static Amounts sumOf(Iterable<Amounts> all) {
    Amounts total = EMPTY;
    for (Amounts a : all) {
      total = total.plus(a);
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amounts a
        && Arrays.equals(years, a.years)
        && Arrays.equals(values, a.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(years) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Amounts[byYear=" + byYear() + "]";
  }
}
