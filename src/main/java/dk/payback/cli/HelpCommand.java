package dk.payback.cli;

import dk.payback.util.Similar;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code payback help [COMMAND]}. picocli's own help command accepts any option and any number of
 * arguments and prints the main help for what it does not know, with exit 0; this one is as strict
 * as the other commands.
 */
@Command(
    name = "help",
    description = "Print the help of payback, or of one command.",
    footer = {"", "Example:  payback help show"})
final class HelpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..1",
      description = "The command to print the help of.")
  String command;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    if (command == null) {
      root.usage(root.getOut());
      return ExitCode.OK;
    }
    CommandLine sub = root.getSubcommands().get(command);
    if (sub == null) {
      List<String> near = Similar.closest(command, root.getSubcommands().keySet(), 2);
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Unknown command: '"
              + command
              + "'"
              + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)"));
    }
    sub.usage(root.getOut());
    return ExitCode.OK;
  }
}
