package dk.payback.cli;

import dk.payback.model.PaybackException;
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
      BudgetCommand.class,
      ShowCommand.class,
      CheckCommand.class,
      DiffCommand.class,
      ReportCommand.class,
      SensitivityCommand.class,
      TrackCommand.class,
      NewCommand.class,
      CompletionCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nExit codes:%n")
public final class PaybackCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
  }

  /** The exit codes, from the one list of them, then a few examples. */
  private static String[] footer() {
    List<String> lines = new java.util.ArrayList<>();
    ExitCode.MEANINGS.forEach(m -> lines.add("  " + m));
    lines.addAll(
        List.of(
            "",
            "Examples:  payback summary cases",
            "           payback check cases",
            "           payback report --format html -o report.html"));
    return lines.toArray(String[]::new);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new PaybackCommand());
    cl.getCommandSpec().usageMessage().footer(footer());
    cl.registerConverter(Path.class, new PathConverter());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof PaybackException failure) {
            return ExitCode.report(
                failure, commandLine.getCommandSpec().qualifiedName(), commandLine.getErr());
          }
          // A bug, not bad input (the steps turn what the input causes, an overflow included, into
          // a PaybackException): say so in one line rather than a stack trace.
          ErrorLine.print(
              commandLine.getErr(),
              "internal error, a bug in payback: "
                  + e
                  + " (please report it with the command and the case files)");
          return ExitCode.INTERNAL;
        });
    cl.setExitCodeExceptionMapper(e -> ExitCode.INVALID);
    cl.setUsageHelpLongOptionsMaxWidth(24);
    return cl;
  }
}
