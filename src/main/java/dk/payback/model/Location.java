package dk.payback.model;

/** A place in an input file, 1-based, so that every message can point an editor at it. */
public record Location(String file, int line, int column) {

  public static Location ofFile(String file) {
    return new Location(file, 1, 1);
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
    return file + ":" + line + ":" + column;
  }
}
