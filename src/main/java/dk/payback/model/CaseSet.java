package dk.payback.model;

import java.util.List;
import java.util.Optional;

/** Everything read from the case files: the proposals, in file order, and the overview if any. */
public record CaseSet(List<Proposal> proposals, Portfolio portfolio) {

  public CaseSet {
    proposals = List.copyOf(proposals);
  }

  public Optional<Portfolio> overview() {
    return Optional.ofNullable(portfolio);
  }

  /**
   * The proposal whose ID is {@code id} without regard to case, as {@link Proposal#idKey} folds it.
   */
  public Optional<Proposal> find(String id) {
    String key = Proposal.idKey(id);
    return proposals.stream().filter(p -> Proposal.idKey(p.id()).equals(key)).findFirst();
  }
}
