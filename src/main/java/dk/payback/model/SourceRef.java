package dk.payback.model;

/** Where in the source document a proposal or the overview is printed. {@code page} may be null. */
public record SourceRef(String document, Integer page) {}
