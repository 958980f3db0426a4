package dk.payback.cli;

import dk.payback.format.FormatOptions;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * How wide the text on standard output may be: {@code COLUMNS} when it is set to a number, else the
 * width of the terminal that standard output is, else (a pipe, a file) 100 columns. Read by the
 * command line alone: a format is given the number.
 *
 * @param columns the value of the environment variable {@code COLUMNS}, or null
 * @param terminal the width of the terminal that standard output is, asked only when {@code
 *     COLUMNS} says nothing
 */
record Screen(String columns, Supplier<OptionalInt> terminal) {

  /** Fewer columns than this are laid out as this many: the tables need them. */
  static final int NARROWEST = 80;

  /** A pipe or a file, and what the tests run in: no terminal, no {@code COLUMNS}. */
  static final Screen PIPE = new Screen(null, OptionalInt::empty);

  /** What this process runs in. */
  static Screen ofProcess() {
    String columns = System.getenv("COLUMNS");
    return new Screen(
        columns, parse(columns).isPresent() ? OptionalInt::empty : TerminalColumns.start());
  }

  /** The width to fit standard output's tables to. */
  int width() {
    OptionalInt given = parse(columns);
    if (given.isEmpty()) {
      given = terminal.get();
    }
    return given.isPresent() ? Math.max(NARROWEST, given.getAsInt()) : FormatOptions.DEFAULT_WIDTH;
  }

  /**
   * {@code COLUMNS} as a number of columns, or empty where it is unset or no whole number of at
   * most six digits, which no terminal is wider than: then it is ignored, as a terminal program
   * would.
   */
  static OptionalInt parse(String columns) {
    if (columns == null) {
      return OptionalInt.empty();
    }
    String s = columns.strip();
    if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(s);
    return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }
}
