package dk.payback.cli;

import dk.payback.model.CaseSet;
import dk.payback.model.Proposal;
import dk.payback.util.OneLine;
import dk.payback.util.Similar;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds proposals by ID, case-insensitively, with a "did you mean" for every ID that has none. */
final class ProposalLookup {

  private ProposalLookup() {}

  /** The proposals in the order asked for, or empty after naming every unknown ID on {@code err}. */
  static Optional<List<Proposal>> find(CaseSet set, List<String> ids, PrintWriter err) {
    List<Proposal> found = new ArrayList<>();
    boolean unknown = false;
    for (String id : ids) {
      Optional<Proposal> p = set.find(id);
      if (p.isPresent()) {
        found.add(p.get());
        continue;
      }
      unknown = true;
      List<String> known = set.proposals().stream().map(Proposal::id).toList();
      List<String> near = Similar.closest(id, known, 3);
      err.println(OneLine.of(
          "payback: no proposal with ID '" + id + "'"
              + (near.isEmpty() ? "; the IDs are: " + String.join(", ", known.stream().sorted().toList())
                  : "; did you mean " + String.join(", ", near) + "?")));
    }
    return unknown ? Optional.empty() : Optional.of(found);
  }
}
