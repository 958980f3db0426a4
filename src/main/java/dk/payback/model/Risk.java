package dk.payback.model;

import java.util.Optional;

/** "Risikovurdering" of section 1.10. */
public enum Risk {
  LOW("lav", "low"),
  MEDIUM("middel", "medium"),
  HIGH("høj", "high");

  private final String key;
  private final String english;

  Risk(String key, String english) {
    this.key = key;
    this.english = english;
  }

  public String key() {
    return key;
  }

  public String english() {
    return english;
  }

  public static Optional<Risk> fromKey(String key) {
    for (Risk r : values()) {
      if (r.key.equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
