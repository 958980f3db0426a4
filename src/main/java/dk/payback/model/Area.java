package dk.payback.model;

import java.util.Optional;

/** "Styringsområde": the budget area a line belongs to. */
public enum Area {
  SERVICE("service", "Service"),
  CAPITAL("anlæg", "Anlæg"),
  TRANSFERS("overførsler", "Overførsler");

  private final String key;
  private final String danish;

  Area(String key, String danish) {
    this.key = key;
    this.danish = danish;
  }

  /** The spelling in case files. */
  public String key() {
    return key;
  }

  /** The spelling in the source's tables. */
  public String danish() {
    return danish;
  }

  public static Optional<Area> fromKey(String key) {
    for (Area a : values()) {
      if (a.key.equals(key)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
