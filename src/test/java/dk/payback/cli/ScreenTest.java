package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The width tables are fitted to: COLUMNS when it is a number, else the terminal's, else 100; never
 * narrower than 80; a file written with -o and --wide do not look at the screen.
 */
class ScreenTest {

  /** A terminal that must not be asked. */
  private static final Supplier<OptionalInt> UNASKED =
      () -> {
        throw new AssertionError("the terminal was asked although COLUMNS said");
      };

  @Test
  void columnsIsAWholeNumber() {
    assertThat(Screen.parse("80")).hasValue(80);
    assertThat(Screen.parse(" 132\n")).hasValue(132);
    assertThat(Screen.parse("100000")).hasValue(100000);
    for (String garbage :
        new String[] {
          null,
          "",
          "  ",
          "abc",
          "80x",
          "-80",
          "+80",
          "0",
          "000",
          "8 0",
          "1e3",
          "80.0",
          "１２０",
          "1234567",
          "99999999999999999999"
        }) {
      assertThat(Screen.parse(garbage)).as("'%s'", garbage).isEmpty();
    }
  }

  @Test
  void columnsFirstThenTheTerminalThenOneHundred() {
    assertThat(new Screen("120", UNASKED).width()).isEqualTo(120);
    assertThat(new Screen(null, () -> OptionalInt.of(90)).width()).isEqualTo(90);
    assertThat(new Screen("wide", () -> OptionalInt.of(90)).width()).isEqualTo(90);
    assertThat(new Screen(null, OptionalInt::empty).width()).isEqualTo(100);
    assertThat(new Screen("", OptionalInt::empty).width()).isEqualTo(100);
    assertThat(Screen.PIPE.width()).isEqualTo(100);
  }

  @Test
  void narrowerThanEightyIsLaidOutAsEighty() {
    assertThat(new Screen("40", UNASKED).width()).isEqualTo(80);
    assertThat(new Screen("1", UNASKED).width()).isEqualTo(80);
    assertThat(new Screen(null, () -> OptionalInt.of(79)).width()).isEqualTo(80);
  }

  @Test
  void aHugeWidthLaysTablesOutAsWideAsTheyNeedAndNoWider() {
    Cli.Result huge = Cli.run(new Screen("100000", UNASKED), "summary", "--npv");
    assertThat(huge.out()).isEqualTo(Cli.run("summary", "--npv", "--wide").out());
  }

  @Test
  void garbageInColumnsIsIgnored() {
    Cli.Result r = Cli.run(new Screen("eighty", OptionalInt::empty), "summary", "--npv");
    assertThat(r.out()).isEqualTo(Cli.run("summary", "--npv").out());
  }

  @Test
  void theTerminalsWidthWhenColumnsIsUnset() {
    Cli.Result terminal = Cli.run(new Screen(null, () -> OptionalInt.of(80)), "sensitivity");
    assertThat(terminal.out()).isEqualTo(Cli.run(new Screen("80", UNASKED), "sensitivity").out());
    assertThat(terminal.out()).isNotEqualTo(Cli.run("sensitivity").out());
  }

  @Test
  void wideIgnoresTheScreen() {
    Cli.Result r = Cli.run(new Screen("80", UNASKED), "budget", "--by-proposal", "--wide");
    assertThat(r.out()).isEqualTo(Cli.run("budget", "--by-proposal", "--wide").out());
  }

  /**
   * A file is the same wherever it is written: 100 columns, whatever COLUMNS or the terminal say.
   */
  @Test
  void aFileIsOneHundredColumnsWhateverTheScreen(@TempDir Path dir) throws IOException {
    Screen narrow = new Screen("80", UNASKED);
    Screen terminal = new Screen(null, () -> OptionalInt.of(80));
    String[][] commands = {
      {"budget", "--by-proposal"}, {"track", "src/test/resources/track"},
    };
    for (String[] command : commands) {
      String piped = Cli.run(command).out();
      assertThat(Cli.run(narrow, command).out()).isNotEqualTo(piped);
      for (Screen screen : new Screen[] {narrow, terminal}) {
        Path file = dir.resolve(command[0] + ".txt");
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "-o";
        args[command.length + 1] = file.toString();
        assertThat(Cli.run(screen, args).exitCode()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(piped);
      }
    }
  }

  @Test
  void aDiffFileIsOneHundredColumnsToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("diff.txt");
    String piped = Cli.run("diff", "cases", "src/test/resources/track").out();
    Cli.Result r =
        Cli.run(
            new Screen("80", UNASKED),
            "diff",
            "-o",
            file.toString(),
            "cases",
            "src/test/resources/track");
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(piped);
  }
}
