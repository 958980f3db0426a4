package dk.payback.calc;

import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.CaseSet;
import dk.payback.model.Line;
import dk.payback.model.Origin;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Stated;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The real cases of cases/, read once, and small hand-made proposals for exact examples. */
final class RealCases {

  private static CaseSet cases;

  private RealCases() {}

  static synchronized CaseSet all() {
    if (cases == null) {
      LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
      if (!r.ok()) {
        throw new IllegalStateException("the real cases do not load: " + r.errors());
      }
      cases = r.cases();
    }
    return cases;
  }

  static Proposal get(String id) {
    return all().find(id).orElseThrow();
  }

  /** One proposal under a scenario, appraised on its own, as the analysis of a run appraises it. */
  static Appraisal appraise(Proposal p, Scenario s, Discounting d) {
    return Analysis.of(new CaseSet(List.of(p), null)).appraisal(p, s, d);
  }

  /** Every real proposal under a scenario, in file order, with the totals' present values. */
  static PortfolioAppraisal appraiseAll(Scenario s, Discounting d) {
    return Analysis.of(all()).appraisal(all().proposals(), s, d);
  }

  /** A proposal of one permanent line and one implementation line over the given years. */
  static Proposal madeUp(
      List<Integer> years, Map<Integer, Long> permanent, Map<Integer, Long> implementation) {
    return new Proposal(
        "XX01",
        ProposalType.INVESTMENT,
        "Made up",
        null,
        null,
        null,
        null,
        years,
        List.of(new Line("Saving", null, Amounts.of(permanent))),
        List.of(new Line("Cost", null, Amounts.of(implementation))),
        Stated.none(),
        null,
        null,
        List.of(),
        Origin.ofFile("made-up.yaml"));
  }
}
