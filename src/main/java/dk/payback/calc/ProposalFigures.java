package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.Proposal;
import java.util.OptionalInt;

/**
 * What the lines of one proposal add up to. For a summary-only proposal the permanent total is the
 * overview's savings and the whole investment is placed in the first year of the period.
 *
 * @param permanentTotal "Samlet varig ændring" per year
 * @param implementationTotal "Samlede implementeringsomkostninger" per year
 * @param netImpact "Samlet økonomisk påvirkning" per year
 * @param cumulative the running sum of the net impact
 * @param investment the implementation total over all years
 * @param startYear the first year with any non-zero amount (the first year of the case if none)
 */
public record ProposalFigures(
    Proposal proposal,
    Amounts permanentTotal,
    Amounts implementationTotal,
    Amounts netImpact,
    Amounts cumulative,
    long investment,
    int startYear,
    Payback payback) {

  /** "Effektivisering": the permanent total of a year, as the overview prints it. */
  public Amounts savings() {
    return permanentTotal;
  }

  /**
   * The payback the source states, where it is not the computed one: the tables show the computed
   * payback and name the stated one beside it ("2 år (kilden angiver 3 år)").
   */
  public OptionalInt otherStatedPayback() {
    Integer stated = proposal.stated().paybackYears();
    if (stated == null || (payback.isYears() && payback.years() == stated)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(stated);
  }
}
