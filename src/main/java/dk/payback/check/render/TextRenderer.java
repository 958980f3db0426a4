package dk.payback.check.render;

import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Status;
import dk.payback.model.Diagnostic;
import java.util.List;

/**
 * Compiler style, one line per finding, then one count line; silent about what balanced unless
 * verbose.
 */
final class TextRenderer implements CheckRenderer {

  @Override
  public String render(CheckReport report, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    for (CheckResult r : report.results()) {
      if (r.isFinding() || verbose) {
        sb.append(line(r)).append('\n');
      }
    }
    sb.append(countLine(report)).append('\n');
    return sb.toString();
  }

  @Override
  public String invalid(List<Diagnostic> errors, int files, long tolerance) {
    StringBuilder sb = new StringBuilder();
    errors.forEach(d -> sb.append(d.format()).append('\n'));
    sb.append(invalidLine(errors)).append('\n');
    return sb.toString();
  }

  /** {@code cases/BU03.yaml:41:30: net impact 2019: stated -3279, computed -3280 (lines sum)} */
  static String line(CheckResult r) {
    String status = switch (r.status()) {
      case FINDING -> "";
      case PASS -> "ok: ";
      case WITHIN_TOLERANCE -> "within tolerance: ";
    };
    return r.location() + ": " + status + dk.payback.view.FindingsWords.of(dk.payback.view.Lang.EN).message(r);
  }

  /** "412 checks in 20 files: 9 findings in 3 files" and the like. */
  static String countLine(CheckReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append(plural(report.results().size(), "check")).append(" in ").append(plural(report.files(), "file"));
    long findings = report.count(Status.FINDING);
    if (findings == 0) {
      sb.append(": all balance");
    } else {
      sb.append(": ").append(plural(findings, "finding")).append(" in ").append(plural(report.filesWithFindings(), "file"));
    }
    if (report.tolerance() > 0) {
      sb.append("; ").append(report.count(Status.WITHIN_TOLERANCE)).append(" within tolerance ").append(report.tolerance());
    }
    return sb.toString();
  }

  static String invalidLine(List<Diagnostic> errors) {
    long files = errors.stream().map(d -> d.location().file()).distinct().count();
    return plural(errors.size(), "error") + " in " + plural(files, "file") + "; nothing was checked";
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
