package dk.payback.model;

/** One row of the overview as printed. {@code savings} is empty where the row prints "-". */
public record PortfolioRow(int number, String id, Integer page, long investment, Amounts savings) {}
