package dk.payback.model;

/**
 * One line of table 1.1: a permanent change or an implementation cost. {@code area} may be null.
 */
public record Line(String text, Area area, Amounts amounts) {}
