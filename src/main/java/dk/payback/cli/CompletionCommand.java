package dk.payback.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Generated from the same annotations as the help, so that completion never lags behind a new
 * option.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a completion script for bash and zsh.",
    footer = {
      "",
      "Example:  payback completion > payback.bash",
      "          source <(payback completion)    # in ~/.bashrc or ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("payback", spec.root().commandLine()));
    return ExitCode.OK;
  }
}
