package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.calc.Sensitivity;
import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.model.Proposal;
import dk.payback.render.SensitivityTable;
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
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description =
        "Print each proposal's payback, discounted payback and net present value with the savings at 100, 90,"
            + " 75 and 50 %%, or one or two years late, beside the proposal's own risk rating.",
    footer = {"", "Example:  payback sensitivity", "          payback sensitivity --discount-rate 4 HA02 BU09"})
final class SensitivityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Mixin DiscountOptions discount;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Proposal IDs, such as HA02. Default: every proposal, in the overview's order.")
  List<String> ids;

  @Option(names = "--cases", paramLabel = "PATH", description = "Case files or folders to look in. Default: cases")
  List<Path> cases;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Analysis analysis = Inputs.analyse(cases);
    CaseSet set = analysis.cases();
    Optional<List<Proposal>> proposals = ids == null || ids.isEmpty()
        ? Optional.of(analysis.overview().proposals())
        : ProposalLookup.find(set, ids, err);
    if (proposals.isEmpty()) {
      return ExitCode.INVALID;
    }
    Sensitivity s = analysis.sensitivity(proposals.get(), Sensitivity.STANDARD, discount.discounting());
    spec.commandLine().getOut().print(SensitivityTable.render(s, output.toRenderOptions()));
    return ExitCode.OK;
  }
}
