package dk.payback.check;

/**
 * What happened to a proposal, a line or an overview row between two versions of the cases. The key
 * is the stable name in machine formats.
 */
public enum ChangeStatus {
  ADDED("added"),
  REMOVED("removed"),
  CHANGED("changed"),
  /** Same text, other amounts is {@link #CHANGED}; other text, same amounts is renamed. */
  RENAMED("renamed"),
  UNCHANGED("unchanged");

  private final String key;

  ChangeStatus(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The status seen from the other side: what was added going forward is removed going back. */
  public ChangeStatus mirror() {
    return switch (this) {
      case ADDED -> REMOVED;
      case REMOVED -> ADDED;
      default -> this;
    };
  }
}
