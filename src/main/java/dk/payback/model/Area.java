package dk.payback.model;

import java.util.Optional;

/** "Styringsområde": the budget area a line belongs to. */
public enum Area implements Keyed {
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
  @Override
  public String key() {
    return key;
  }

  /** The spelling in the source's tables. */
  public String danish() {
    return danish;
  }

  public static Optional<Area> fromKey(String key) {
    return Keyed.byKey(Area.class, key);
  }
}
