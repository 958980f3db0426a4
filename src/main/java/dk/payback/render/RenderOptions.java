package dk.payback.render;

import dk.payback.view.Lang;

/**
 * How tables are laid out.
 *
 * @param width the terminal width to fit (100 by default)
 * @param wide show long titles whole instead of shortening them to fit
 */
public record RenderOptions(Lang lang, int width, boolean wide) {

  public static final int DEFAULT_WIDTH = 100;

  public static RenderOptions defaults() {
    return new RenderOptions(Lang.DA, DEFAULT_WIDTH, false);
  }

  public int maxWidth() {
    return wide ? 0 : width;
  }

  public Labels labels() {
    return Labels.of(lang);
  }
}
