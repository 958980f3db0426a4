package dk.payback.cli;

import dk.payback.calc.Appraisal;
import dk.payback.calc.Analysis;
import dk.payback.calc.Scenario;
import dk.payback.check.CheckResult;
import dk.payback.check.Checker;
import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.model.Proposal;
import dk.payback.render.AppraisalText;
import dk.payback.render.ProposalTable;
import dk.payback.render.RenderOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print proposals' table 1.1 with the cumulative row and the payback.",
    footer = {"", "Example:  payback show HA02 BU07", "          payback show --lang en --cases my-cases TV01",
      "          payback show --npv --discount-rate 4 --savings-factor 0.75 HA02"})
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Mixin ScenarioOptions scenario;

  @Mixin NpvOptions npv;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Proposal IDs, such as HA02 (case-insensitive).")
  List<String> ids;

  @Option(names = "--cases", paramLabel = "PATH", description = "Case files or folders to look in. Default: cases")
  List<Path> cases;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Analysis analysis = Inputs.analyse(cases);
    CaseSet set = analysis.cases();
    Optional<List<Proposal>> found = ProposalLookup.find(set, ids, err);
    if (found.isEmpty()) {
      return ExitCode.INVALID;
    }
    RenderOptions options = output.toRenderOptions();
    Scenario s = scenario.scenario();
    out.print(AppraisalText.scenarioHeader(s, options.labels()));
    List<Proposal> proposals = found.get();
    for (int i = 0; i < proposals.size(); i++) {
      if (i > 0) {
        out.println();
      }
      Proposal p = proposals.get(i);
      if (npv.active()) {
        Appraisal a = analysis.appraisal(p, s, npv.discounting());
        out.print(ProposalTable.render(a.figures(), options, differences(analysis, p, s)));
        out.print(AppraisalText.proposal(a, options.labels()));
      } else {
        // Present values are only computed when asked for: they reach further than the table does.
        out.print(ProposalTable.render(analysis.figures(p, s), options, differences(analysis, p, s)));
      }
    }
    return ExitCode.OK;
  }

  /**
   * Where the source's printed subtotals differ from its lines. Under a scenario the lines are no longer
   * the source's, so there is nothing to compare; the stated payback is shown beside the computed one.
   */
  private static List<CheckResult> differences(Analysis analysis, Proposal p, Scenario s) {
    if (!s.isBase()) {
      return List.of();
    }
    return Checker.subtotalDifferences(analysis.figures(p));
  }
}
