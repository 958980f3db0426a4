package dk.payback.cli;

import dk.payback.check.AmountsTooLarge;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.check.render.CheckFormat;
import dk.payback.check.render.CheckRenderer;
import dk.payback.load.Diagnostic;
import dk.payback.load.LoadResult;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Case files or folders (read recursively). Default: cases")
  List<Path> paths;

  @Mixin ToleranceOptions toleranceOptions;

  @Option(names = "--verbose", description = "Also list the checks that balanced or fell within the tolerance.")
  boolean verbose;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, github (Actions annotations) or junit (JUnit XML).",
      converter = FormatConverter.class)
  CheckFormat format = CheckFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (whole or not at all); the text report then goes to stdout.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (OutputFile.namesAFolder(spec, "check." + extension(), err)) {
      return ExitCode.INVALID;
    }
    if (output != null) {
      OutputFile.refusal(output).ifPresent(m -> {
        throw new ParameterException(spec.commandLine(), m);
      });
    }
    CheckRenderer renderer = format.renderer();
    long tolerance = toleranceOptions.tolerance();
    LoadResult loaded = Inputs.read(paths);
    if (OutputFile.overwritesInput(output, loaded, err)) {
      return ExitCode.INVALID;
    }
    CheckReport report = null;
    List<Diagnostic> errors = loaded.errors();
    if (loaded.ok()) {
      try {
        report = Checker.check(loaded.cases(), tolerance);
      } catch (AmountsTooLarge e) {
        errors = List.of(e.diagnostic());
      }
    }
    if (report == null) {
      Inputs.printErrors(errors, err);
      String invalid = renderer.invalid(errors, loaded.filesRead(), tolerance);
      if (output != null) {
        write(invalid, err);
      } else if (format != CheckFormat.TEXT) {
        out.print(invalid);
      }
      return ExitCode.INVALID;
    }
    if (output == null) {
      out.print(renderer.render(report, verbose));
    } else {
      if (!write(renderer.render(report, verbose), err)) {
        return ExitCode.INVALID;
      }
      out.print(CheckFormat.TEXT.renderer().render(report, verbose));
    }
    return report.balances() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /** For the file name a message suggests. */
  private String extension() {
    return switch (format) {
      case JUNIT -> "xml";
      case JSON -> "json";
      case TEXT, GITHUB -> "txt";
    };
  }

  private boolean write(String report, PrintWriter err) {
    return OutputFile.write(output, stream -> stream.write(report.getBytes(StandardCharsets.UTF_8)), err);
  }

  static final class FormatConverter implements ITypeConverter<CheckFormat> {
    @Override
    public CheckFormat convert(String value) {
      return CheckFormat.parse(value).orElseThrow(() ->
          new TypeConversionException("'" + value + "' is not a format: use text, json, github or junit"));
    }
  }
}
