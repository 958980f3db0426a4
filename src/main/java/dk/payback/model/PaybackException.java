package dk.payback.model;

import java.util.List;

/**
 * Why a run cannot go on: bad input (with every diagnostic found), a usage error, or output that
 * could not be written. Lower layers say what failed; the command line alone turns the kind into an
 * exit code, in one place.
 */
public final class PaybackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What failed. A bug in payback is never one of these: it is any other exception. */
  public enum Kind {
    /** The case files: {@link #diagnostics()} say where and how to mend them. */
    INPUT,
    /** The command line: the message says what to write instead. */
    USAGE,
    /** An output file or stream that could not be written. */
    OUTPUT
  }

  private final Kind kind;
  private final transient List<Diagnostic> diagnostics;

  private PaybackException(Kind kind, String message, List<Diagnostic> diagnostics) {
    super(message);
    this.kind = kind;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public static PaybackException input(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an input error needs at least one diagnostic");
    }
    return new PaybackException(Kind.INPUT, diagnostics.get(0).format(), diagnostics);
  }

  public static PaybackException input(Location at, String message, String hint) {
    return input(List.of(new Diagnostic(at, message, hint)));
  }

  public static PaybackException usage(String message) {
    return new PaybackException(Kind.USAGE, message, List.of());
  }

  public static PaybackException output(String message) {
    return new PaybackException(Kind.OUTPUT, message, List.of());
  }

  public Kind kind() {
    return kind;
  }

  /** Every input error, in file and line order; empty for the other kinds. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
