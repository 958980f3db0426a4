package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every odd corner of YAML, written into the real HA02 case and run through the command line: each
 * is refused with exit 2 and one message naming file:line:column, or, where it is legitimate YAML
 * for the same figures, loads and prints exactly what the original prints.
 */
class WeirdYamlTest {

  static final String HA02 = read(Path.of("cases/HA02.yaml"));

  /** Line 26 of HA02.yaml is " amounts: { 2018: 1400 }"; the amount starts in column 22. */
  private static String amount(String written) {
    return replace("{ 2018: 1400 }", "{ 2018: " + written + " }");
  }

  private static String replace(String what, String with) {
    assertThat(HA02).contains(what);
    return HA02.replace(what, with);
  }

  private static Arguments refused(String name, String yaml, String expected) {
    return Arguments.of(name, yaml.getBytes(StandardCharsets.UTF_8), expected);
  }

  private static Arguments refused(String name, byte[] bytes, String expected) {
    return Arguments.of(name, bytes, expected);
  }

  static Stream<Arguments> refusedInputs() {
    String tagHint = "and write the value plainly: amounts as whole numbers, texts as text)";
    return Stream.of(
        refused(
            "!!binary",
            replace(
                "title: Samlokalisering af stabsfunktionerne under Borgercenter Handicap",
                "title: !!binary aGVsbG8="),
            "5:8: error: YAML tag '!!binary' is not allowed (remove '!!binary' " + tagHint),
        refused(
            "!!python/object",
            amount("!!python/object:os.system 1400"),
            "26:22: error: YAML tag '!!python/object:os.system' is not allowed"),
        refused("!!int", amount("!!int 1400"), "26:22: error: YAML tag '!!int' is not allowed"),
        refused(
            "!!int on a quoted number",
            amount("!!int \"1400\""),
            "26:22: error: YAML tag '!!int' is not allowed"),
        refused(
            "!!float", amount("!!float 1400"), "26:22: error: YAML tag '!!float' is not allowed"),
        refused("!!str", amount("!!str 1400"), "26:22: error: YAML tag '!!str' is not allowed"),
        refused(
            "verbatim tag",
            amount("!<tag:yaml.org,2002:int> 1400"),
            "26:22: error: YAML tag '!!int' is not allowed"),
        refused("local tag", amount("!foo 1400"), "26:22: error: YAML tag '!foo' is not allowed"),
        refused(
            "!!set",
            replace("{ 2018: 1400 }", "!!set { 2018: 1400 }"),
            "26:14: error: YAML tag '!!set' is not allowed"),
        refused(
            "a list as a complex key",
            replace("fund: Investeringspuljen", "? [a, b]\n: Investeringspuljen"),
            "10:3: error: a key must be a name or a year, found a list (write keys as plain names such as title, or years such as 2019)"),
        refused(
            "a list as a key",
            replace("{ 2018: 1400 }", "{ [2018]: 1400 }"),
            "26:16: error: a key must be a name or a year, found a list"),
        refused(
            "a mapping as a key",
            replace("{ 2018: 1400 }", "{ {a: 1}: 1400 }"),
            "26:16: error: a key must be a name or a year, found a mapping"),
        refused(
            "a null key",
            replace("{ 2018: 1400 }", "{ ~: 1400 }"),
            "26:16: error: '~' is not a year"),
        refused(
            "a null key in the proposal",
            replace("fund: Investeringspuljen", "null: Investeringspuljen"),
            "10:1: error: unknown key 'null' in a proposal"),
        refused(
            "a document that is a number",
            "42\n",
            "1:1: error: a case file must be a mapping of keys, found the integer 42"),
        refused(
            "a document that is a text",
            "HA02\n",
            "1:1: error: a case file must be a mapping of keys, found the text \"HA02\""),
        refused(
            "a document that is a list",
            "- kind: proposal\n",
            "1:1: error: a case file must be a mapping of keys, found a list"),
        refused(
            "a document that is only ---",
            "---\n",
            "2:1: error: file holds no YAML value, only a document marker (write a proposal (kind: proposal) or delete the file)"),
        refused(
            ".inf", amount(".inf"), "26:22: error: the amount '.inf' is not a plain whole number"),
        refused(
            ".nan", amount(".nan"), "26:22: error: the amount '.nan' is not a plain whole number"),
        refused(
            "0x1F", amount("0x1F"), "26:22: error: the amount '0x1F' is not a plain whole number"),
        refused(
            "1_000",
            amount("1_000"),
            "26:22: error: the amount '1_000' is not a plain whole number"),
        refused("+5", amount("+5"), "26:22: error: the amount '+5' is not a plain whole number"),
        refused("1e3", amount("1e3"), "26:22: error: the amount '1e3' is not a plain whole number"),
        refused("~", amount("~"), "26:22: error: the amount is empty"),
        refused("yes", amount("yes"), "26:22: error: the amount 'yes' is not a plain whole number"),
        refused("no", amount("no"), "26:22: error: the amount 'no' is not a plain whole number"),
        refused("on", amount("on"), "26:22: error: the amount 'on' is not a plain whole number"),
        refused("off", amount("off"), "26:22: error: the amount 'off' is not a plain whole number"),
        refused(
            "a year written +2018",
            replace("years: [2018,", "years: [+2018,"),
            "15:9: error: the year '+2018' is not a plain whole number"),
        refused(
            "a year as a decimal key",
            replace("{ 2018: 1400 }", "{ 2018.0: 1400 }"),
            "26:16: error: '2018.0' is not a year"),
        refused(
            "a page with 20 digits",
            replace("page: 2 }", "page: 99999999999999999999 }"),
            "14:38: error: the page 99999999999999999999 is too large (check the number of digits)"),
        refused(
            "%YAML 2.0",
            "%YAML 2.0\n---\n" + HA02,
            "1:1: error: invalid YAML: found incompatible YAML document (version 1.* is required) (remove the %YAML line"),
        refused(
            "years 1,000,000 long",
            replace(
                "years: [2018, 2019, 2020, 2021, 2022]",
                "years: [" + "2018, ".repeat(999_999) + "2018]"),
            " error: file is 6001806 bytes, more than the 1048576 a case file may have"),
        refused(
            "a NUL byte",
            replace("fund: Investeringspuljen", "fund: Invest\u0000eringspuljen"),
            "10:13: error: character U+0000 (NUL) is not allowed in a YAML file (remove it; NUL bytes usually mean the file was saved as UTF-16 or is not text)"),
        refused(
            "a bell character",
            replace("fund: Investeringspuljen", "fund: Invest\u0007eringspuljen"),
            "10:13: error: character U+0007 is not allowed in a YAML file"),
        refused(
            "UTF-16 with a byte order mark",
            ("\ufeff" + HA02).getBytes(StandardCharsets.UTF_16LE),
            "1:1: error: file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8 (save it as UTF-8)"),
        refused(
            "UTF-16BE with a byte order mark",
            ("\ufeff" + HA02).getBytes(StandardCharsets.UTF_16BE),
            "1:1: error: file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8"),
        refused(
            "UTF-16 without a byte order mark",
            HA02.getBytes(StandardCharsets.UTF_16LE),
            "1:1: error: file is UTF-16 or UTF-32 (it has NUL bytes between the letters), not UTF-8"),
        refused(
            "UTF-32 with a byte order mark",
            ("\ufeff" + HA02).getBytes(java.nio.charset.Charset.forName("UTF-32BE")),
            "1:1: error: file is UTF-32 (it starts with a UTF-32 byte order mark), not UTF-8"));
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedInputs")
  void isRefusedWithFileLineAndColumn(String name, byte[] content, String expected)
      throws IOException {
    Path file = dir.resolve("HA02.yaml");
    Files.write(file, content);
    Cli.Result r = Cli.run("summary", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(file.toString().replace('\\', '/') + ":" + expected);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  static Stream<Arguments> legitimateInputs() {
    return Stream.of(
        Arguments.of("CRLF line endings", HA02.replace("\n", "\r\n")),
        Arguments.of("CR line endings", HA02.replace("\n", "\r")),
        Arguments.of("a UTF-8 byte order mark", "\ufeff" + HA02),
        Arguments.of(
            "a simple key written as a complex key",
            replace("fund: Investeringspuljen", "? fund\n: Investeringspuljen")),
        Arguments.of("%YAML 1.1 and ---", "%YAML 1.1\n---\n" + HA02),
        Arguments.of("an explicit document end", HA02 + "...\n"),
        Arguments.of("a quoted year", replace("{ 2018: 1400 }", "{ \"2018\": 1400 }")),
        Arguments.of("no newline at the end", HA02.stripTrailing()));
  }

  /** Legitimate YAML for the same case: the same table, to the character. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("legitimateInputs")
  void loadsAsTheOriginal(String name, String yaml) throws IOException {
    Path file = dir.resolve("HA02.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("show", "--cases", file.toString(), "HA02");
    Cli.Result original = Cli.run("show", "--cases", "cases/HA02.yaml", "HA02");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(original.out());
  }

  /**
   * Every text has a bound: a report repeats a title in several places, and megabyte titles ran the
   * heap out.
   */
  @Test
  void aTitleAtTheBoundLoadsAndIsShortened() throws IOException {
    Path file = dir.resolve("HA02.yaml");
    Files.writeString(
        file,
        replace(
            "title: Samlokalisering af stabsfunktionerne under Borgercenter Handicap",
            "title: " + "x".repeat(2_000)),
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("summary", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("HA02 x+… +3\\.985 +-6\\.000");
    assertThat(r.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  static Stream<Arguments> textsPastTheBound() {
    String line = "Nedlæggelse af administrative stillinger som følge af samlokalisering";
    return Stream.of(
        Arguments.of(
            "a title",
            replace(
                "title: Samlokalisering af stabsfunktionerne under Borgercenter Handicap",
                "title: " + "x".repeat(2_001)),
            "5:8: error: 'title' is 2001 characters long, more than the 2000 it may have"),
        Arguments.of(
            "a line's text",
            replace("text: " + line, "text: " + "x".repeat(2_001)),
            "17:11: error: 'text' is 2001 characters long, more than the 2000 it may have"),
        Arguments.of(
            "a summary",
            HA02.replaceFirst("summary: >-\n(  .*\n)+", "summary: " + "x".repeat(20_001) + "\n"),
            "6:10: error: 'summary' is 20001 characters long, more than the 20000 it may have"),
        Arguments.of(
            "a note",
            HA02 + "notes:\n  - " + "x".repeat(20_001) + "\n",
            "36:5: error: 'notes' is 20001 characters long, more than the 20000 it may have"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textsPastTheBound")
  void aTextPastItsBoundIsRefusedAtTheText(String name, String yaml, String expected)
      throws IOException {
    Path file = dir.resolve("HA02.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("summary", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .isEqualTo(
            file.toString().replace('\\', '/')
                + ":"
                + expected
                + " (shorten it to what the source prints)\n1 error in 1 file; nothing was computed\n");
  }

  /** 100,000 amounts in one line fit in the size limit only as one year over and over. */
  @Test
  void aLineWith100000AmountsGivesTheFirst100ErrorsAndACount() throws IOException {
    Path file = dir.resolve("HA02.yaml");
    Files.writeString(file, amount("1400" + ", 2018: 1".repeat(99_999)), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("summary", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    String name = file.toString().replace('\\', '/');
    assertThat(r.err().lines().findFirst().orElseThrow())
        .isEqualTo(
            name
                + ":26:28: error: duplicate key '2018' (first at line 26) (keep one of them; YAML would silently use the last)");
    assertThat(r.err().lines().toList())
        .hasSize(102)
        .contains(
            name
                + ":1:1: error: 99899 more errors in this file are not shown (mend the errors above and run again)");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
