package dk.payback.check;

import dk.payback.model.Line;
import dk.payback.model.Location;

/**
 * One line of table 1.1 that differs between the versions.
 *
 * @param permanent whether it is a permanent change; else an implementation cost
 * @param before the line as it was, or null for an added line
 * @param after the line as it is, or null for a removed line
 * @param at where the line stands in the new file, or in the old one for a removed line
 */
public record LineChange(
    boolean permanent, ChangeStatus status, Line before, Line after, Location at) {

  public String text() {
    return after == null ? before.text() : after.text();
  }
}
