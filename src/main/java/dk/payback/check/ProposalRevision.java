package dk.payback.check;

import dk.payback.calc.Appraisal;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.Amounts;
import dk.payback.model.Location;
import dk.payback.model.Proposal;
import java.util.List;

/**
 * One proposal in two versions of the cases, matched by ID.
 *
 * @param id the ID as it is now (as it was, for a removed proposal)
 * @param before the proposal as it was, appraised; null for an added one
 * @param after the proposal as it is, appraised; null for a removed one
 * @param lines the lines that differ, permanent changes first, each in the order of the new file
 * @param stated the stated figures that differ
 * @param appeared check's findings about the proposal that are new
 * @param disappeared check's findings about it that are gone
 */
public record ProposalRevision(
    String id,
    ChangeStatus status,
    Appraisal before,
    Appraisal after,
    List<LineChange> lines,
    List<StatedChange> stated,
    List<CheckResult> appeared,
    List<CheckResult> disappeared) {

  public ProposalRevision {
    lines = List.copyOf(lines);
    stated = List.copyOf(stated);
    appeared = List.copyOf(appeared);
    disappeared = List.copyOf(disappeared);
  }

  /** The proposal as it is now, or as it was for a removed one. */
  public Proposal proposal() {
    return (after == null ? before : after).proposal();
  }

  /** Where the proposal's ID stands: in the new file, or the old one for a removed proposal. */
  public Location at() {
    return proposal().origin().locate("id");
  }

  public long investmentBefore() {
    return before == null ? 0 : before.figures().investment();
  }

  public long investmentAfter() {
    return after == null ? 0 : after.figures().investment();
  }

  public long investmentDifference() {
    return Math.subtractExact(investmentAfter(), investmentBefore());
  }

  /** The present value as it was, 0 for an added proposal. */
  public long npvBefore() {
    return before == null ? 0 : before.netPresentValue().thousands();
  }

  public long npvAfter() {
    return after == null ? 0 : after.netPresentValue().thousands();
  }

  public long npvDifference() {
    return Math.subtractExact(npvAfter(), npvBefore());
  }

  /** Each year's figure after minus before, for a figure of {@link ProposalFigures}. */
  public Amounts difference(java.util.function.Function<ProposalFigures, Amounts> figure) {
    Amounts b = before == null ? Amounts.empty() : figure.apply(before.figures());
    Amounts a = after == null ? Amounts.empty() : figure.apply(after.figures());
    return difference(b, a);
  }

  /** Each year's after minus before, a blank counting as 0; a year present on either side. */
  public static Amounts difference(Amounts before, Amounts after) {
    return after.plus(before.map(Math::negateExact));
  }

  /**
   * Whether the payback got longer: from a number of years to more, or to none, or from nothing to
   * pay back to a payback. A proposal on one side only has no payback to compare.
   */
  public boolean paybackLonger() {
    return before != null && after != null && rank(after.payback()) > rank(before.payback());
  }

  public boolean titleChanged() {
    return before != null
        && after != null
        && !before.proposal().title().equals(after.proposal().title());
  }

  /** Nothing to pay back, then a number of years (fewer first), then never. */
  private static long rank(Payback p) {
    return switch (p.kind()) {
      case NOT_APPLICABLE -> 0;
      case YEARS -> p.years();
      case NONE -> Long.MAX_VALUE;
    };
  }
}
