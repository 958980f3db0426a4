package dk.payback.model;

import dk.payback.util.Shared;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where each value of a case came from. Keys are dotted paths such as {@code
 * stated.net_impact.2020}; a path without its own entry falls back to its nearest parent, then to
 * the file itself.
 *
 * <p>A case has some sixty positions, so they are kept compact: the paths are shared between cases
 * (every proposal has a {@code stated.net_impact.2020}), and so is the list of them between cases
 * of one shape, and line and column are packed into one {@code long}. As a map of {@link Location}s
 * they were half the memory of 100,000 loaded proposals.
 */
public final class Origin {

  /** One copy of each path for all cases; there are as many paths as shapes of case, not cases. */
  private static final ConcurrentMap<String, String> PATHS = new ConcurrentHashMap<>();

  /** One copy of each list of paths, in order: cases of one shape share it. */
  private static final ConcurrentMap<List<String>, String[]> SHAPES = new ConcurrentHashMap<>();

  private static final String[] NO_PATHS = {};
  private static final long[] NO_PLACES = {};

  private final String file;

  /**
   * In no particular order: a lookup is a linear search, which costs less for sixty entries than
   * sorting or hashing them for every case.
   */
  private final String[] paths;

  /** Line in the high half, column in the low half, in the order of {@link #paths}. */
  private final long[] places;

  /**
   * Positions in another file than {@code file}, which the loader never makes; kept as they are so
   * that such an origin still answers right.
   */
  private final Map<String, Location> elsewhere;

  /**
   * @param positions locations by dotted path, normally all in {@code file}
   */
  public Origin(String file, Map<String, Location> positions) {
    this.file = file;
    String[] p = positions.isEmpty() ? NO_PATHS : new String[positions.size()];
    long[] at = positions.isEmpty() ? NO_PLACES : new long[p.length];
    Map<String, Location> other = null;
    int i = 0;
    for (Map.Entry<String, Location> e : positions.entrySet()) {
      Location l = e.getValue();
      if (!l.file().equals(file)) {
        if (other == null) {
          other = new HashMap<>();
        }
        other.put(e.getKey(), l);
        continue;
      }
      p[i] = shared(e.getKey());
      at[i++] = l.packedPlace();
    }
    this.paths = shape(i == p.length ? p : Arrays.copyOf(p, i));
    this.places = i == at.length ? at : Arrays.copyOf(at, i);
    this.elsewhere = other == null ? Map.of() : Map.copyOf(other);
  }

  private static String shared(String path) {
    return Shared.of(PATHS, path, path);
  }

  private static String[] shape(String[] paths) {
    return Shared.of(SHAPES, Arrays.asList(paths), paths);
  }

  public static Origin ofFile(String file) {
    return new Origin(file, Map.of());
  }

  public String file() {
    return file;
  }

  /** Every recorded position, by path; a copy. */
  public Map<String, Location> positions() {
    TreeMap<String, Location> m = new TreeMap<>(); // sorted, so that toString() is stable
    for (int i = 0; i < paths.length; i++) {
      m.put(paths[i], location(i));
    }
    m.putAll(elsewhere);
    return Collections.unmodifiableMap(m);
  }

  public Location locate(String path) {
    String p = path;
    while (true) {
      // A check looks up some twenty paths of each case, most of them alike but for the year at
      // the end: a String keeps its hash, so comparing hashes first spares comparing the letters.
      int hash = p.hashCode();
      for (int i = 0; i < paths.length; i++) {
        if (paths[i].hashCode() == hash && paths[i].equals(p)) {
          return location(i);
        }
      }
      Location other = elsewhere.get(p);
      if (other != null) {
        return other;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return Location.ofFile(file);
      }
      p = p.substring(0, dot);
    }
  }

  private Location location(int i) {
    return Location.unpacked(file, places[i]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Origin other
        && file.equals(other.file)
        && positions().equals(other.positions());
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + positions().hashCode();
  }

  @Override
  public String toString() {
    return "Origin[file=" + file + ", positions=" + positions() + "]";
  }
}
