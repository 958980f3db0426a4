package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.format.TextFormat;
import dk.payback.model.PaybackException;
import dk.payback.view.Documents;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print proposals' table 1.1 with the cumulative row and the payback.",
    footer = {
      "",
      "Example:  payback show HA02 BU07",
      "          payback show mine/XY01.yaml",
      "          payback show --lang en --cases my-cases TV01",
      "          payback show --npv --discount-rate 4 --savings-factor 0.75 HA02"
    })
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LayoutOptions layout;

  @Mixin ScenarioOptions scenario;

  @Mixin NpvOptions npv;

  @Mixin ProposalArguments proposals;

  @Override
  public Integer call() {
    if (proposals.ids().isEmpty() && proposals.paths().isEmpty()) {
      throw PaybackException.usage("missing proposal: give an ID such as HA02, or a case file");
    }
    Analysis analysis = Inputs.analyse(proposals.paths(), spec);
    var document =
        Documents.show(
            analysis,
            proposals.find(analysis),
            scenario.scenario(),
            npv.active() ? npv.discounting() : null,
            layout.language.lang);
    spec.commandLine().getOut().print(new TextFormat(layout.formatOptions()).text(document));
    return ExitCode.OK;
  }
}
