package dk.payback.check;

import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.Amounts;
import dk.payback.model.Location;
import dk.payback.model.Proposal;
import dk.payback.model.Stated;
import java.util.ArrayList;
import java.util.List;

/** One proposal's stated subtotals, net impact and payback against what its lines add up to. */
final class ProposalChecks {

  private static final String LINES = "lines sum";
  private static final String RULE = "payback rule";

  private ProposalChecks() {}

  static List<CheckResult> of(ProposalFigures f, Comparisons compare) {
    Proposal p = f.proposal();
    List<CheckResult> out = new ArrayList<>();
    if (p.isSummaryOnly()) {
      // Its only figures are the overview's, so there is nothing stated to reconcile here.
      return out;
    }
    Stated s = p.stated();
    amounts(
        out,
        compare,
        p,
        CheckKind.SUBTOTAL,
        Figure.PERMANENT_TOTAL,
        s.permanentTotal(),
        f.permanentTotal());
    amounts(
        out,
        compare,
        p,
        CheckKind.SUBTOTAL,
        Figure.IMPLEMENTATION_TOTAL,
        s.implementationTotal(),
        f.implementationTotal());
    amounts(out, compare, p, CheckKind.NET_IMPACT, Figure.NET_IMPACT, s.netImpact(), f.netImpact());
    if (s.paybackYears() != null) {
      out.add(payback(p, s.paybackYears(), f.payback()));
    }
    return out;
  }

  /**
   * A row the source does not print (absent, or no cell at all) is not compared; in a printed row,
   * every year in which either side has a cell is.
   */
  private static void amounts(
      List<CheckResult> out,
      Comparisons compare,
      Proposal p,
      CheckKind kind,
      Figure figure,
      Amounts stated,
      Amounts computed) {
    if (stated == null || stated.isEmpty()) {
      return;
    }
    for (int year : p.years()) {
      if (!stated.has(year) && !computed.has(year)) {
        continue;
      }
      String what = figure.words() + " " + year;
      Location at = p.origin().locate("stated." + figure.key() + "." + year);
      out.add(
          compare.amount(
              kind,
              at,
              p.id(),
              0,
              what,
              figure,
              year,
              stated.get(year),
              computed.get(year),
              LINES));
    }
  }

  private static CheckResult payback(Proposal p, int stated, Payback computed) {
    boolean same = computed.isYears() && computed.years() == stated;
    return CheckResult.of(
        CheckKind.PAYBACK,
        same ? Status.PASS : Status.FINDING,
        p.origin().locate("stated." + Figure.PAYBACK_YEARS.key()),
        p.id(),
        Figure.PAYBACK_YEARS,
        null,
        (long) stated,
        computed.isYears() ? (long) computed.years() : null,
        RULE,
        new CheckResult.Detail(0, null, List.of(), computed, p.lastYear()));
  }
}
