package dk.payback.check;

import dk.payback.model.Location;
import java.util.List;

/**
 * Something worth a look that is no finding: a proposal that states none or only some of the
 * figures its template prints (so they are not compared, and "all balance" would say more than was
 * checked), or an implementation line with a negative amount (an income among the costs, such as a
 * sale). Warnings keep the exit code 0; {@code check --strict} counts them as findings.
 *
 * @param subject the proposal's ID
 * @param notStated the figures not stated, in the template's order (for {@link Kind#NOT_STATED})
 * @param line the implementation line's text (for {@link Kind#NEGATIVE_COST})
 * @param year the year of the negative amount, or null
 * @param amount the negative amount, or null
 */
public record Warning(
    Kind kind,
    Location location,
    String subject,
    List<Figure> notStated,
    String line,
    Integer year,
    Long amount) {

  public enum Kind {
    /** The proposal states none of the figures its template prints. */
    NOTHING_STATED("nothing_stated"),
    /** The proposal states some of the figures its template prints, not all. */
    NOT_STATED("not_stated"),
    /** An implementation line has a negative amount. */
    NEGATIVE_COST("negative_cost");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The stable name in machine formats. */
    public String key() {
      return key;
    }
  }

  public Warning {
    notStated = List.copyOf(notStated);
  }
}
