package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.calc.Overview;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.Scenario;
import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.render.AppraisalText;
import dk.payback.render.RenderOptions;
import dk.payback.render.SummaryTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Print the overview (\"Bilag 1\"): one row per proposal, with totals.",
    footer = {"", "Example:  payback summary cases", "          payback summary --lang en cases/HA02.yaml cases/BU07.yaml",
      "          payback summary --npv --savings-factor 0.9 --delay 1"})
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Mixin ScenarioOptions scenario;

  @Mixin NpvOptions npv;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Case files or folders (read recursively). Default: cases")
  List<Path> paths;

  @Override
  public Integer call() {
    Analysis analysis = Inputs.analyse(paths);
    Scenario s = scenario.scenario();
    Overview overview = analysis.overview(s);
    PortfolioAppraisal appraisal = npv.active() ? analysis.appraisal(s, npv.discounting()) : null;
    RenderOptions options = output.toRenderOptions();
    spec.commandLine().getOut().print(AppraisalText.scenarioHeader(s, options.labels()));
    spec.commandLine().getOut().print(SummaryTable.render(overview, options, appraisal));
    return ExitCode.OK;
  }
}
