package dk.payback.view;

import dk.payback.calc.Budget;
import dk.payback.model.ProposalType;

/** The words of the budget per styringsområde. */
public final class BudgetWords extends Words {

  private BudgetWords(Lang lang) {
    super(lang);
  }

  public static BudgetWords of(Lang lang) {
    return new BudgetWords(lang);
  }

  public String budgetHeading() {
    return t("Budgetkonsekvens pr. styringsområde", "Budget consequence by budget area");
  }

  public String budgetSheet() {
    return t("Budget", "Budget");
  }

  /** A section's heading. */
  public String section(ProposalType type) {
    return type == ProposalType.INNOVATION
        ? t("Innovationsforslag", "Innovation proposals")
        : t("Investeringsforslag", "Investment proposals");
  }

  public String areaColumn() {
    return t("Styringsområde", "Budget area");
  }

  /** An area's row: the area's name, or what the row holds besides the areas. */
  public String heading(Budget.Heading heading) {
    return switch (heading) {
      case UNASSIGNED -> t("Uden styringsområde", "No budget area");
      case SUMMARY_ONLY -> t("Kun oversigtstal", "Overview figures only");
      default -> area(heading.area());
    };
  }

  public String totalAll() {
    return t("I ALT (alle forslag)", "TOTAL (all proposals)");
  }

  /**
   * Under the workbook's budget: its sums are live; the figures they add up have no plain formula
   * over the proposals' lines, so they are fixed.
   *
   * @param byProposal whether the areas' rows add up the proposals' shares beneath them
   */
  public String workbookSums(boolean byProposal) {
    String fixed =
        t(
            " er beregnet af payback og er faste tal, som ikke følger en ændring i forslagenes ark.",
            " were computed by payback and are fixed figures that do not follow a change in the"
                + " proposals' sheets.");
    return byProposal
        ? t(
                "Områdernes rækker og I ALT er formler over de rækker, de lægger sammen;"
                    + " forslagenes andele",
                "The areas' rows and TOTAL are formulas over the rows they add up; the proposals'"
                    + " shares")
            + fixed
        : t(
                "I ALT-rækkerne er formler over rækkerne ovenfor; områdernes tal",
                "The TOTAL rows are formulas over the rows above; the areas' figures")
            + fixed;
  }

  /** The total of all proposals where the filters leave some out. */
  public String shownTotalAll(int shown, int of) {
    return t(
        "I ALT (" + shown + " af " + of + " forslag)",
        "TOTAL (" + shown + " of " + of + " proposals)");
  }

  /** In place of the table, where the filters keep no proposal. */
  public String nothingShown() {
    return t(
        "Intet forslag passer til filtrene: der er intet at lægge sammen.",
        "No proposal matches the filters: there is nothing to add up.");
  }

  // The legends are one paragraph each, which the text format wraps at the terminal's width.
  public String legendSummaryOnly() {
    return t(
        "Kun oversigtstal: forslag uden tabel 1.1; investeringen placeret i periodens første år,"
            + " besparelserne som i oversigten",
        "Overview figures only: proposals without a table 1.1; the investment placed in the"
            + " period's first year, the savings as in the overview");
  }

  public String legendTotals() {
    return t(
        "I ALT er forslagenes samlede økonomiske påvirkning, summen af linjerne: ikke oversigtens"
            + " trykte tal, hvor de afviger",
        "The totals are the proposals' net impact, the sum of their lines: not the overview's"
            + " printed figures, where those differ");
  }
}
