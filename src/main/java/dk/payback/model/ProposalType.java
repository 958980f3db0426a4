package dk.payback.model;

import java.util.Optional;

public enum ProposalType {
  INVESTMENT("investment"),
  INNOVATION("innovation");

  private final String key;

  ProposalType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<ProposalType> fromKey(String key) {
    for (ProposalType t : values()) {
      if (t.key.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
