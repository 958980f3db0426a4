package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
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
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write reports for papers and scripts: Markdown, CSV, JSON, HTML or Excel.",
      "The overview with net present values, the sensitivity of each proposal,",
      "each proposal's table 1.1 with its payback, present value and discounted",
      "payback, and the findings of check. HTML adds charts and prints on A4. A",
      "file given with -o is written whole or not at all; without -o, text goes",
      "to standard output."
    },
    footer = {
      "",
      "Examples:  payback report --format md > report.md",
      "           payback report --format html -o report.html cases",
      "           payback report --format csv --csv-dialect excel-da -o tal.csv",
      "           payback report -o report.xlsx      (the format follows the name)",
      "           payback report -o report.md --discount-rate 4 --savings-factor 0.9",
      "           payback report -o bu.html --only 'BU*' --by risk"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CasesOption cases;

  @Option(
      names = "--format",
      paramLabel = "md|csv|json|html|xlsx",
      converter = FormatConverter.Report.class,
      completionCandidates = FormatConverter.Report.class,
      description = "Report format. Default: from the extension of the -o file.")
  OutputFormat format;

  @Mixin DocumentOutput out;

  @Mixin ScenarioOptions scenario;

  @Mixin DiscountOptions discount;

  @Mixin ToleranceOptions tolerance;

  @Mixin FilterOptions filter;

  @Mixin OrderOptions order;

  // Not LayoutOptions: --wide is about a terminal's columns, which no report has.
  @Mixin LangOption language;

  @Override
  public Integer call() {
    java.nio.file.Path output = out.output;
    OutputFile.refuseFolder(spec, "report." + (format == null ? OutputFormat.MD : format).key());
    OutputFormat chosen =
        out.choose(
            spec,
            format,
            Optional.empty(),
            "missing --format md|csv|json|html|xlsx (or an -o file ending in one of them)");
    OutputFile.refuseCaseFileName(out.output);
    LoadResult loaded = Inputs.load(cases.paths(), spec);
    OutputFile.refuseInput(out.output, loaded);
    Analysis analysis = Analysis.of(loaded.cases());
    CheckReport checks = Checker.check(analysis, tolerance.tolerance());
    Selection selection = order.applyTo(filter.selection(analysis, spec.commandLine().getErr()));
    Document document =
        Documents.report(
            analysis,
            scenario.scenario(),
            discount.discounting(),
            checks,
            selection,
            language.lang);
    out.print(spec, chosen, 0, document);
    return ExitCode.OK;
  }
}
