package dk.payback.calc;

import dk.payback.model.Proposal;
import java.util.List;

/**
 * A present value or a scenario's figures past the range of exact amounts. It names the proposals
 * it was computed from, so that the message can point at the amount to mend, as the loader does for
 * a sum that does not fit.
 */
public final class TooLargeToAppraise extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  private final transient List<Proposal> proposals;

  TooLargeToAppraise(String message, List<Proposal> proposals, ArithmeticException cause) {
    super(message);
    this.proposals = List.copyOf(proposals);
    initCause(cause);
  }

  /** The proposals the figure was computed from; never empty. */
  public List<Proposal> proposals() {
    return proposals;
  }
}
