package dk.payback.view;

import dk.payback.calc.Analysis;
import dk.payback.calc.Appraisal;
import dk.payback.calc.Discounting;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Checker;
import dk.payback.model.Diagnostic;
import dk.payback.model.Proposal;
import dk.payback.util.InOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The document each command prints or writes, put together from the views over one analysis. */
public final class Documents {

  private Documents() {}

  /**
   * The overview, under a scenario.
   *
   * @param discounting how to take the rows' present values, or null for none
   */
  public static Document summary(
      Analysis analysis, Scenario scenario, Discounting discounting, Lang lang) {
    return summary(analysis, scenario, discounting, Selection.ALL, lang);
  }

  /**
   * The overview of the proposals selected, under a scenario.
   *
   * @param discounting how to take the rows' present values, or null for none
   */
  public static Document summary(
      Analysis analysis,
      Scenario scenario,
      Discounting discounting,
      Selection selection,
      Lang lang) {
    OverviewView overview = OverviewView.of(analysis, scenario, discounting, selection, lang);
    return new Document(
        overview.words(), overview.title(), scenario, discounting, List.of(overview));
  }

  /**
   * The budget per styringsområde of the cases as read.
   *
   * @param byProposal whether each area's row is followed by the proposals' shares of it
   */
  public static Document budget(Analysis analysis, boolean byProposal, Lang lang) {
    return budget(analysis, Selection.ALL, byProposal, lang);
  }

  /**
   * The budget per styringsområde of the proposals the selection's filters keep, as read.
   *
   * @param byProposal whether each area's row is followed by the proposals' shares of it
   */
  public static Document budget(
      Analysis analysis, Selection selection, boolean byProposal, Lang lang) {
    BudgetView budget = BudgetView.of(analysis, Scenario.BASE, selection, byProposal, lang);
    return new Document(
        budget.words(), analysis.overview().title(), Scenario.BASE, null, List.of(budget));
  }

  /**
   * Proposals' tables 1.1, in the order asked for.
   *
   * @param discounting how to take their present values, or null for none
   */
  public static Document show(
      Analysis analysis,
      List<Proposal> proposals,
      Scenario scenario,
      Discounting discounting,
      Lang lang) {
    List<View> views = new ArrayList<>();
    for (Proposal p : proposals) {
      views.add(
          ProposalInput.of(analysis, 0, p, scenario, discounting, Checker::subtotalDifferences)
              .view(lang));
    }
    return new Document(ProposalWords.of(lang), null, scenario, discounting, views);
  }

  /** The sensitivity grid of the proposals as read. */
  public static Document sensitivity(
      Analysis analysis, List<Proposal> proposals, Discounting discounting, Lang lang) {
    Sensitivity s = analysis.sensitivity(proposals, Sensitivity.STANDARD, discounting);
    return new Document(
        SensitivityWords.of(lang),
        null,
        Scenario.BASE,
        discounting,
        List.of(SensitivityView.of(s, false, lang)));
  }

  /**
   * Each proposal against what it has realised.
   *
   * @param asOf the last year to look at, or null for each proposal's own
   */
  public static Document track(
      Analysis analysis, Integer asOf, Discounting discounting, Lang lang) {
    TrackView view = TrackView.of(analysis.followUp(asOf, discounting), lang);
    return new Document(view.words(), view.title(), Scenario.BASE, discounting, List.of(view));
  }

  /** What check found. */
  public static Document check(CheckReport checks, boolean verbose, Lang lang) {
    return check(checks, verbose, false, lang);
  }

  /**
   * What check found.
   *
   * @param strict whether warnings count as findings
   */
  public static Document check(CheckReport checks, boolean verbose, boolean strict, Lang lang) {
    return new Document(
        FindingsWords.of(lang),
        null,
        Scenario.BASE,
        null,
        List.of(FindingsView.of(checks, verbose, strict, lang)));
  }

  /** What a change to the cases does. */
  public static Document diff(DiffView diff) {
    return new Document(
        diff.words(), diff.heading(), Scenario.BASE, diff.revision().discounting(), List.of(diff));
  }

  /** A check that could not run: every input error. */
  public static Document invalidCheck(
      List<Diagnostic> errors, int filesRead, long tolerance, Lang lang) {
    return new Document(
        FindingsWords.of(lang),
        null,
        Scenario.BASE,
        null,
        List.of(FindingsView.invalid(errors, filesRead, tolerance, lang)));
  }

  /**
   * The overview with present values, the budget per styringsområde, the sensitivity of each
   * proposal, each proposal in the overview's order, the follow-up where any proposal has realised
   * figures, then what check finds in the source's figures. The overview's and the proposals'
   * figures are under the scenario; the sensitivity grid starts from the cases as read, and the
   * findings are about the source's own figures, so both are of the cases as read, whatever the
   * scenario.
   */
  public static Document report(
      Analysis analysis,
      Scenario scenario,
      Discounting discounting,
      CheckReport checks,
      Lang lang) {
    return report(analysis, scenario, discounting, checks, Selection.ALL, lang);
  }

  /**
   * The report, its overview and its proposals' tables those of the proposals selected (the
   * overview in the order and with the subtotals asked for); the budget, the sensitivity and the
   * findings stay those of every proposal.
   */
  public static Document report(
      Analysis analysis,
      Scenario scenario,
      Discounting discounting,
      CheckReport checks,
      Selection selection,
      Lang lang) {
    boolean underScenario = !scenario.isBase();
    OverviewView overview = OverviewView.of(analysis, scenario, discounting, selection, lang);
    List<View> views = new ArrayList<>();
    views.add(overview);
    views.add(BudgetView.of(analysis, scenario, false, lang));
    List<Proposal> asRead = analysis.overview().proposals();
    Sensitivity s = analysis.sensitivity(asRead, Sensitivity.STANDARD, discounting);
    views.add(SensitivityView.of(s, underScenario, lang));
    // The figures and appraisals are looked up here, where the analysis lives; the tables are then
    // laid out on all cores, from those alone.
    // The footnotes are the check's own findings, as the check has made them already.
    Map<String, List<CheckResult>> differences = checks.subtotalDifferencesByFile();
    Function<ProposalFigures, List<CheckResult>> footnotes =
        f -> differences.getOrDefault(f.proposal().origin().file(), List.of());
    List<ProposalInput> shown =
        analysis.overview(scenario).rows().stream()
            .filter(row -> selection.shows(row.proposal()))
            .map(
                row ->
                    ProposalInput.of(
                        analysis, row.number(), row.proposal(), scenario, discounting, footnotes))
            .toList();
    views.addAll(InOrder.map(shown, input -> input.view(lang)));
    // Of the cases as read, like the findings: what was realised is no scenario's.
    if (analysis.cases().proposals().stream().anyMatch(Proposal::isFollowedUp)) {
      views.add(TrackView.of(analysis.followUp(null, discounting), lang));
    }
    views.add(FindingsView.findingsOf(checks, underScenario, lang));
    return new Document(overview.words(), overview.title(), scenario, discounting, views);
  }

  /** What one proposal's table is laid out from. */
  private record ProposalInput(
      int number, ProposalFigures figures, List<CheckResult> differences, Appraisal appraisal) {

    /**
     * @param differences its table's footnotes, from its figures as read
     */
    static ProposalInput of(
        Analysis analysis,
        int number,
        Proposal p,
        Scenario scenario,
        Discounting discounting,
        Function<ProposalFigures, List<CheckResult>> differences) {
      ProposalFigures figures = analysis.figures(p, scenario);
      return new ProposalInput(
          number,
          figures,
          // Under a scenario the lines are no longer the source's, so there is nothing to compare
          // them with.
          scenario.isBase() ? differences.apply(figures) : List.of(),
          discounting == null ? null : analysis.appraisal(p, scenario, discounting));
    }

    ProposalView view(Lang lang) {
      return ProposalView.of(number, figures, differences, appraisal, lang);
    }
  }
}
