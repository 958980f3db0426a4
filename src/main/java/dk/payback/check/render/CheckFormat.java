package dk.payback.check.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code payback check}. */
public enum CheckFormat {
  TEXT("text"),
  JSON("json"),
  GITHUB("github"),
  JUNIT("junit");

  private final String key;

  CheckFormat(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /**
   * Made on demand: the JSON renderer brings Jackson's databind with it, which every command would
   * otherwise load at start-up, when picocli reads the default of {@code --format}.
   */
  public CheckRenderer renderer() {
    return switch (this) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
      case GITHUB -> new GithubRenderer();
      case JUNIT -> new JunitRenderer();
    };
  }

  public static Optional<CheckFormat> parse(String s) {
    for (CheckFormat f : values()) {
      if (f.key.equals(s.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
