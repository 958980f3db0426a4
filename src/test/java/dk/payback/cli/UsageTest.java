package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Usage errors for every command, found from the command tree itself so that a command added later
 * is held to the same rules: one line saying what is wrong (with a suggestion where there is one),
 * a pointer to --help, exit 2; and every command's --help ends with an example. The exact wording
 * of each command's help is in the golden files help-*.txt.
 */
class UsageTest {

  static Stream<String> commands() {
    StringWriter sink = new StringWriter();
    return PaybackCommand.commandLine(new PrintWriter(sink), new PrintWriter(sink))
        .getSubcommands()
        .keySet()
        .stream();
  }

  @Test
  void theCommandsIncludeTheOnesDocumented() {
    assertThat(commands()).contains("summary", "show", "help");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anUnknownOptionIsOneLineAndAPointerToHelp(String command) {
    Cli.Result r = Cli.run(command, "--no-such-option");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "payback: Unknown option: '--no-such-option'",
            "Try 'payback " + command + " --help' for more information.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aMistypedOptionGetsASuggestion(String command) {
    Cli.Result r = Cli.run(command, "--hepl");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).startsWith("payback: Unknown option: '--hepl' (did you mean --help?)\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aMistypedCommandGetsASuggestion(String command) {
    String typo = command.substring(0, command.length() - 1);
    Cli.Result r = Cli.run(typo);
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("'" + typo + "'").contains("did you mean").contains(command);
    assertThat(r.err()).endsWith("Try 'payback --help' for more information.\n");
    Cli.Result help = Cli.run("help", typo);
    assertThat(help.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(help.err()).contains("did you mean").contains(command);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void helpEndsWithAnExample(String command) {
    for (List<String> args : List.of(List.of(command, "--help"), List.of("help", command))) {
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exitCode()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).containsPattern("\nExamples?: +payback " + command + "\\b.*\n");
    }
  }

  @Test
  void noCommandListsTheCommands() {
    Cli.Result r = Cli.run();
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            "payback: missing command: give one of "
                + String.join(", ", commands().toList())
                + "\n"
                + "Try 'payback --help' for more information.\n");
  }

  @Test
  void showWithoutAnId() {
    Cli.Result r = Cli.run("show", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            "payback: missing proposal: give an ID such as HA02, or a case file\n"
                + "Try 'payback show --help' for more information.\n");
  }

  /**
   * An unset shell variable gives an empty argument; read as a path it would be the current folder.
   */
  @Test
  void anEmptyPathIsAUsageErrorNotTheCurrentFolder() {
    Cli.Result positional = Cli.run("summary", "");
    assertThat(positional.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(positional.out()).isEmpty();
    assertThat(positional.err())
        .isEqualTo(
            "payback: an empty argument: give a case file or a folder of cases, such as cases\n"
                + "Try 'payback summary --help' for more information.\n");
    Cli.Result option = Cli.run("show", "--cases", "", "HA02");
    assertThat(option.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(option.out()).isEmpty();
    assertThat(option.err())
        .isEqualTo(
            "payback: Invalid value for option '--cases' (PATH): the path is empty (a shell variable that is not set?)\n"
                + "Try 'payback show --help' for more information.\n");
  }

  /** Arguments are quoted in messages; a line break in one must not break the message in two. */
  @Test
  void anArgumentWithALineBreakStaysOnOneLine() {
    Cli.Result r = Cli.run("show", "HA\n02");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            "payback: no proposal with ID 'HA\\n02' in cases; did you mean HA02, HJ02?"
                + " To look elsewhere, name the case file or folder, such as --cases path/to/cases\n"
                + "Try 'payback show --help' for more information.\n");
    Cli.Result option = Cli.run("summary", "--la\nng");
    assertThat(option.err().lines()).hasSize(2);
  }
}
