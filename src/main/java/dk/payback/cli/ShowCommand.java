package dk.payback.cli;

import dk.payback.calc.Calculator;
import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.model.Proposal;
import dk.payback.render.ProposalTable;
import dk.payback.util.OneLine;
import dk.payback.util.Similar;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    footer = {"", "Example:  payback show HA02 BU07", "          payback show --lang en --cases my-cases TV01"})
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Proposal IDs, such as HA02 (case-insensitive).")
  List<String> ids;

  @Option(names = "--cases", paramLabel = "PATH", description = "Case files or folders to look in. Default: cases")
  List<Path> cases;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<LoadResult> loaded = Inputs.load(cases, err);
    if (loaded.isEmpty()) {
      return ExitCode.INVALID;
    }
    CaseSet set = loaded.get().cases();
    List<Proposal> found = new ArrayList<>();
    boolean unknown = false;
    for (String id : ids) {
      Optional<Proposal> p = set.find(id.toUpperCase(Locale.ROOT)).or(() -> set.find(id));
      if (p.isPresent()) {
        found.add(p.get());
        continue;
      }
      unknown = true;
      List<String> known = set.proposals().stream().map(Proposal::id).toList();
      List<String> near = Similar.closest(id, known, 3);
      err.println(OneLine.of(
          "payback: no proposal with ID '" + id + "'"
              + (near.isEmpty() ? "; the IDs are: " + String.join(", ", known.stream().sorted().toList())
                  : "; did you mean " + String.join(", ", near) + "?")));
    }
    if (unknown) {
      return ExitCode.INVALID;
    }
    for (int i = 0; i < found.size(); i++) {
      if (i > 0) {
        out.println();
      }
      out.print(ProposalTable.render(Calculator.calculate(found.get(i)), output.toRenderOptions()));
    }
    return ExitCode.OK;
  }
}
