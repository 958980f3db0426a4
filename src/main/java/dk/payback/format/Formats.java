package dk.payback.format;

import dk.payback.view.Cell;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.OverviewView;
import dk.payback.view.SensitivityView;
import dk.payback.view.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * What the formats that lay out tables for people (Markdown, HTML, Excel) put in the same place
 * alike.
 */
final class Formats {

  private Formats() {}

  /** Whether a view of the document holds amounts, which the unit and the sign note are about. */
  static boolean hasAmounts(Document d) {
    return d.views().stream().anyMatch(v -> !(v instanceof FindingsView));
  }

  /**
   * "1." for the overview's first row; "" for a total, or a proposal the overview does not list.
   */
  static String rowNumber(OverviewView.Row r) {
    return r.number() == 0 ? "" : r.number() + ".";
  }

  static String page(OverviewView.Row r) {
    return r.page() == null ? "" : String.valueOf(r.page());
  }

  /**
   * Notes whose lines break where a terminal's would, each on one line: a report lets them flow.
   */
  static List<String> flowed(List<String> notes) {
    return notes.stream().map(Words::oneLine).toList();
  }

  /**
   * The lines under the sensitivity's heading: its lead, what the columns are, and of what it is.
   */
  static List<String> intro(SensitivityView v) {
    List<String> lines = new ArrayList<>();
    lines.add(v.lead());
    lines.addAll(flowed(v.intro()));
    if (v.asRead() != null) {
      lines.add(v.asRead());
    }
    return lines;
  }

  /**
   * The lines a diff opens with: what was compared, the counts of proposals and of findings, then
   * that nothing changed or how the present values were taken.
   */
  static List<String> intro(DiffView v) {
    List<String> lines = new ArrayList<>(List.of(v.sides(), v.count(), v.findingsCount()));
    lines.add(v.sections().isEmpty() ? v.words().noChanges() : v.presentValues());
    return lines;
  }

  /** The lines under the findings' heading: what was checked, of what, and the count. */
  static List<String> intro(FindingsView v) {
    List<String> lines = new ArrayList<>();
    lines.add(v.words().findingsIntro());
    if (v.ofSource() != null) {
      lines.add(v.ofSource());
    }
    lines.add(v.count());
    return lines;
  }

  /** A finding's cells in the order of {@link FindingsView#headers()}. */
  static List<Cell> findingRow(FindingsView.Item i) {
    return List.of(
        Cell.text(i.result().location().toString()),
        Cell.text(i.result().subject()),
        Cell.text(i.figure()),
        Cell.text(i.year()),
        i.stated(),
        i.computed(),
        i.difference(),
        Cell.text(i.basis()));
  }
}
