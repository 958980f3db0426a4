package dk.payback.check.render;

import dk.payback.check.CheckReport;
import dk.payback.model.Diagnostic;
import java.util.List;

/** Turns a check report into one output format. Renderers only format; they decide nothing. */
public interface CheckRenderer {

  /**
   * @param verbose also list the checks that passed or fell within the tolerance
   */
  String render(CheckReport report, boolean verbose);

  /**
   * The report when the input is invalid and nothing was checked.
   *
   * @param files the number of case files read
   */
  String invalid(List<Diagnostic> errors, int files, long tolerance);
}
