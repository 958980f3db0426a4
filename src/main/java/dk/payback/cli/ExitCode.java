package dk.payback.cli;

/** The exit codes, in one place; the README lists the same. */
public final class ExitCode {

  /** All good: every figure balances. */
  public static final int OK = 0;

  /** {@code check} found stated figures that do not balance. */
  public static final int FINDINGS = 1;

  /** Invalid input or usage, or output that could not be written; wins over findings. */
  public static final int INVALID = 2;

  /** A bug in payback itself, never bad input: reported in one line, without a stack trace. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
