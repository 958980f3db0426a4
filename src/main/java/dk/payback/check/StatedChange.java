package dk.payback.check;

import dk.payback.model.Location;

/**
 * A figure stated in the source that differs between the versions: a subtotal, net impact or
 * payback of a proposal, or a printed figure of the overview.
 *
 * @param subject the proposal's ID, or an overview row's or total's label
 * @param year the year, or null for a figure without one
 * @param before the stated value, or null where there was none (a blank cell, no row)
 * @param after likewise, as it is now
 * @param at where the new figure stands, or the old one where it was removed
 */
public record StatedChange(
    String subject, Figure figure, Integer year, Long before, Long after, Location at) {

  /** After minus before, a blank counting as 0; null for a payback that is stated on one side. */
  public Long difference() {
    if (figure == Figure.PAYBACK_YEARS && (before == null || after == null)) {
      return null;
    }
    return Math.subtractExact(after == null ? 0 : after, before == null ? 0 : before);
  }
}
