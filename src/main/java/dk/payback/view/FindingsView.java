package dk.payback.view;

import dk.payback.check.CheckKind;
import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Figure;
import dk.payback.model.Diagnostic;
import java.util.List;

/**
 * What {@code check} finds: every check made with its message in the document's language, the
 * findings as rows of cells (where, what, the year, stated, computed, their difference, what the
 * computed figure comes from), and the count line. Or, where the input was invalid and nothing was
 * checked, the input errors.
 *
 * @param checks the checks made; null where the input was invalid
 * @param verbose whether the checks that balanced are shown too (formats that list checks)
 * @param items every check, in file and line order; in a report, the findings alone
 * @param count "19 forslag i 20 filer, 385 tal sammenholdt: 9 afvigelser i 3 filer, 0 advarsler"
 * @param errors the input errors where nothing was checked; empty otherwise
 * @param filesRead the number of case files read
 * @param ofSource a line saying the check is of the source's own figures where the document is
 *     under a scenario; null otherwise
 */
public record FindingsView(
    FindingsWords words,
    CheckReport checks,
    boolean verbose,
    List<Item> items,
    String count,
    List<Diagnostic> errors,
    int filesRead,
    long tolerance,
    String ofSource,
    List<Notice> warnings,
    boolean strict)
    implements View {

  /**
   * A warning: worth a look, no finding (unless {@code strict}).
   *
   * @param message the sentence saying what and how to mend it
   * @param line the warning as one line, compiler style
   */
  public record Notice(dk.payback.check.Warning warning, String message, String line) {}

  /**
   * One check, with its words made when a format asks for them: a check of thousands of proposals
   * makes hundreds of thousands of checks, and most formats print only the findings.
   */
  public record Item(CheckResult result, FindingsWords words) {

    public boolean isFinding() {
      return result.isFinding();
    }

    /** A total's check is about its label, which is no proposal's ID. */
    public boolean aboutTotal() {
      return result.kind() == CheckKind.TOTAL_VS_ROWS
          || result.kind() == CheckKind.TOTAL_VS_PROPOSALS;
    }

    /** The sentence saying what was compared and how it came out. */
    public String message() {
      return words.message(result);
    }

    /** The check as one line, compiler style: where, the outcome unless a finding, the message. */
    public String line() {
      return words.line(result);
    }

    /** What was compared, as the template names it. */
    public String figure() {
      return words.checkedFigure(result);
    }

    /** The year, or "" for a figure without a year. */
    public String year() {
      return result.year() == null ? "" : String.valueOf(result.year());
    }

    /** Empty for a check of ids. */
    public Cell stated() {
      return ids() ? Cell.EMPTY : cell(result.stated());
    }

    public Cell computed() {
      return ids() ? Cell.EMPTY : cell(result.computed());
    }

    public Cell difference() {
      return ids() || result.difference() == null ? Cell.EMPTY : cell(result.difference());
    }

    /** What the computed figure comes from, in words. */
    public String basis() {
      return words.checkBasis(result);
    }

    private boolean ids() {
      return result.figure() == null;
    }

    private Cell cell(Long value) {
      boolean years = result.figure() == Figure.PAYBACK_YEARS;
      if (value == null) {
        return Cell.text(years ? words.none() : words.blank());
      }
      if (years) {
        return Cell.text(words.years(Math.toIntExact(value)));
      }
      return Cell.amount(value, words);
    }
  }

  /**
   * Which of the finding rows' columns hold figures, to be right-aligned: year, stated, computed,
   * difference.
   */
  public static boolean isNumberColumn(int column) {
    return column >= 3 && column <= 6;
  }

  public FindingsView {
    items = List.copyOf(items);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.findings(this);
  }

  public boolean invalid() {
    return checks == null;
  }

  public List<Item> findings() {
    return items.stream().filter(Item::isFinding).toList();
  }

  /** The finding rows' column headings. */
  public List<String> headers() {
    FindingsWords w = words;
    return List.of(
        w.location(),
        w.subject(),
        w.figure(),
        w.year(),
        w.stated(),
        w.computed(),
        w.difference(),
        w.basis());
  }

  /** Every check made, for a format that lists them all (a test report) or asked to (verbose). */
  public static FindingsView of(CheckReport c, boolean verbose, boolean strict, Lang lang) {
    return of(c, verbose, strict, false, false, lang);
  }

  /**
   * The findings alone, and the count of every check: what a report shows, in which the checks that
   * balanced would be thousands of rows no one reads.
   *
   * @param underScenario whether the document's other figures are under a scenario
   */
  public static FindingsView findingsOf(CheckReport c, boolean underScenario, Lang lang) {
    return of(c, false, false, true, underScenario, lang);
  }

  private static FindingsView of(
      CheckReport c,
      boolean verbose,
      boolean strict,
      boolean findingsOnly,
      boolean underScenario,
      Lang lang) {
    FindingsWords w = FindingsWords.of(lang);
    String count = w.checkCount(c, strict);
    List<Notice> warnings =
        c.warnings().stream().map(x -> new Notice(x, w.message(x), w.line(x, strict))).toList();
    List<Item> items =
        c.results().stream()
            .filter(r -> !findingsOnly || r.isFinding())
            .map(r -> new Item(r, w))
            .toList();
    return new FindingsView(
        w,
        c,
        verbose,
        items,
        count,
        List.of(),
        c.files(),
        c.tolerance(),
        underScenario ? w.findingsOfSource() : null,
        warnings,
        strict);
  }

  /** Whether the check fails the gate: a finding, or a warning under --strict. */
  public boolean failsTheGate() {
    return checks != null && (!checks.balances() || (strict && !warnings.isEmpty()));
  }

  /** The view of a check that could not run: the input errors, every one. */
  public static FindingsView invalid(
      List<Diagnostic> errors, int filesRead, long tolerance, Lang lang) {
    FindingsWords w = FindingsWords.of(lang);
    return new FindingsView(
        w,
        null,
        false,
        List.of(),
        w.invalid(errors.size(), Diagnostic.inFiles(errors), Diagnostic.files(errors)),
        errors,
        filesRead,
        tolerance,
        null,
        List.of(),
        false);
  }
}
