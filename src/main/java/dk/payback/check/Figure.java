package dk.payback.check;

/** A stated figure that a check compares; the key is the case file's (and JSON's) name for it. */
public enum Figure {
  PERMANENT_TOTAL("permanent_total", "permanent total"),
  IMPLEMENTATION_TOTAL("implementation_total", "implementation total"),
  NET_IMPACT("net_impact", "net impact"),
  PAYBACK_YEARS("payback_years", "payback"),
  INVESTMENT("investment", "investment"),
  SAVINGS("savings", "savings");

  private final String key;
  private final String words;

  Figure(String key, String words) {
    this.key = key;
    this.words = words;
  }

  public String key() {
    return key;
  }

  /** The figure's name in English messages. */
  public String words() {
    return words;
  }
}
