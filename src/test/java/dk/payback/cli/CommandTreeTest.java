package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run builds only the command it names, which is most of a short run's start-up; the golden files
 * hold that what it prints (its help too) is the same as with the whole tree.
 */
class CommandTreeTest {

  private static final StringWriter SINK = new StringWriter();

  private static java.util.Set<String> built(String... args) {
    return PaybackCommand.commandLine(new PrintWriter(SINK), new PrintWriter(SINK), args)
        .getSubcommands()
        .keySet();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "summary",
        "budget",
        "show",
        "check",
        "diff",
        "report",
        "sensitivity",
        "track",
        "new"
      })
  void aNamedCommandIsBuiltAlone(String command) {
    assertThat(built(command, "cases")).containsExactly(command);
  }

  @Test
  void theVersionNeedsNoCommand() {
    assertThat(built("--version")).isEmpty();
    assertThat(built("-V")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "completion", "summry", "--help", "-V summary", ""})
  void helpCompletionAndAnythingElseGetTheWholeTree(String args) {
    String[] split = args.isEmpty() ? new String[0] : args.split(" ");
    assertThat(built(split))
        .containsExactly(
            "summary",
            "budget",
            "show",
            "check",
            "diff",
            "report",
            "sensitivity",
            "track",
            "new",
            "completion",
            "help");
  }
}
