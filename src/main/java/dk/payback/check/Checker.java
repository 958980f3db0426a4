package dk.payback.check;

import dk.payback.calc.Analysis;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.CaseSet;
import dk.payback.util.InOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reconciles every stated figure of a set of cases with the computed one: the proposals' subtotals,
 * net impact and payback, the overview's rows and totals, and the ids that tie cases and rows
 * together. Every check is returned, the balanced ones too, so that a reader can see what was
 * checked.
 */
public final class Checker {

  /** By file, line and column; the packed line and column sort as the pair does. */
  static final Comparator<CheckResult> BY_PLACE =
      Comparator.comparing(CheckResult::file).thenComparingLong(CheckResult::lineAndColumn);

  private Checker() {}

  /**
   * @param tolerance the difference in thousands of kroner that is rounding, not a finding (≥ 0)
   * @throws dk.payback.model.PaybackException if stated figures are too large to compare or add up
   *     exactly
   */
  public static CheckReport check(Analysis analysis, long tolerance) {
    CaseSet cases = analysis.cases();
    Comparisons compare = new Comparisons(tolerance);
    List<ProposalFigures> figures = analysis.figures();
    List<CheckResult> results = new ArrayList<>();
    InOrder.map(figures, f -> ProposalChecks.of(f, compare)).forEach(results::addAll);
    results.addAll(IdChecks.of(cases.proposals()));
    cases.overview().ifPresent(pf -> results.addAll(OverviewChecks.of(pf, figures, compare)));
    // A stable sort: checks at one place keep the order in which they were made.
    results.sort(BY_PLACE);

    Set<String> files = new LinkedHashSet<>();
    cases.proposals().forEach(p -> files.add(p.origin().file()));
    cases.overview().ifPresent(pf -> files.add(pf.origin().file()));
    List<Warning> warnings = new ArrayList<>();
    InOrder.map(cases.proposals(), Warnings::of).forEach(warnings::addAll);
    warnings.sort(
        Comparator.comparing((Warning w) -> w.location().file())
            .thenComparingInt(w -> w.location().line())
            .thenComparingInt(w -> w.location().column()));
    return new CheckReport(tolerance, files.size(), cases.proposals().size(), results, warnings);
  }

  /**
   * Where one proposal's printed subtotals and net impact differ from what its lines add up to,
   * without tolerance: the footnotes of its table, which shows the sums of the lines.
   */
  public static List<CheckResult> subtotalDifferences(ProposalFigures f) {
    List<CheckResult> results = new ArrayList<>(ProposalChecks.of(f, new Comparisons(0)));
    results.sort(BY_PLACE);
    return results.stream().filter(Checker::isSubtotalDifference).toList();
  }

  /**
   * Whether a check is one of those footnotes: a printed subtotal or net impact that is not what
   * its lines add up to, by any amount. At any tolerance, as only a difference of 0 passes.
   */
  static boolean isSubtotalDifference(CheckResult r) {
    return (r.kind() == CheckKind.SUBTOTAL || r.kind() == CheckKind.NET_IMPACT)
        && r.status() != Status.PASS;
  }
}
