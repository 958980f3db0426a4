package dk.payback.cli;

import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.report.CsvReport;
import dk.payback.report.Report;
import dk.payback.report.ReportFormat;
import dk.payback.report.ReportRenderer;
import dk.payback.report.TextReportRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
      "           payback report -o report.md --discount-rate 4 --savings-factor 0.9"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Case files or folders (read recursively). Default: cases")
  List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "md|csv|json|html|xlsx",
      converter = FormatConverter.class,
      description = "Report format. Default: from the extension of the -o file.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output (required for xlsx).")
  Path output;

  @Option(
      names = "--csv-dialect",
      paramLabel = "rfc4180|excel-da",
      converter = DialectConverter.class,
      description = "CSV spelling: rfc4180 (default: ',' and CRLF) or excel-da (';' and a byte order mark, for Danish Excel).")
  CsvReport.Dialect dialect;

  @Mixin ScenarioOptions scenario;

  @Mixin DiscountOptions discount;

  @Mixin ToleranceOptions tolerance;

  // Not OutputOptions: --wide is about a terminal's columns, which no report has.
  @Mixin LangOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (OutputFile.namesAFolder(spec, "report." + (format == null ? ReportFormat.MD : format).key(), err)) {
      return ExitCode.INVALID;
    }
    ReportFormat chosen = chooseFormat();
    if (dialect != null && chosen != ReportFormat.CSV) {
      throw usage("--csv-dialect is for --format csv, not " + chosen.key());
    }
    if (!chosen.isText() && output == null) {
      throw usage("--format xlsx writes a binary workbook: name the file with -o, such as -o report.xlsx");
    }
    if (output != null) {
      OutputFile.refusal(output).ifPresent(m -> {
        throw usage(m);
      });
    }
    Optional<LoadResult> loaded = Inputs.load(paths, err);
    if (loaded.isEmpty()) {
      return ExitCode.INVALID;
    }
    CaseSet cases = loaded.get().cases();
    if (OutputFile.overwritesInput(output, loaded.get(), err)) {
      return ExitCode.INVALID;
    }
    // Amounts too large to compute exactly are an input error: PaybackCommand's handler says so.
    Report report = Report.of(cases, scenario.scenario(), discount.discounting(), tolerance.tolerance());
    ReportRenderer renderer = chosen.renderer(dialect == null ? CsvReport.Dialect.RFC4180 : dialect);
    if (output == null) {
      out.print(((TextReportRenderer) renderer).text(report, language.lang));
      return ExitCode.OK;
    }
    // Rendered by the write, into memory before any file is made: a failure of either, or a run stopped
    // while rendering, leaves the old report as it was.
    boolean written = OutputFile.write(output, stream -> stream.write(renderer.render(report, language.lang)), err);
    return written ? ExitCode.OK : ExitCode.INVALID;
  }

  private ReportFormat chooseFormat() {
    if (format != null) {
      Optional<ReportFormat> named = output == null || output.getFileName() == null
          ? Optional.empty() : ReportFormat.fromFileName(output.getFileName().toString());
      if (named.isPresent() && named.get() != format) {
        throw usage("--format " + format.key() + " does not match -o " + output
            + ", whose name says " + named.get().key() + ": change one of them");
      }
      return format;
    }
    if (output != null && output.getFileName() != null) {
      Optional<ReportFormat> byName = ReportFormat.fromFileName(output.getFileName().toString());
      if (byName.isPresent()) {
        return byName.get();
      }
    }
    throw usage("missing --format md|csv|json|html|xlsx (or an -o file ending in one of them)");
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.fromKey(value)
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a report format: use md, csv, json, html or xlsx"));
    }
  }

  static final class DialectConverter implements ITypeConverter<CsvReport.Dialect> {
    @Override
    public CsvReport.Dialect convert(String value) {
      for (CsvReport.Dialect d : CsvReport.Dialect.values()) {
        if (d.key().equalsIgnoreCase(value)) {
          return d;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a CSV dialect: use rfc4180 or excel-da");
    }
  }
}
