package dk.payback.model;

/** A place in an input file, 1-based, so that every message can point an editor at it. */
public record Location(String file, int line, int column) {

  public static Location ofFile(String file) {
    return new Location(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
