package dk.payback.report;

/**
 * One part of a report. Every format shows the sections in the report's order; a renderer handles
 * each kind through {@link Report#forEach} (or a {@link Visitor}), so that a new kind of section
 * is a compile error in every renderer until each one shows it.
 */
public sealed interface Section permits OverviewSection, SensitivitySection, ProposalSection, FindingsSection {

  <R> R accept(Visitor<R> visitor);

  /** What a renderer does with each kind of section. */
  interface Visitor<R> {
    R overview(OverviewSection overview);

    R sensitivity(SensitivitySection sensitivity);

    R proposal(ProposalSection proposal);

    R findings(FindingsSection findings);
  }
}
