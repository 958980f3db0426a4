package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text table of every command, on the real cases, at 80, 100 and 132 columns and a few widths
 * between: no line is wider than the width, except a finding's line (check's, and diff's new and
 * resolved findings), which stays one line for the editors and CI jobs that read it; no figure is
 * lost and no label is cut.
 */
class WidthTest {

  private static final Path REVISED = Path.of("target/width-test/revised");

  /** A finding in the compiler format: "file:line:column: message". */
  private static final Pattern FINDING = Pattern.compile(".*\\S:\\d+:\\d+: .*");

  /** check's count line, which a CI log is searched for: one line, as a finding. */
  private static final Pattern COUNT =
      Pattern.compile("\\d+ (?:forslag|proposals?) (?:i|in) \\d+ (?:filer?|files?), .*");

  /** An amount or a payback as printed: thousands separated, or a number of years. */
  private static final Pattern FIGURE =
      Pattern.compile("-?\\d{1,3}(?:[.,]\\d{3})+|~?\\d+ (?:år|years?)");

  /** Labels of the source's template, which are never cut. */
  private static final List<String> LABELS =
      List.of(
          "I ALT (investeringsforslag)",
          "I ALT (innovationsforslag)",
          "I ALT (alle forslag)",
          "TOTAL (investment proposals)",
          "TOTAL (innovation proposals)",
          "I ALT (3 fulgt op)",
          "Samlede implementeringsomkostninger",
          "Samlet økonomisk påvirkning",
          "Akkumuleret økonomisk påvirkning",
          "Uden styringsområde",
          "Kun oversigtstal");

  private static final String[] COMMANDS = {
    "summary",
    "summary --npv",
    "summary --npv --lang en --savings-factor 0.5 --cost-factor 2 --delay 2",
    "budget",
    "budget --by-proposal",
    "budget --by-proposal --lang en",
    "show HA02 SI02 SI03 UD02 UD05 HJ01 HJ02 HJ03 BU01 BU02 BU03 BU04 BU05 BU07 BU08 BU09 BU10"
        + " TV01 IN01",
    "show --npv --delay 2 --savings-factor 0.5 --lang en HA02 BU05 BU09 TV01",
    "sensitivity",
    "sensitivity --lang en --discount-rate 4",
    "check cases",
    "check --verbose --lang en cases",
    "track src/test/resources/track",
    "track --lang en --as-of 2019 src/test/resources/track",
    "diff cases " + REVISED,
    "diff --all --lang en cases " + REVISED,
  };

  @BeforeAll
  static void revise() throws IOException {
    DiffGoldenTest.revise(Path.of("cases"), REVISED);
  }

  static Stream<Arguments> commandsAndWidths() {
    List<Arguments> all = new ArrayList<>();
    for (String command : COMMANDS) {
      for (int width : new int[] {80, 87, 100, 113, 132}) {
        all.add(Arguments.of(command, width));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "COLUMNS={1} payback {0}")
  @MethodSource("commandsAndWidths")
  void fitsTheWidth(String commandLine, int width) {
    String[] args = commandLine.split(" ");
    Cli.Result r = Cli.run(new Screen(String.valueOf(width), OptionalInt::empty), args);
    assertThat(r.exitCode()).as(r.err()).isBetween(0, 1);
    assertThat(
            r.out()
                .lines()
                .filter(l -> !FINDING.matcher(l).matches() && !COUNT.matcher(l).matches()))
        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));

    // Nothing is lost: every figure of the unfitted text is there, every label whole.
    String wide = Cli.run(append(args, "--wide")).out();
    String fitted = collapsed(r.out());
    Matcher figures = FIGURE.matcher(wide);
    while (figures.find()) {
      assertThat(fitted).as("figure %s", figures.group()).contains(figures.group());
    }
    for (String label : LABELS) {
      if (wide.contains(label)) {
        assertThat(fitted).as("label %s", label).contains(label);
      }
    }
  }

  private static String[] append(String[] args, String arg) {
    if (args[0].equals("check")) {
      // check has no tables, and no --wide: its text is the same at every width.
      return args;
    }
    String[] more = new String[args.length + 1];
    System.arraycopy(args, 0, more, 0, args.length);
    more[args.length] = arg;
    return more;
  }

  private static String collapsed(String text) {
    return text.replaceAll("[\\s─]+", " ");
  }
}
