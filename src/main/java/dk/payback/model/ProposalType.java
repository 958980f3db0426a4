package dk.payback.model;

import java.util.Optional;

public enum ProposalType implements Keyed {
  INVESTMENT("investment"),
  INNOVATION("innovation");

  private final String key;

  ProposalType(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  public static Optional<ProposalType> fromKey(String key) {
    return Keyed.byKey(ProposalType.class, key);
  }
}
