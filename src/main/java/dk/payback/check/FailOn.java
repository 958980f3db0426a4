package dk.payback.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A condition on a revision that fails a pipeline: {@code payback-increase}, {@code
 * investment-increase[=N|N%]}, {@code npv-decrease[=N]} or {@code new-findings}. Amounts are
 * thousands of kroner; without one, any change in that direction counts.
 *
 * @param limit how much the figure may change before the condition holds: thousands of kroner, or a
 *     percentage of the old figure; zero where none was given
 */
public record FailOn(Kind kind, BigDecimal limit, boolean percent) {

  public enum Kind {
    /** A proposal's payback gets longer, or becomes none. */
    PAYBACK_INCREASE("payback-increase"),
    /** A proposal's investment, or an "I ALT" row's, rises by more than the limit. */
    INVESTMENT_INCREASE("investment-increase"),
    /**
     * A proposal's present value is worth less by more than the limit: its net present value, which
     * is negative for a net saving, rises.
     */
    NPV_DECREASE("npv-decrease"),
    /** A finding of check that the old version did not have. */
    NEW_FINDINGS("new-findings");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Where a condition holds: a proposal's ID or a total's label. */
  public record Breach(FailOn condition, String subject) {}

  /**
   * Reads a condition as the command line writes it.
   *
   * @throws IllegalArgumentException saying what is wrong and what to write
   */
  public static FailOn parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    int eq = t.indexOf('=');
    String name = eq < 0 ? t : t.substring(0, eq);
    String value = eq < 0 ? null : t.substring(eq + 1).trim();
    for (Kind k : Kind.values()) {
      if (!k.key.equals(name)) {
        continue;
      }
      if (value == null) {
        return new FailOn(k, BigDecimal.ZERO, false);
      }
      boolean pct = value.endsWith("%");
      if (k == Kind.PAYBACK_INCREASE
          || k == Kind.NEW_FINDINGS
          || (pct && k != Kind.INVESTMENT_INCREASE)) {
        throw new IllegalArgumentException(
            "'"
                + text
                + "': "
                + k.key
                + " takes "
                + (k == Kind.NPV_DECREASE
                    ? "thousands of kroner, such as npv-decrease=1000"
                    : "no value"));
      }
      String digits = pct ? value.substring(0, value.length() - 1).trim() : value;
      try {
        BigDecimal limit = new BigDecimal(digits);
        if (limit.signum() < 0
            || (!pct && limit.scale() > 0 && limit.stripTrailingZeros().scale() > 0)) {
          throw new NumberFormatException();
        }
        return new FailOn(k, limit, pct);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "'"
                + text
                + "': the limit is a whole number of thousands of kroner"
                + (k == Kind.INVESTMENT_INCREASE
                    ? " or a percentage, such as investment-increase=10%"
                    : ", such as npv-decrease=1000"));
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is no condition: use payback-increase, investment-increase[=N or N%],"
            + " npv-decrease[=N] or new-findings");
  }

  /** Where the condition holds in the revision, in the order of its proposals, then the totals. */
  public List<Breach> breaches(Revision r) {
    List<Breach> out = new ArrayList<>();
    for (ProposalRevision p : r.proposals()) {
      boolean both = p.before() != null && p.after() != null;
      boolean holds =
          switch (kind) {
            case PAYBACK_INCREASE -> p.paybackLonger();
            case INVESTMENT_INCREASE -> both && rises(p.investmentBefore(), p.investmentAfter());
            case NPV_DECREASE -> both && beyond(p.npvDifference(), 0);
            case NEW_FINDINGS -> !p.appeared().isEmpty();
          };
      if (holds) {
        out.add(new Breach(this, p.id()));
      }
    }
    if (kind == Kind.INVESTMENT_INCREASE) {
      for (TotalRevision t : List.of(r.investment(), r.innovation())) {
        if (rises(t.before().investment(), t.after().investment())) {
          out.add(new Breach(this, t.type().key()));
        }
      }
    }
    if (kind == Kind.NEW_FINDINGS) {
      r.appeared().forEach(f -> out.add(new Breach(this, f.subject())));
    }
    // Once per subject, however many of its findings are new.
    return out.stream().distinct().toList();
  }

  private boolean rises(long before, long after) {
    return beyond(Math.subtractExact(after, before), before);
  }

  /** Whether an increase passes the limit: in thousands, or in percent of {@code base}. */
  private boolean beyond(long increase, long base) {
    if (increase <= 0) {
      return false;
    }
    if (!percent) {
      return BigDecimal.valueOf(increase).compareTo(limit) > 0;
    }
    // From nothing, any increase is beyond every percentage.
    return base <= 0
        || BigDecimal.valueOf(increase)
                .multiply(BigDecimal.valueOf(100))
                .compareTo(limit.multiply(BigDecimal.valueOf(base)))
            > 0;
  }

  @Override
  public String toString() {
    if (limit.signum() == 0) {
      return kind.key;
    }
    return kind.key + "=" + limit.toPlainString() + (percent ? "%" : "");
  }
}
