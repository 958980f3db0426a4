package dk.payback.view;

/**
 * One view of the figures, as plain data: what a table, a paragraph or a record of the output
 * holds, every figure computed and every word in the document's language. Formats lay views out and
 * escape their text; they compute nothing and decide nothing. A new kind of view is a compile error
 * in every format until each one shows it (or says it cannot).
 */
public sealed interface View
    permits OverviewView,
        BudgetView,
        ProposalView,
        SensitivityView,
        FindingsView,
        DiffView,
        TrackView {

  <R> R accept(Visitor<R> visitor);

  /** What a format does with each kind of view. */
  interface Visitor<R> {
    R overview(OverviewView view);

    R budget(BudgetView view);

    R proposal(ProposalView view);

    R sensitivity(SensitivityView view);

    R findings(FindingsView view);

    R diff(DiffView view);

    R track(TrackView view);
  }
}
