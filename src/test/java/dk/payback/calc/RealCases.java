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

  /** A proposal of one permanent line and one implementation line over the given years. */
  static Proposal madeUp(List<Integer> years, Map<Integer, Long> permanent, Map<Integer, Long> implementation) {
    return new Proposal("XX01", ProposalType.INVESTMENT, "Made up", null, null, null, null, years,
        List.of(new Line("Saving", null, Amounts.of(permanent))),
        List.of(new Line("Cost", null, Amounts.of(implementation))),
        Stated.none(), null, List.of(), Origin.ofFile("made-up.yaml"));
  }
}
