package dk.payback.model;

/**
 * A proposal the source lists in its overview but prints no template for (confidential, or treated
 * separately): only the overview's investment for the whole period and savings per year are known.
 */
public record SummaryOnly(String reason, long investment, Amounts savings) {}
