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
    footerHeading = "%nExit codes:%n")
public final class PaybackCommand implements Runnable {

  /**
   * The subcommands, in the order help lists them. Added by {@link #commandLine} rather than named
   * in the annotation, so that a run can build only the one it needs.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
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
          HelpCommand.class);

  /** Their names, as the first argument gives them; {@code help} and completion need them all. */
  private static final List<String> ALONE =
      List.of(
          "summary", "budget", "show", "check", "diff", "report", "sensitivity", "track", "new");

  @Spec CommandSpec spec;

  private final Screen screen;

  private PaybackCommand(Screen screen) {
    this.screen = screen;
  }

  /** How wide the run's text on standard output may be. */
  Screen screen() {
    return screen;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
  }

  /** The exit codes, from the one list of them, a few examples, and where the man pages are. */
  private static String[] footer() {
    List<String> lines = new java.util.ArrayList<>();
    ExitCode.MEANINGS.forEach(m -> lines.add("  " + m));
    lines.addAll(
        List.of(
            "",
            "Examples:  payback summary cases",
            "           payback check cases",
            "           payback report --format html -o report.html",
            "",
            "Manual:    man -l target/man/payback.1 in the checkout, after mvn package",
            "           (one page per command: payback-check.1 ...; README.md: Install)"));
    return lines.toArray(String[]::new);
  }

  /** The whole command line: the root and every subcommand. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(Screen.PIPE, out, err, SUBCOMMANDS);
  }

  /**
   * The command line that {@code args} needs. picocli reads every option of every command it is
   * given, which is most of the start-up of a short run: so a run that names one of the commands
   * first gets the root with that command alone, and {@code --version} the root alone. Help,
   * completion, a mistyped command and no command at all get the whole tree, to list or suggest
   * from. What the chosen command prints, its help included, does not depend on its siblings.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(Screen.PIPE, out, err, args);
  }

  static CommandLine commandLine(Screen screen, PrintWriter out, PrintWriter err, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return commandLine(screen, out, err, List.of());
    }
    if (args.length > 0 && ALONE.contains(args[0])) {
      return commandLine(screen, out, err, List.of(SUBCOMMANDS.get(ALONE.indexOf(args[0]))));
    }
    return commandLine(screen, out, err, SUBCOMMANDS);
  }

  private static CommandLine commandLine(
      Screen screen, PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new PaybackCommand(screen));
    // Before any setting below: picocli passes a setting on to the subcommands it has then.
    subcommands.forEach(cl::addSubcommand);
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
