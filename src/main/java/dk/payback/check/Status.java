package dk.payback.check;

/** The outcome of one check. Only {@link #FINDING} fails the gate. */
public enum Status {
  PASS("pass"),
  /** Stated and computed differ by no more than the tolerance: the rounding of a printed budget. */
  WITHIN_TOLERANCE("within_tolerance"),
  FINDING("finding");

  private final String key;

  Status(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
