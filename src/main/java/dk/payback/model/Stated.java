package dk.payback.model;

/**
 * The subtotals and payback exactly as the source prints them. Each may be null where the source
 * prints no such row; {@code check} compares them with what the lines add up to.
 */
public record Stated(
    Amounts permanentTotal, Amounts implementationTotal, Amounts netImpact, Integer paybackYears) {

  public static Stated none() {
    return new Stated(null, null, null, null);
  }
}
