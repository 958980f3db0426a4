package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code payback check} on small crafted cases (src/test/resources/check/*), one kind of finding
 * per folder: exit code and every line printed.
 */
class CheckCommandTest {

  static final String DIR = "src/test/resources/check/";

  static Cli.Result check(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "check";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.run(all);
  }

  @Test
  void balancedCasesAreSilentApartFromTheCountLine() {
    Cli.Result r = check(DIR + "balanced");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .isEqualTo("2 forslag i 3 filer, 23 tal sammenholdt: alle stemmer, 0 advarsler\n");
    assertThat(r.err()).isEmpty();
    assertThat(check("--lang", "en", DIR + "balanced").out())
        .isEqualTo("2 proposals in 3 files, 23 figures compared: all balance, 0 warnings\n");
  }

  /**
   * One folder per kind of finding; each prints exactly these lines and exits 1, in Danish by
   * default (with Danish number format) and in English with --lang en.
   */
  static Stream<Arguments> findings() {
    return Stream.of(
        arguments(
            "subtotal-off",
            List.of(
                "XX01.yaml:17:40: samlet varig ændring 2020: kilden angiver -710, beregnet -700 (linjernes sum)",
                "1 forslag i 1 fil, 7 tal sammenholdt: 1 afvigelse i 1 fil, 0 advarsler"),
            List.of(
                "XX01.yaml:17:40: permanent total 2020: stated -710, computed -700 (lines sum)",
                "1 proposal in 1 file, 7 figures compared: 1 finding in 1 file, 0 warnings")),
        arguments(
            "net-impact-off",
            List.of(
                "XX01.yaml:19:46: samlet økonomisk påvirkning 2020: kilden angiver -710, beregnet -700 (linjernes sum)",
                "1 forslag i 1 fil, 7 tal sammenholdt: 1 afvigelse i 1 fil, 0 advarsler"),
            List.of(
                "XX01.yaml:19:46: net impact 2020: stated -710, computed -700 (lines sum)",
                "1 proposal in 1 file, 7 figures compared: 1 finding in 1 file, 0 warnings")),
        arguments(
            "payback-off",
            List.of(
                "XX01.yaml:20:18: tilbagebetalingstid: kilden angiver 3 år, beregnet 2 år (tilbagebetalingsreglen)",
                "1 forslag i 1 fil, 7 tal sammenholdt: 1 afvigelse i 1 fil, 0 advarsler"),
            List.of(
                "XX01.yaml:20:18: payback: stated 3 years, computed 2 years (payback rule)",
                "1 proposal in 1 file, 7 figures compared: 1 finding in 1 file, 0 warnings")),
        // A row off (transcription), and the I ALT that sums it differs from the proposals.
        arguments(
            "row-off",
            List.of(
                "portfolio.yaml:8:83: række 2 XX02 effektivisering 2020: kilden angiver -710, beregnet -700 (sagen "
                    + DIR
                    + "row-off/XX02.yaml)",
                "portfolio.yaml:13:35: I ALT (investeringsforslag) effektivisering 2020: kilden angiver -1.410, beregnet -1.400"
                    + " (forslagenes sum)",
                "2 forslag i 3 filer, 23 tal sammenholdt: 2 afvigelser i 1 fil, 0 advarsler"),
            List.of(
                "portfolio.yaml:8:83: row 2 XX02 savings 2020: stated -710, computed -700 ("
                    + DIR
                    + "row-off/XX02.yaml)",
                "portfolio.yaml:13:35: I ALT (investeringsforslag) savings 2020: stated -1410, computed -1400 (proposals sum)",
                "2 proposals in 3 files, 23 figures compared: 2 findings in 1 file, 0 warnings")),
        // An I ALT off (printing error): against the printed rows and against the proposals.
        arguments(
            "total-off",
            List.of(
                "portfolio.yaml:13:35: I ALT (investeringsforslag) effektivisering 2020: kilden angiver -1.410, beregnet -1.400"
                    + " (rækkernes sum)",
                "portfolio.yaml:13:35: I ALT (investeringsforslag) effektivisering 2020: kilden angiver -1.410, beregnet -1.400"
                    + " (forslagenes sum)",
                "2 forslag i 3 filer, 23 tal sammenholdt: 2 afvigelser i 1 fil, 0 advarsler"),
            List.of(
                "portfolio.yaml:13:35: I ALT (investeringsforslag) savings 2020: stated -1410, computed -1400 (rows sum)",
                "portfolio.yaml:13:35: I ALT (investeringsforslag) savings 2020: stated -1410, computed -1400 (proposals sum)",
                "2 proposals in 3 files, 23 figures compared: 2 findings in 1 file, 0 warnings")),
        arguments(
            "missing-case",
            List.of(
                "portfolio.yaml:8:22: række 2 XX02 har ingen sag: intet forslag med id XX02 blandt de kontrollerede filer",
                "1 forslag i 2 filer, 10 tal sammenholdt: 1 afvigelse i 1 fil, 0 advarsler"),
            List.of(
                "portfolio.yaml:8:22: row 2 XX02 has no case: no proposal with id XX02 among the files checked",
                "1 proposal in 2 files, 10 figures compared: 1 finding in 1 file, 0 warnings")),
        arguments(
            "missing-row",
            List.of(
                "XX02.yaml:3:5: XX02 har ingen række i oversigten "
                    + DIR
                    + "missing-row/portfolio.yaml",
                "2 forslag i 3 filer, 17 tal sammenholdt: 1 afvigelse i 1 fil, 0 advarsler"),
            List.of(
                "XX02.yaml:3:5: XX02 has no row in the overview "
                    + DIR
                    + "missing-row/portfolio.yaml",
                "2 proposals in 3 files, 17 figures compared: 1 finding in 1 file, 0 warnings")),
        arguments(
            "duplicate-id",
            List.of(
                "a/XX01.yaml:3:5: id XX01 er ikke entydigt: også i "
                    + DIR
                    + "duplicate-id/b/XX01.yaml:3:5",
                "b/XX01.yaml:3:5: id XX01 er ikke entydigt: også i "
                    + DIR
                    + "duplicate-id/a/XX01.yaml:3:5",
                "2 forslag i 2 filer, 14 tal sammenholdt: 2 afvigelser i 2 filer, 0 advarsler"),
            List.of(
                "a/XX01.yaml:3:5: id XX01 is not unique: also at "
                    + DIR
                    + "duplicate-id/b/XX01.yaml:3:5",
                "b/XX01.yaml:3:5: id XX01 is not unique: also at "
                    + DIR
                    + "duplicate-id/a/XX01.yaml:3:5",
                "2 proposals in 2 files, 14 figures compared: 2 findings in 2 files, 0 warnings")),
        arguments(
            "duplicate-row",
            List.of(
                "portfolio.yaml:7:22: række 1 XX01: id XX01 er ikke entydigt i oversigten: også række 2",
                "portfolio.yaml:8:22: række 2 XX01: id XX01 er ikke entydigt i oversigten: også række 1",
                "1 forslag i 2 filer, 13 tal sammenholdt: 2 afvigelser i 1 fil, 0 advarsler"),
            List.of(
                "portfolio.yaml:7:22: row 1 XX01: id XX01 is not unique in the overview: also row 2",
                "portfolio.yaml:8:22: row 2 XX01: id XX01 is not unique in the overview: also row 1",
                "1 proposal in 2 files, 13 figures compared: 2 findings in 1 file, 0 warnings")),
        arguments(
            "id-mismatch",
            List.of(
                "XX02.yaml:3:5: id XX01 svarer ikke til filnavnet XX02.yaml: omdøb filen til XX01.yaml eller ret id'et",
                "1 forslag i 1 fil, 7 tal sammenholdt: 1 afvigelse i 1 fil, 0 advarsler"),
            List.of(
                "XX02.yaml:3:5: id XX01 does not match the file name XX02.yaml: rename the file to XX01.yaml or correct the id",
                "1 proposal in 1 file, 7 figures compared: 1 finding in 1 file, 0 warnings")));
  }

  /**
   * @param danish each finding's line without the folder in front, then the count line
   * @param english the same with --lang en
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void eachKindOfFindingIsReportedAtItsFigure(
      String folder, List<String> danish, List<String> english) {
    Cli.Result r = check(DIR + folder);
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEqualTo(expected(folder, danish));
    assertThat(r.err()).isEmpty();

    Cli.Result en = check("--lang", "en", DIR + folder);
    assertThat(en.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(en.out()).isEqualTo(expected(folder, english));
  }

  private static String expected(String folder, List<String> lines) {
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < lines.size() - 1; i++) {
      expected.append(DIR).append(folder).append('/').append(lines.get(i)).append('\n');
    }
    return expected.append(lines.get(lines.size() - 1)).append('\n').toString();
  }

  @Test
  void aDifferenceExactlyOnTheToleranceIsNoFinding() {
    // tolerance/XX01.yaml prints -702 where the lines sum to -700, in its subtotal and net impact.
    Cli.Result r = check("--tolerance", "2", DIR + "tolerance");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .isEqualTo(
            "1 forslag i 1 fil, 7 tal sammenholdt: alle stemmer, 0 advarsler; 2 inden for tolerancen på 2\n");

    Cli.Result verbose = check("--tolerance", "2", "--verbose", DIR + "tolerance");
    assertThat(verbose.out())
        .contains(
            DIR
                + "tolerance/XX01.yaml:17:40: inden for tolerancen: samlet varig ændring 2020: kilden angiver -702,"
                + " beregnet -700 (linjernes sum)\n",
            DIR
                + "tolerance/XX01.yaml:17:28: ok: samlet varig ændring 2019: kilden angiver -700, beregnet -700 (linjernes sum)\n");

    Cli.Result en = check("--lang", "en", "--tolerance", "2", "--verbose", DIR + "tolerance");
    assertThat(en.out())
        .contains(
            DIR
                + "tolerance/XX01.yaml:17:40: within tolerance: permanent total 2020: stated -702, computed -700 (lines sum)\n",
            DIR
                + "tolerance/XX01.yaml:17:28: ok: permanent total 2019: stated -700, computed -700 (lines sum)\n",
            "1 proposal in 1 file, 7 figures compared: all balance, 0 warnings; 2 within tolerance 2\n");
  }

  @Test
  void aDifferenceOnePastTheToleranceIsAFinding() {
    Cli.Result r = check("--tolerance", "1", DIR + "tolerance");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out())
        .isEqualTo(
            DIR
                + "tolerance/XX01.yaml:17:40: samlet varig ændring 2020: kilden angiver -702, beregnet -700 (linjernes sum)\n"
                + DIR
                + "tolerance/XX01.yaml:19:46: samlet økonomisk påvirkning 2020: kilden angiver -702, beregnet -700"
                + " (linjernes sum)\n"
                + "1 forslag i 1 fil, 7 tal sammenholdt: 2 afvigelser i 1 fil, 0 advarsler; 0 inden for tolerancen på 1\n");
  }

  @Test
  void aTextReportOfInvalidInputListsEveryErrorAndSaysNothingWasChecked(@TempDir Path tmp)
      throws IOException {
    Path file = tmp.resolve("check.txt");
    Cli.Result r = check("--format", "text", "-o", file.toString(), DIR + "invalid");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    String error =
        DIR
            + "invalid/XX01.yaml:15:22: error: the amount '0.600' is not a plain whole number"
            + " (write a plain whole number such as 1585 or -6000)\n";
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(error + "1 fejl i 1 fil; intet blev kontrolleret\n");
    check("--lang", "en", "--format", "text", "-o", file.toString(), DIR + "invalid");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(error + "1 error in 1 file; nothing was checked\n");
  }

  @Test
  void inputErrorsWinOverFindings() {
    Cli.Result r = check(DIR + "subtotal-off", DIR + "invalid");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            DIR
                + "invalid/XX01.yaml:15:22: error: the amount '0.600' is not a plain whole number"
                + " (write a plain whole number such as 1585 or -6000)\n"
                + "1 error in 1 file; nothing was computed\n");
  }

  @Test
  void aNegativeToleranceIsAUsageError() {
    Cli.Result r = check("--tolerance", "-1", DIR + "balanced");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith("payback: Invalid value for option '--tolerance': '-1' is not a tolerance");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Result r = check("--format", "xml", DIR + "balanced");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err())
        .startsWith(
            "payback: Invalid value for option '--format': 'xml' is not a format of this command: use text, json, github or junit");
  }

  @Test
  void outputFileGetsTheFormatAndStdoutTheTextReport(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("check.json");
    Cli.Result r = check("--format", "json", "-o", file.toString(), DIR + "subtotal-off");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEqualTo(check(DIR + "subtotal-off").out());
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(check("--format", "json", DIR + "subtotal-off").out());
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("no temporary file left behind").containsExactly(file);
    }
  }

  @Test
  void outputFileIsWrittenForInvalidInputToo(@TempDir Path tmp) throws IOException {
    // Else a CI server would show the report of an earlier run.
    Path file = tmp.resolve("check.xml");
    Files.writeString(file, "stale");
    Cli.Result r = check("--format", "junit", "-o", file.toString(), DIR + "invalid");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(Files.readString(file)).contains("<error type=\"invalid_input\"");
  }

  @Test
  void anOutputThatWouldBeReadAsACaseIsRefused(@TempDir Path tmp) {
    Cli.Result r = check("-o", tmp.resolve("report.yaml").toString(), DIR + "balanced");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("would be read as a case file next time");
    assertThat(tmp.resolve("report.yaml")).doesNotExist();
  }
}
