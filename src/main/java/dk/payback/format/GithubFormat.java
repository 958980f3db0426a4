package dk.payback.format;

import dk.payback.check.ChangeStatus;
import dk.payback.check.CheckResult;
import dk.payback.check.LineChange;
import dk.payback.check.ProposalRevision;
import dk.payback.check.StatedChange;
import dk.payback.model.Amounts;
import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import dk.payback.model.ProposalType;
import dk.payback.view.Cell;
import dk.payback.view.DiffView;
import dk.payback.view.DiffWords;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands: for a diff, a {@code ::notice} at each change (see {@link
 * #diff}); otherwise an {@code ::error} annotation per finding, so that a pull request shows each
 * on its line; verbose adds a {@code ::notice} per figure within the tolerance and a plain log line
 * per check that passed; then the count line as a {@code ::notice}. Only the findings have a layout
 * and the diff here.
 *
 * <p>The runner reads every line of the log for commands, so every line printed goes through {@link
 * #data}, {@link #property} or {@link #plain}: none can break a line or start a command of its own.
 */
public final class GithubFormat implements Format.Text {

  public GithubFormat() {}

  @Override
  public String text(Document document) {
    if (document.views().size() == 1 && document.views().get(0) instanceof DiffView diff) {
      return diff(diff);
    }
    return FindingsOnly.text(document, "github", GithubFormat::findings);
  }

  /**
   * A diff: a {@code ::notice} at each changed line, stated figure and new finding of the new
   * files, and at the ID of each added or changed proposal with its summary; a withdrawn proposal,
   * which has no new file, is a plain log line; then the counts and the conditions that hold.
   */
  private static String diff(DiffView v) {
    DiffWords w = v.words();
    StringBuilder sb = new StringBuilder();
    List<String> headers = v.summary().headers();
    int row = 0;
    for (DiffView.Section s : v.sections()) {
      ProposalRevision p = s.proposal();
      if (p == null) {
        continue;
      }
      List<Cell> cells = v.summary().rows().get(row++);
      List<String> parts = new ArrayList<>();
      for (int c = 2; c < cells.size(); c++) {
        if (!cells.get(c).text().isEmpty()) {
          parts.add(Words.oneLine(headers.get(c)) + ": " + cells.get(c).text());
        }
      }
      String summary = s.heading() + ": " + String.join("; ", parts);
      if (p.after() == null) {
        sb.append(plain(summary)).append('\n');
        continue;
      }
      sb.append(command("notice", p.at(), p.id() + " " + w.status(p.status()), summary));
      for (LineChange c : p.lines()) {
        Location at = c.status() == ChangeStatus.REMOVED ? p.at() : c.at();
        sb.append(command("notice", at, p.id() + " " + w.lineStatus(c.status()), line(c, w)));
      }
      for (StatedChange c : p.stated()) {
        if (c.after() != null || c.before() != null) {
          Location at = c.after() == null ? p.at() : c.at();
          ProposalType type = p.proposal().type();
          sb.append(
              command("notice", at, p.id() + " " + w.stated(c.figure(), type), stated(c, type, w)));
        }
      }
      for (CheckResult f : p.appeared()) {
        sb.append(command("notice", f.location(), f.title(), w.appeared(v.message(f))));
      }
    }
    for (StatedChange c : v.revision().overview()) {
      if (c.after() != null) {
        sb.append(
            command(
                "notice",
                c.at(),
                c.subject() + " " + w.stated(c.figure(), ProposalType.INVESTMENT),
                stated(c, ProposalType.INVESTMENT, w)));
      }
    }
    for (CheckResult f : v.revision().appeared()) {
      sb.append(command("notice", f.location(), f.title(), w.appeared(v.message(f))));
    }
    sb.append(plain(v.count())).append('\n');
    sb.append(plain(v.findingsCount())).append('\n');
    v.breaches().forEach(b -> sb.append(plain(b)).append('\n'));
    return sb.toString();
  }

  /** "ændret: Udvikling af nye arbejdsgange: 2019 1.000 → 0; 2020 → 1.000". */
  private static String line(LineChange c, DiffWords w) {
    Amounts b = c.amountsBefore();
    Amounts a = c.amountsAfter();
    List<String> years = new ArrayList<>();
    for (int y : c.changedYears()) {
      years.add(y + ": " + amount(b, y, w) + " → " + amount(a, y, w));
    }
    return w.lineStatus(c.status())
        + ": "
        + w.lineText(c)
        + (years.isEmpty() ? "" : ": " + String.join("; ", years));
  }

  private static String amount(Amounts a, int year, DiffWords w) {
    return a.has(year) ? w.amount(a.valueOr0(year)) : "–";
  }

  private static String stated(StatedChange c, ProposalType type, DiffWords w) {
    return w.stated(c.figure(), type)
        + (c.year() == null ? "" : " " + c.year())
        + ": "
        + (c.before() == null ? "–" : w.amount(c.before()))
        + " → "
        + (c.after() == null ? "–" : w.amount(c.after()));
  }

  private static String findings(FindingsView view) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : view.errors()) {
      sb.append(
          command(
              "error",
              d.location(),
              "invalid input",
              d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")")));
    }
    for (FindingsView.Item item : view.items()) {
      switch (item.result().status()) {
        case FINDING ->
            sb.append(
                command("error", item.result().location(), item.result().title(), item.message()));
        case WITHIN_TOLERANCE -> {
          if (view.verbose()) {
            sb.append(
                command(
                    "notice",
                    item.result().location(),
                    item.result().title() + " (within tolerance)",
                    item.message()));
          }
        }
        case PASS -> {
          if (view.verbose()) {
            sb.append(plain(item.line())).append('\n');
          }
        }
      }
    }
    for (FindingsView.Notice n : view.warnings()) {
      var w = n.warning();
      sb.append(
          command(
              view.strict() ? "error" : "warning",
              w.location(),
              w.subject() + " " + w.kind().key(),
              n.message()));
    }
    // A notice, so that the workflow run's summary shows the counts, not only its log.
    sb.append("::notice title=payback check::").append(data(view.count())).append('\n');
    return sb.toString();
  }

  static String command(String level, Location at, String title, String message) {
    return "::"
        + level
        + " file="
        + property(at.file())
        // A folder has no line: GitHub then annotates the path alone.
        + (at.hasPlace() ? ",line=" + at.line() + ",col=" + at.column() : "")
        + ",title="
        + property(title)
        + "::"
        + data(message)
        + "\n";
  }

  /**
   * A message: GitHub reads %, CR and LF as escapes and line ends, so they are escaped ('%' first,
   * or the escapes themselves would be escaped again). The runner also takes "##[" anywhere in a
   * line for a command of the older syntax. Other control characters, Unicode's line and paragraph
   * separators and the bidirectional overrides, which could hide or reorder what a reviewer reads,
   * become U+FFFD.
   */
  static String data(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '%' -> sb.append("%25");
        case '\r' -> sb.append("%0D");
        case '\n' -> sb.append("%0A");
        default -> sb.append(c != '\t' && hidden(c) ? '\uFFFD' : c);
      }
    }
    return sb.toString().replace("##[", "##%5B");
  }

  private static boolean hidden(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** A property value: as a message, and ':' and ',' would end the property. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * A line printed as it is, the runner's log showing it as written: escaped as a message, and a
   * "::" at its start (after any blanks, which the runner skips), from a file name, say, escaped
   * too, so that it cannot be read as a command.
   */
  static String plain(String line) {
    String s = data(line);
    int lead = 0;
    // Java's strip keeps a no-break space, which .NET's trim skips.
    while (lead < s.length()
        && (Character.isWhitespace(s.charAt(lead)) || Character.isSpaceChar(s.charAt(lead)))) {
      lead++;
    }
    return s.startsWith("::", lead) ? s.substring(0, lead) + "%3A%3A" + s.substring(lead + 2) : s;
  }
}
