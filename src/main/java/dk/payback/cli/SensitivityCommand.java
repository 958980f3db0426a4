package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.format.TextFormat;
import dk.payback.view.Documents;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description =
        "Print each proposal's payback, discounted payback and net present value with the savings at 100, 90,"
            + " 75 and 50 %%, or one or two years late, beside the proposal's own risk rating. Without an ID, every"
            + " proposal read, in the overview's order.",
    footer = {
      "",
      "Example:  payback sensitivity",
      "          payback sensitivity --discount-rate 4 HA02 BU09",
      "          payback sensitivity mine/"
    })
final class SensitivityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LayoutOptions layout;

  @Mixin DiscountOptions discount;

  @Mixin ProposalArguments proposals;

  @Override
  public Integer call() {
    Analysis analysis = Inputs.analyse(proposals.paths(), spec);
    var document =
        Documents.sensitivity(
            analysis, proposals.find(analysis), discount.discounting(), layout.language.lang);
    spec.commandLine().getOut().print(new TextFormat(layout.formatOptions()).text(document));
    return ExitCode.OK;
  }
}
