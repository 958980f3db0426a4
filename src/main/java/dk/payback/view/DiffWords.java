package dk.payback.view;

import dk.payback.check.ChangeStatus;
import dk.payback.check.FailOn;
import dk.payback.check.Figure;
import dk.payback.check.LineChange;
import dk.payback.check.Revision;
import dk.payback.model.ProposalType;

/** The words of a diff: what changed between two versions of the cases. */
public final class DiffWords extends Words {

  private DiffWords(Lang lang) {
    super(lang);
  }

  public static DiffWords of(Lang lang) {
    return new DiffWords(lang);
  }

  public String heading() {
    return t("Ændringer i forslagene", "Changes to the proposals");
  }

  /** The workbook's first sheet: the counts and a row per proposal. */
  public String summarySheet() {
    return t("Ændringer", "Changes");
  }

  /** The workbook's sheet of every figure, a row per figure and year. */
  public String figuresSheet() {
    return t("Tal", "Figures");
  }

  public String sides(String before, String after) {
    return t("Før: " + before + " · efter: " + after, "Before: " + before + " · after: " + after);
  }

  public String before() {
    return t("Før", "Before");
  }

  public String after() {
    return t("Efter", "After");
  }

  public String difference() {
    return t("Forskel", "Difference");
  }

  public String status() {
    return t("Status", "Status");
  }

  public String status(ChangeStatus s) {
    return switch (s) {
      case ADDED -> t("ny", "added");
      case REMOVED -> t("trukket tilbage", "withdrawn");
      case CHANGED -> t("ændret", "changed");
      case RENAMED -> t("omdøbt", "renamed");
      case UNCHANGED -> t("uændret", "unchanged");
    };
  }

  /** A line's change, in the lines table: "ny linje", "fjernet", "ændret", "omdøbt". */
  public String lineStatus(ChangeStatus s) {
    return switch (s) {
      case ADDED -> t("ny linje", "added");
      case REMOVED -> t("fjernet", "removed");
      default -> status(s);
    };
  }

  /** "ændret: 2, nye: 1, trukket tilbage: 1, uændrede: 16 (19 forslag før, 20 efter)". */
  public String count(Revision r, int before, int after) {
    return t(
        "ændret: "
            + r.count(ChangeStatus.CHANGED)
            + ", nye: "
            + r.count(ChangeStatus.ADDED)
            + ", trukket tilbage: "
            + r.count(ChangeStatus.REMOVED)
            + ", uændrede: "
            + r.count(ChangeStatus.UNCHANGED)
            + " ("
            + before
            + " forslag før, "
            + after
            + " efter)",
        "changed: "
            + r.count(ChangeStatus.CHANGED)
            + ", added: "
            + r.count(ChangeStatus.ADDED)
            + ", withdrawn: "
            + r.count(ChangeStatus.REMOVED)
            + ", unchanged: "
            + r.count(ChangeStatus.UNCHANGED)
            + " ("
            + before
            + " proposals before, "
            + after
            + " after)");
  }

  /** "Afvigelser fra check: 9 før, 10 efter (2 nye, 1 løst)". */
  public String findingsCount(Revision r, long appeared, long disappeared) {
    return t(
        "Afvigelser fra check: "
            + r.findingsBefore()
            + " før, "
            + r.findingsAfter()
            + " efter ("
            + appeared
            + " nye, "
            + disappeared
            + " løst)",
        "Findings of check: "
            + r.findingsBefore()
            + " before, "
            + r.findingsAfter()
            + " after ("
            + appeared
            + " new, "
            + disappeared
            + " resolved)");
  }

  public String noChanges() {
    return t("Ingen ændringer.", "No changes.");
  }

  /** The summary table's headings, each on two lines in a terminal. */
  public java.util.List<String> summaryHeaders() {
    String before = t("før", "before");
    String after = t("efter", "after");
    return java.util.List.of(
        proposal(),
        status(),
        investment() + "\n" + before,
        investment() + "\n" + after,
        difference(),
        paybackShort() + "\n" + before,
        paybackShort() + "\n" + after,
        t("Nutidsværdi\nforskel", "NPV\ndifference"),
        t("Afvig-\nelser", "Findings"));
  }

  public String paybackShort() {
    return t("Tilbage-\nbetaling", "Payback");
  }

  public String figures() {
    return t("Nøgletal", "Key figures");
  }

  public String lines() {
    return t("Linjer", "Lines");
  }

  public String line() {
    return t("Linje", "Line");
  }

  public String section() {
    return t("Afsnit", "Section");
  }

  public String year() {
    return t("År", "Year");
  }

  public String figure() {
    return t("Tal", "Figure");
  }

  public String statedFigures() {
    return t("Oplyste tal, der er ændret", "Stated figures that changed");
  }

  /** A stated figure's name, as the proposal's type calls its implementation costs. */
  public String stated(Figure f, ProposalType type) {
    return switch (f) {
      case PERMANENT_TOTAL -> permanentTotal();
      case IMPLEMENTATION_TOTAL -> implementationTotal(type);
      case NET_IMPACT -> netImpact();
      case PAYBACK_YEARS -> paybackHeading();
      case INVESTMENT -> investment();
      case SAVINGS -> savings();
    };
  }

  public String statedPayback() {
    return t("Tilbagebetalingstid (oplyst)", "Payback (stated)");
  }

  /** The line's text, and for a renamed line its old text too. */
  public String lineText(LineChange c) {
    return c.status() == ChangeStatus.RENAMED
        ? c.after().text() + t(" (før: ", " (was: ") + c.before().text() + ")"
        : c.text();
  }

  public String title(String before, String after) {
    return t("Titel ændret: ", "Title changed: ") + before + " → " + after;
  }

  public String appeared(String line) {
    return t("Ny afvigelse: ", "New finding: ") + line;
  }

  public String disappeared(String line) {
    return t("Løst afvigelse: ", "Resolved finding: ") + line;
  }

  public String overviewHeading() {
    return t("Oversigten (Bilag 1)", "The overview (Bilag 1)");
  }

  public String totals() {
    return t("I ALT, beregnet af forslagene", "TOTAL, computed from the proposals");
  }

  public String row() {
    return t("Række", "Row");
  }

  public String printedOverview() {
    return t(
        "Oversigtens trykte tal, der er ændret", "The overview's printed figures that changed");
  }

  public String total(ProposalType type) {
    return type == ProposalType.INNOVATION ? totalInnovation() : totalInvestment();
  }

  public String proposalCount() {
    return t("Antal forslag", "Number of proposals");
  }

  public String savingsYear(int year) {
    return savings() + " " + year;
  }

  public String implementationTotalYear(int year, ProposalType type) {
    return implementationTotal(type) + " " + year;
  }

  public String netImpactYear(int year) {
    return netImpact() + " " + year;
  }

  public String section(boolean permanent, ProposalType type) {
    return permanent ? permanent() : implementation(type);
  }

  public String npvWith(dk.payback.calc.Discounting d) {
    return t(
        "Nutidsværdier ved "
            + rate(d.rate())
            + ", sidste års varige ændring i "
            + d.horizon()
            + " år mere.",
        "Present values at "
            + rate(d.rate())
            + ", the last year's permanent total for "
            + d.horizon()
            + " more years.");
  }

  public String breach(FailOn f, String subject) {
    return t("Betingelse opfyldt: ", "Condition holds: ") + f + " (" + subject + ")";
  }

  /** A difference in years with its sign: "+2 år", "-1 år", "0". */
  public String yearsDelta(int value) {
    return value == 0 ? "0" : (value > 0 ? "+" : "") + years(value);
  }

  /** A difference with its sign: "+1.000", "-500", "0". */
  public String delta(long value) {
    return value > 0 ? "+" + amount(value) : amount(value);
  }
}
