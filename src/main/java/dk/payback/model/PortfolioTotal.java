package dk.payback.model;

/** An "I ALT" row of the overview as printed. */
public record PortfolioTotal(String label, long investment, Amounts savings) {}
