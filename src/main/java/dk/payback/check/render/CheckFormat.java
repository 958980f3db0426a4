package dk.payback.check.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code payback check}. */
public enum CheckFormat {
  TEXT("text", new TextRenderer()),
  JSON("json", new JsonRenderer()),
  GITHUB("github", new GithubRenderer()),
  JUNIT("junit", new JunitRenderer());

  private final String key;
  private final CheckRenderer renderer;

  CheckFormat(String key, CheckRenderer renderer) {
    this.key = key;
    this.renderer = renderer;
  }

  public String key() {
    return key;
  }

  public CheckRenderer renderer() {
    return renderer;
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
