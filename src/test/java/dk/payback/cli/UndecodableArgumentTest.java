package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under LC_ALL=C the JVM decodes "dk/sager-ø" from the command line as "dk/sager-" and two U+FFFD,
 * one per byte of the 'ø'; picocli then called the argument unmatched or malformed. Checked by hand
 * with {@code LC_ALL=C java -jar target/payback.jar summary dk/sager-ø}; here, with the text the
 * JVM makes.
 */
class UndecodableArgumentTest {

  private static final String DECODED_UNDER_C = "dk/sager-\uFFFD\uFFFD";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "summary PATH",
        "check PATH",
        "check cases/HA02.yaml PATH",
        "show --cases PATH HA02",
        "sensitivity --cases PATH",
        "report --format md PATH",
        "report -o PATH/r.md",
        "check -o PATH/r.xml cases"
      })
  void isOneLineThatNamesTheLocaleAndHowToMendIt(String command) {
    Cli.Result r = Cli.run(command.replace("PATH", DECODED_UNDER_C).split(" "));
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .matches(
            "payback: the argument 'dk/sager-\uFFFD\uFFFD[^']*' cannot be decoded in the current"
                + " locale \\(encoding [^)]+\\): run payback with a UTF-8 locale, such as LC_ALL=C\\.UTF-8\n");
  }
}
