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

  public Optional<Proposal> find(String id) {
    return proposals.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
