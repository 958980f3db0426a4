package dk.payback.check.render;

import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import java.util.List;

/**
 * GitHub Actions workflow commands: an {@code ::error} annotation per finding, so that a pull request
 * shows each on its line; verbose adds a {@code ::notice} per figure within the tolerance and a plain
 * log line per check that passed.
 */
final class GithubRenderer implements CheckRenderer {

  @Override
  public String render(CheckReport report, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    for (CheckResult r : report.results()) {
      switch (r.status()) {
        case FINDING -> sb.append(command("error", r.location(), r.title(), dk.payback.view.FindingsWords.of(dk.payback.view.Lang.EN).message(r)));
        case WITHIN_TOLERANCE -> {
          if (verbose) {
            sb.append(command("notice", r.location(), r.title() + " (within tolerance)", dk.payback.view.FindingsWords.of(dk.payback.view.Lang.EN).message(r)));
          }
        }
        case PASS -> {
          if (verbose) {
            sb.append(TextRenderer.line(r)).append('\n');
          }
        }
      }
    }
    sb.append(TextRenderer.countLine(report)).append('\n');
    return sb.toString();
  }

  @Override
  public String invalid(List<Diagnostic> errors, int files, long tolerance) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : errors) {
      sb.append(command("error", d.location(), "invalid input", d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")")));
    }
    sb.append(TextRenderer.invalidLine(errors)).append('\n');
    return sb.toString();
  }

  static String command(String level, Location at, String title, String message) {
    return "::" + level
        + " file=" + property(at.file())
        + ",line=" + at.line()
        + ",col=" + at.column()
        + ",title=" + property(title)
        + "::" + data(message) + "\n";
  }

  /** A message: GitHub reads %, CR and LF as escapes and line ends. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as a message, and ':' and ',' would end the property. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
