package dk.payback.view;

import dk.payback.calc.Payback;

/**
 * A table cell: its text in the document's language ("-61.626", "2 år", "ingen"), and what it is,
 * so that a sheet can hold an amount as a number and a payback's marks can be told from its flags.
 */
public sealed interface Cell permits Cell.Text, Cell.Amount, Cell.Years {

  String text();

  /** No figure: a blank, a label, a word such as "ingen". */
  record Text(String text) implements Cell {}

  /** An amount in thousands of kroner. */
  record Amount(long value, String text) implements Cell {}

  /** A payback (simple or discounted) with its marks: "6 år*" extrapolated, "~6 år" an estimate. */
  record Years(Payback payback, String text) implements Cell {

    public boolean extrapolated() {
      return payback.isYears() && payback.extrapolated();
    }

    public boolean estimate() {
      return payback.isYears() && payback.estimate();
    }
  }

  Cell EMPTY = new Text("");

  static Cell text(String text) {
    return new Text(text);
  }

  static Amount amount(long value, Words words) {
    return new Amount(value, words.amount(value));
  }

  /** The amount, or null where the cell is no amount. */
  default Long amountOrNull() {
    return this instanceof Amount a ? a.value() : null;
  }
}
