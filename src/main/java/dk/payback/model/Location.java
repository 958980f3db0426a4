package dk.payback.model;

/** A place in an input file, 1-based, so that every message can point an editor at it. */
public record Location(String file, int line, int column) {

  public static Location ofFile(String file) {
    return new Location(file, 1, 1);
  }

  /**
   * A path as a whole, with no place in it: a folder, a path that does not exist, a file refused
   * before it was read (a pipe, a dangling link, one too large). Line and column are 0, and the
   * location prints as the path alone: there is no line 1 to point an editor at.
   */
  public static Location ofPath(String path) {
    return new Location(path, 0, 0);
  }

  /** Whether this points into a file (a line and column), not at a path as a whole. */
  public boolean hasPlace() {
    return line > 0;
  }

  /**
   * Line and column packed into one {@code long}, for what keeps many places (a case's positions, a
   * run's checks): line in the high half, column in the low; packed places sort as the pairs do.
   */
  public long packedPlace() {
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  /** The location of {@link #packedPlace} in {@code file}. */
  public static Location unpacked(String file, long place) {
    return new Location(file, (int) (place >>> 32), (int) place);
  }

  @Override
  public String toString() {
    return hasPlace() ? file + ":" + line + ":" + column : file;
  }
}
