package dk.payback.calc;

import java.math.BigDecimal;

/** Decimal numbers as analysts type them: "0.9", with the Danish decimal comma "0,9", or "90%". */
final class Decimals {

  /** The number as written, and whether a "%" followed it. */
  record Typed(BigDecimal number, boolean percent) {}

  private Decimals() {}

  /**
   * @param hint how to write it, for the message when {@code text} is no number
   */
  static Typed parse(String text, String hint) {
    String s = text.strip();
    boolean percent = s.endsWith("%");
    if (percent) {
      s = s.substring(0, s.length() - 1).strip();
    }
    // A lone comma is the Danish decimal mark; anything else is left for BigDecimal to judge.
    if (s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')) {
      s = s.replace(',', '.');
    }
    try {
      return new Typed(new BigDecimal(s), percent);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not " + hint);
    }
  }
}
