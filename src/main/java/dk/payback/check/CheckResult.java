package dk.payback.check;

import dk.payback.calc.Payback;
import dk.payback.model.Location;
import java.util.List;

/**
 * One check and its outcome, pointing at the stated figure (or the id) it is about.
 *
 * <p>Held compactly, because a check of 100,000 proposals keeps some 1.3 million of these until
 * they are printed: the numbers unboxed (a blank told by a flag, no year by 0), the place as its
 * file with line and column packed into one {@code long}, and no title, which is made from the
 * other fields when asked. Boxed, with a {@link Location} and a title each, they took most of
 * -Xmx512m. {@link #of} makes one from the figures as they read; {@link #location}, {@link #year},
 * {@link #stated}, {@link #computed} and {@link #title} give them back so.
 *
 * @param file the file of the stated figure (or the id) the check is about
 * @param lineAndColumn its line in the high half, its column in the low half
 * @param subject what the check is about: a proposal id, or an "I ALT" label
 * @param figure the figure compared, or null for a check of ids
 * @param yearOr0 the year compared, or 0 for a figure without one
 * @param statedOr0 the printed value, if {@code hasStated}
 * @param computedOr0 the computed value, if {@code hasComputed}
 * @param hasStated false for a blank cell (or a check of ids)
 * @param hasComputed false for a blank cell, no payback, or a check of ids
 * @param basis what the computed value comes from: "lines sum", "payback rule", a case file …
 * @param detail what the message about the check names besides the fields above; the message itself
 *     is put into words by the view, in the output's language
 */
public record CheckResult(
    CheckKind kind,
    Status status,
    String file,
    long lineAndColumn,
    String subject,
    Figure figure,
    int yearOr0,
    long statedOr0,
    long computedOr0,
    boolean hasStated,
    boolean hasComputed,
    String basis,
    Detail detail) {

  /**
   * @param row the overview's row number the check is about, or 0
   * @param file the other file the check names: a row's case file, the overview file, or the case's
   *     own file name; or null
   * @param others the other places with the same ID: locations, or row numbers; or empty
   * @param payback the computed payback of a payback check, or null
   * @param lastYear the proposal's last year, for a payback extrapolated beyond it; or 0
   */
  public record Detail(int row, String file, List<String> others, Payback payback, int lastYear) {

    public static final Detail NONE = new Detail(0, null, List.of(), null, 0);

    public Detail {
      others = List.copyOf(others);
    }

    /** A check names the overview's row, if any; most name none and share one detail. */
    static Detail row(int row) {
      return row == 0 ? NONE : new Detail(row, null, List.of(), null, 0);
    }
  }

  /**
   * @param year the year compared, or null for a figure without one
   * @param stated the printed value, or null for a blank cell (or a check of ids)
   * @param computed the computed value, or null for a blank cell, no payback, or a check of ids
   */
  public static CheckResult of(
      CheckKind kind,
      Status status,
      Location location,
      String subject,
      Figure figure,
      Integer year,
      Long stated,
      Long computed,
      String basis,
      Detail detail) {
    return new CheckResult(
        kind,
        status,
        location.file(),
        location.packedPlace(),
        subject,
        figure,
        year == null ? 0 : year,
        stated == null ? 0 : stated,
        computed == null ? 0 : computed,
        stated != null,
        computed != null,
        basis,
        detail);
  }

  public Location location() {
    return Location.unpacked(file, lineAndColumn);
  }

  /** The year compared, or null for a figure without one. */
  public Integer year() {
    return yearOr0 == 0 ? null : yearOr0;
  }

  /** The printed value, or null for a blank cell (or a check of ids). */
  public Long stated() {
    return hasStated ? statedOr0 : null;
  }

  /** The computed value, or null for a blank cell, no payback, or a check of ids. */
  public Long computed() {
    return hasComputed ? computedOr0 : null;
  }

  /**
   * A short name of the check, unique within a file, in English whatever the output's language, so
   * that a test report's names stay the same: "HA02 net impact 2020", "row 11 BU03 has a case", "I
   * ALT investment vs rows". For test reports and annotations.
   */
  public String title() {
    String what =
        switch (kind) {
          case UNIQUE_ID -> "unique id";
          case ID_MATCHES_FILE_NAME -> "id matches file name";
          case ROW_HAS_CASE -> "has a case";
          case CASE_HAS_ROW -> "has an overview row";
          case SUBTOTAL, NET_IMPACT, PAYBACK, OVERVIEW_ROW -> figureAndYear();
          case TOTAL_VS_ROWS -> figureAndYear() + " vs rows";
          case TOTAL_VS_PROPOSALS -> figureAndYear() + " vs proposals";
        };
    boolean ofRow =
        kind == CheckKind.ROW_HAS_CASE
            || kind == CheckKind.OVERVIEW_ROW
            || (kind == CheckKind.UNIQUE_ID && detail.row() != 0);
    return (ofRow ? "row " + detail.row() + " " : "") + subject + " " + what;
  }

  private String figureAndYear() {
    return yearOr0 == 0 ? figure.words() : figure.words() + " " + yearOr0;
  }

  public boolean isFinding() {
    return status == Status.FINDING;
  }

  /**
   * Computed minus stated, a blank counting as 0; null where either is not a number. A difference
   * past the range of long is refused before a result is made (an input error), so none is left out
   * here.
   *
   * @throws ArithmeticException for a result made elsewhere whose difference does not fit
   */
  public Long difference() {
    if (figure == null || (!hasStated && !hasComputed)) {
      return null;
    }
    if (figure == Figure.PAYBACK_YEARS && (!hasStated || !hasComputed)) {
      return null;
    }
    return Math.subtractExact(computedOr0, statedOr0);
  }
}
