package dk.payback.view;

import java.util.Locale;

/** Output language: Danish as in the source's template, or English headings. */
public enum Lang {
  DA,
  EN;

  public static Lang parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "da" -> DA;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("unknown language '" + s + "': use da or en");
    };
  }
}
