package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.format.TextFormat;
import dk.payback.view.Documents;
import dk.payback.view.Selection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Print the overview (\"Bilag 1\"): one row per proposal, with totals.",
    footer = {
      "",
      "Example:  payback summary cases",
      "          payback summary --lang en cases/HA02.yaml cases/BU07.yaml",
      "          payback summary --npv --savings-factor 0.9 --delay 1",
      "          payback summary --only 'BU*' --sort payback",
      "          payback summary --by centre --risk middel"
    })
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LayoutOptions layout;

  @Mixin ScenarioOptions scenario;

  @Mixin NpvOptions npv;

  @Mixin FilterOptions filter;

  @Mixin OrderOptions order;

  @Mixin CasesOption cases;

  @Override
  public Integer call() {
    Analysis analysis = Inputs.analyse(cases.paths(), spec);
    var selection = order.applyTo(filter.selection(analysis, spec.commandLine().getErr()));
    // Rows in order of their present value show it.
    boolean presentValues = npv.active() || selection.sort() == Selection.Sort.NPV;
    var document =
        Documents.summary(
            analysis,
            scenario.scenario(),
            presentValues ? npv.discounting() : null,
            selection,
            layout.language.lang);
    spec.commandLine().getOut().print(new TextFormat(layout.formatOptions()).text(document));
    return ExitCode.OK;
  }
}
