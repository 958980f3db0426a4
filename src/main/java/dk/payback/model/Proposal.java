package dk.payback.model;

import java.util.List;
import java.util.Locale;

/**
 * One business case. A summary-only proposal has no lines and no stated figures, only {@link
 * #summaryOnly()}; the optional texts ({@code summary}, {@code fund}, {@code risk}) may be null,
 * and so may {@code realised}, until the proposal is followed up.
 */
public record Proposal(
    String id,
    ProposalType type,
    String title,
    String summary,
    String fund,
    Risk risk,
    SourceRef source,
    List<Integer> years,
    List<Line> permanent,
    List<Line> implementation,
    Stated stated,
    SummaryOnly summaryOnly,
    Realised realised,
    List<String> notes,
    Origin origin) {

  public Proposal {
    years = List.copyOf(years);
    permanent = List.copyOf(permanent);
    implementation = List.copyOf(implementation);
    notes = List.copyOf(notes);
  }

  /**
   * The same proposal with other years and amounts (a scenario's, or a changed line's), its texts,
   * stated figures and origin kept.
   */
  public Proposal withAmounts(
      List<Integer> years,
      List<Line> permanent,
      List<Line> implementation,
      SummaryOnly summaryOnly) {
    return new Proposal(
        id,
        type,
        title,
        summary,
        fund,
        risk,
        source,
        years,
        permanent,
        implementation,
        stated,
        summaryOnly,
        realised,
        notes,
        origin);
  }

  /**
   * An ID as it is compared: without regard to case, and the same in every locale (a Turkish locale
   * would otherwise upper-case "hi01" to "Hİ01"). Lookups and the check that IDs are unique agree
   * on it.
   */
  public static String idKey(String id) {
    return id.toUpperCase(Locale.ROOT);
  }

  public boolean isSummaryOnly() {
    return summaryOnly != null;
  }

  public boolean isFollowedUp() {
    return realised != null;
  }

  public int firstYear() {
    return years.get(0);
  }

  public int lastYear() {
    return years.get(years.size() - 1);
  }
}
