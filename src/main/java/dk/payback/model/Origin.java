package dk.payback.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each value of a case came from. Keys are dotted paths such as {@code stated.net_impact.2020};
 * a path without its own entry falls back to its nearest parent, then to the file itself.
 *
 * <p>A case has some sixty positions, so they are kept compact: the paths are shared between cases
 * (every proposal has a {@code stated.net_impact.2020}) and line and column are packed into one
 * {@code long}. As a map of {@link Location}s they were half the memory of 100,000 loaded proposals.
 */
public final class Origin {

  /** One copy of each path for all cases; there are as many paths as shapes of case, not cases. */
  private static final Map<String, String> PATHS = new ConcurrentHashMap<>();

  private static final String[] NO_PATHS = {};
  private static final long[] NO_PLACES = {};

  private final String file;

  /** Sorted, for binary search. */
  private final String[] paths;

  /** Line in the high half, column in the low half, in the order of {@link #paths}. */
  private final long[] places;

  /**
   * @param positions locations in {@code file}, by dotted path
   */
  public Origin(String file, Map<String, Location> positions) {
    this.file = file;
    if (positions.isEmpty()) {
      this.paths = NO_PATHS;
      this.places = NO_PLACES;
      return;
    }
    String[] p = positions.keySet().toArray(String[]::new);
    Arrays.sort(p);
    long[] at = new long[p.length];
    for (int i = 0; i < p.length; i++) {
      Location l = positions.get(p[i]);
      if (!l.file().equals(file)) {
        throw new IllegalArgumentException(p[i] + " is in " + l.file() + ", not in " + file);
      }
      at[i] = ((long) l.line() << 32) | (l.column() & 0xFFFF_FFFFL);
      p[i] = PATHS.computeIfAbsent(p[i], k -> k);
    }
    this.paths = p;
    this.places = at;
  }

  public static Origin ofFile(String file) {
    return new Origin(file, Map.of());
  }

  public String file() {
    return file;
  }

  /** Every recorded position, by path; a copy. */
  public Map<String, Location> positions() {
    TreeMap<String, Location> m = new TreeMap<>();
    for (int i = 0; i < paths.length; i++) {
      m.put(paths[i], location(i));
    }
    return Collections.unmodifiableMap(m);
  }

  public Location locate(String path) {
    String p = path;
    while (true) {
      int i = Arrays.binarySearch(paths, p);
      if (i >= 0) {
        return location(i);
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return Location.ofFile(file);
      }
      p = p.substring(0, dot);
    }
  }

  private Location location(int i) {
    return new Location(file, (int) (places[i] >>> 32), (int) places[i]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Origin other
        && file.equals(other.file)
        && Arrays.equals(paths, other.paths)
        && Arrays.equals(places, other.places);
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + Arrays.hashCode(places);
  }

  @Override
  public String toString() {
    return "Origin[file=" + file + ", positions=" + positions() + "]";
  }
}
