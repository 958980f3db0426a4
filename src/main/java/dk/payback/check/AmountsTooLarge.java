package dk.payback.check;

import dk.payback.model.Location;
import dk.payback.model.PaybackException;

/**
 * Stated figures so large that comparing or adding them up would go past the range of exact
 * amounts: an input error at the figure (nearly always a figure with too many digits), never a
 * difference that wrapped round or was left out.
 */
final class AmountsTooLarge {

  private AmountsTooLarge() {}

  static PaybackException at(Location at, String message) {
    return PaybackException.input(
        at, message, "amounts are thousands of kroner; check the number of digits");
  }
}
