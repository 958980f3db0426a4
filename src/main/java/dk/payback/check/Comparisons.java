package dk.payback.check;

import dk.payback.model.Location;
import java.util.OptionalLong;

/**
 * Compares a stated amount with a computed one. A blank cell and a 0 are equal in value, and a
 * difference of no more than the tolerance is the rounding of a printed budget, not a finding.
 */
final class Comparisons {

  private final long tolerance;

  Comparisons(long tolerance) {
    if (tolerance < 0) {
      throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
    }
    this.tolerance = tolerance;
  }

  /**
   * @param what the figure in words, for the message when the two are too far apart to compare:
   *     "net impact 2020", "row 11 BU03 savings 2019"
   * @param row the overview's row number, or 0
   */
  CheckResult amount(
      CheckKind kind,
      Location at,
      String subject,
      int row,
      String what,
      String title,
      Figure figure,
      Integer year,
      OptionalLong stated,
      OptionalLong computed,
      String basis) {
    Long s = stated.isPresent() ? stated.getAsLong() : null;
    Long c = computed.isPresent() ? computed.getAsLong() : null;
    return new CheckResult(
        kind,
        status(at, what, s, c),
        at,
        subject,
        figure,
        year,
        s,
        c,
        basis,
        title,
        CheckResult.Detail.row(row));
  }

  private Status status(Location at, String what, Long stated, Long computed) {
    long s = stated == null ? 0 : stated;
    long c = computed == null ? 0 : computed;
    long difference;
    try {
      difference = Math.subtractExact(c, s);
    } catch (ArithmeticException e) {
      throw AmountsTooLarge.at(
          at,
          what + ": stated " + s + " is too far from the computed " + c + " to compare exactly");
    }
    if (difference == 0) {
      return Status.PASS;
    }
    // Math.abs(Long.MIN_VALUE) stays negative: such a difference is beyond any tolerance.
    long size = Math.abs(difference);
    return size >= 0 && size <= tolerance ? Status.WITHIN_TOLERANCE : Status.FINDING;
  }
}
