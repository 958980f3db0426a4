package dk.payback.check;

import dk.payback.model.Location;

/**
 * One check and its outcome, pointing at the stated figure (or the id) it is about.
 *
 * @param subject what the check is about: a proposal id, or an "I ALT" label
 * @param figure the figure compared, or null for a check of ids
 * @param year the year compared, or null for a figure without one
 * @param stated the printed value, or null for a blank cell (or a check of ids)
 * @param computed the computed value, or null for a blank cell, no payback, or a check of ids
 * @param basis what the computed value comes from: "lines sum", "payback rule", a case file …
 * @param title a short name of the check, unique within a file: for test reports and annotations
 * @param message one English sentence saying what was compared and how it came out
 */
public record CheckResult(
    CheckKind kind,
    Status status,
    Location location,
    String subject,
    Figure figure,
    Integer year,
    Long stated,
    Long computed,
    String basis,
    String title,
    String message) {

  public boolean isFinding() {
    return status == Status.FINDING;
  }

  /**
   * Computed minus stated, a blank counting as 0; null where either is not a number. A difference past
   * the range of long is refused before a result is made (an input error), so none is left out
   * here.
   *
   * @throws ArithmeticException for a result made elsewhere whose difference does not fit
   */
  public Long difference() {
    if (figure == null || (stated == null && computed == null)) {
      return null;
    }
    if (figure == Figure.PAYBACK_YEARS && (stated == null || computed == null)) {
      return null;
    }
    return Math.subtractExact(computed == null ? 0 : computed, stated == null ? 0 : stated);
  }
}
