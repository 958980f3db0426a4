package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.format.Format;
import dk.payback.format.FormatOptions;
import dk.payback.format.OutputFormat;
import dk.payback.load.LoadResult;
import dk.payback.model.PaybackException;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check that every stated figure balances with what the lines add up to.",
      "Each proposal's subtotals, net impact and payback; the overview's rows, \"I ALT\" totals and ids."
          + " One line per finding, then a count line. Exit 0 when all balance, 1 on findings, 2 on invalid"
          + " input or usage."
    },
    footer = {
      "",
      "Example:  payback check cases",
      "          payback check --tolerance 1 --format junit -o check-report.xml cases"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CasesOption cases;

  @Mixin ToleranceOptions toleranceOptions;

  @Mixin LangOption language;

  @Option(
      names = "--strict",
      description =
          "Count the warnings (a proposal that states none or only some of its figures, a negative"
              + " cost) as findings: exit 1.")
  boolean strict;

  @Option(
      names = "--verbose",
      description = "Also list the checks that balanced or fell within the tolerance.")
  boolean verbose;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, github (Actions annotations) or junit (JUnit XML).",
      converter = FormatConverter.Check.class,
      completionCandidates = FormatConverter.Check.class)
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE (whole or not at all); the text report then goes to stdout.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputFile.refuseFolder(
        spec,
        "check."
            + (format == OutputFormat.JUNIT
                ? "xml"
                : format == OutputFormat.JSON ? "json" : "txt"));
    OutputFile.refuseCaseFileName(output);
    Lang lang = language.lang;
    long tolerance = toleranceOptions.tolerance();
    Format chosen = format.create(FormatOptions.DEFAULT);
    LoadResult loaded = Inputs.read(cases.paths(), spec);
    OutputFile.refuseInput(output, loaded);
    CheckReport report;
    try {
      if (!loaded.ok()) {
        throw PaybackException.input(loaded.errors());
      }
      report = Checker.check(Analysis.of(loaded.cases()), tolerance);
    } catch (PaybackException invalid) {
      // A CI job that reads the report file still gets one, saying that nothing was checked and
      // why.
      Document document =
          Documents.invalidCheck(invalid.diagnostics(), loaded.filesRead(), tolerance, lang);
      if (output != null) {
        Printed.to(output, chosen, document, out);
      } else if (format != OutputFormat.TEXT) {
        Printed.to(null, chosen, document, out);
      }
      throw invalid;
    }
    Document document = Documents.check(report, verbose, strict, lang);
    Printed.to(output, chosen, document, out);
    if (output != null) {
      Printed.to(null, OutputFormat.TEXT.create(FormatOptions.DEFAULT), document, out);
    }
    boolean fails = !report.balances() || (strict && !report.warnings().isEmpty());
    return fails ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
