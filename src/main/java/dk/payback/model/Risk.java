package dk.payback.model;

import java.util.Optional;

/** "Risikovurdering" of section 1.10. */
public enum Risk implements Keyed {
  LOW("lav", "low"),
  MEDIUM("middel", "medium"),
  HIGH("høj", "high");

  private final String key;
  private final String english;

  Risk(String key, String english) {
    this.key = key;
    this.english = english;
  }

  @Override
  public String key() {
    return key;
  }

  public String english() {
    return english;
  }

  public static Optional<Risk> fromKey(String key) {
    return Keyed.byKey(Risk.class, key);
  }
}
