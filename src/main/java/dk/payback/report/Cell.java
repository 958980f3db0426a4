package dk.payback.report;

import dk.payback.view.Lang;
import dk.payback.view.Numbers;

/**
 * A table cell that formats lay out alike: its text in the report's language ("-61.626", "2 år",
 * "ingen"), and the amount where it is one, in thousands of kroner, for a sheet to hold as a number.
 *
 * @param amount null where the cell is text only (a payback in years, a blank, "ingen")
 */
record Cell(String text, Long amount) {

  static final Cell EMPTY = new Cell("", null);

  static Cell amount(long amount, Lang lang) {
    return new Cell(Numbers.format(amount, lang), amount);
  }

  static Cell text(String text) {
    return new Cell(text, null);
  }
}
