package dk.payback.cli;

import dk.payback.calc.TooLargeToAppraise;
import dk.payback.check.AmountsTooLarge;
import dk.payback.load.Amount;
import dk.payback.load.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "payback",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks and reports investment proposals (business cases) kept as YAML files:",
      "the tables of the municipal template, in Danish number format."
    },
    subcommands = {
      SummaryCommand.class,
      ShowCommand.class,
      CheckCommand.class,
      ReportCommand.class,
      SensitivityCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  all good",
      "  1  check found stated figures that do not balance",
      "  2  invalid input or usage, or output that could not be written",
      "",
      "Examples:  payback summary cases",
      "           payback check cases",
      "           payback report --format html -o report.html"
    })
public final class PaybackCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new PaybackCommand());
    cl.registerConverter(Path.class, new PathConverter());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof AmountsTooLarge tooLarge) {
            Inputs.printErrors(List.of(tooLarge.diagnostic()), commandLine.getErr());
            return ExitCode.INVALID;
          }
          if (e instanceof TooLargeToAppraise tooLarge) {
            Amount largest = Amount.largest(tooLarge.proposals());
            Inputs.printErrors(List.of(new Diagnostic(largest.location(), tooLarge.getMessage(),
                "the largest amount is " + largest.value() + " thousand kroner, here; check the number of digits,"
                    + " or use a smaller --horizon or factor")), commandLine.getErr());
            return ExitCode.INVALID;
          }
          if (e instanceof ArithmeticException) {
            // All arithmetic on money is exact, so an overflow means amounts no budget has: bad input.
            commandLine.getErr().println(
                "payback: the amounts are too large to compute exactly (amounts are thousands of kroner;"
                    + " check the number of digits, or use a smaller --horizon or factor)");
            return ExitCode.INVALID;
          }
          // A bug, not bad input: say so in one line rather than a stack trace.
          commandLine.getErr().println("payback: internal error: " + e);
          commandLine.getErr().println("Please report this with the command and the case files.");
          return ExitCode.INTERNAL;
        });
    cl.setExitCodeExceptionMapper(e -> ExitCode.INVALID);
    cl.setUsageHelpLongOptionsMaxWidth(24);
    return cl;
  }
}
