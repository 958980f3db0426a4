package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.format.OutputFormat;
import dk.payback.load.LoadResult;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.Selection;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    description = {
      "Print the budget consequence per styringsområde, year by year.",
      "What the proposals' lines of each area (service, anlæg, overførsler) add up to,",
      "a row for lines without an area and one for proposals with overview figures",
      "only; investment and innovation proposals in sections of their own, each with",
      "its net impact as total. --only, --risk, --fund and --area add up the chosen",
      "proposals alone."
    },
    footer = {
      "",
      "Examples:  payback budget cases",
      "           payback budget --by-proposal --lang en cases/BU*.yaml",
      "           payback budget --risk høj --by-proposal",
      "           payback budget --format csv -o budget.csv"
    })
final class BudgetCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LayoutOptions layout;

  @Option(
      names = "--by-proposal",
      description = "Show each proposal's share under the area it belongs to.")
  boolean byProposal;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.Tables.class,
      completionCandidates = FormatConverter.Tables.class,
      description =
          "text (default), md, csv, json, html or xlsx; without it, from the extension of the -o"
              + " file.")
  OutputFormat format;

  @Mixin DocumentOutput out;

  @Mixin FilterOptions filter;

  @Mixin CasesOption cases;

  @Override
  public Integer call() {
    OutputFile.refuseFolder(spec, "budget." + (format == null ? OutputFormat.CSV : format).key());
    OutputFormat chosen = out.choose(spec, format, Optional.of(OutputFormat.TEXT), "");
    OutputFile.refuseCaseFileName(out.output);
    LoadResult loaded = Inputs.load(cases.paths(), spec);
    OutputFile.refuseInput(out.output, loaded);
    Analysis analysis = Analysis.of(loaded.cases());
    Selection selection = filter.selection(analysis, spec.commandLine().getErr());
    Document document = Documents.budget(analysis, selection, byProposal, layout.language.lang);
    out.print(spec, chosen, layout.formatOptions(out.output).width(), document);
    return ExitCode.OK;
  }
}
