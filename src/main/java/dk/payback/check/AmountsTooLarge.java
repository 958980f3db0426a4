package dk.payback.check;

import dk.payback.load.Diagnostic;
import dk.payback.model.Location;

/**
 * Stated figures so large that comparing or adding them up would go past the range of exact amounts:
 * an input error at the figure (nearly always a figure with too many digits), never a difference that
 * wrapped round or was left out.
 */
public final class AmountsTooLarge extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  AmountsTooLarge(Location at, String message) {
    super(at + ": " + message);
    this.diagnostic = new Diagnostic(at, message, "amounts are thousands of kroner; check the number of digits");
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
