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
   * @param year the year compared, or 0 for a figure without one
   */
  CheckResult amount(
      CheckKind kind,
      Location at,
      String subject,
      int row,
      String what,
      Figure figure,
      int year,
      OptionalLong stated,
      OptionalLong computed,
      String basis) {
    long s = stated.orElse(0);
    long c = computed.orElse(0);
    return new CheckResult(
        kind,
        status(at, what, s, c),
        at.file(),
        at.packedPlace(),
        subject,
        figure,
        year,
        s,
        c,
        stated.isPresent(),
        computed.isPresent(),
        basis,
        CheckResult.Detail.row(row));
  }

  /** A blank cell counts as 0. */
  private Status status(Location at, String what, long s, long c) {
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
