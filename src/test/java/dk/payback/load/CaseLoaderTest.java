package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Diagnostic;
import dk.payback.model.Proposal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: the message, and the line and column it names. */
class CaseLoaderTest {

  @TempDir Path dir;

  static final String GOOD =
      """
      kind: proposal
      id: XX01
      type: investment
      title: Et forslag
      years: [2018, 2019, 2020]
      permanent:
        - text: Besparelse
          area: service
          amounts: { 2019: -6000, 2020: -6000 }
      implementation:
        - text: Udgift
          area: anlæg
          amounts: { 2018: 1585 }
      stated:
        permanent_total: { 2019: -6000, 2020: -6000 }
        payback_years: 2
      """;

  private LoadResult load(String yaml) throws IOException {
    return OneCase.load(dir, yaml);
  }

  private Diagnostic only(String yaml) throws IOException {
    return OneCase.only(dir, yaml);
  }

  private String file() {
    return CaseFiles.display(dir.resolve("XX01.yaml"));
  }

  @Test
  void aGoodCaseLoadsExactly() throws IOException {
    LoadResult r = load(GOOD);
    assertThat(r.errors()).isEmpty();
    Proposal p = r.cases().proposals().get(0);
    assertThat(p.implementation().get(0).amounts().valueOr0(2018)).isEqualTo(1585);
    assertThat(p.stated().paybackYears()).isEqualTo(2);
    assertThat(p.origin().locate("stated.permanent_total.2020").line()).isEqualTo(15);
  }

  @Test
  void danishThousandsAreNotReadAsAFraction() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2018: 1.585 }"));
    assertThat(d.location().line()).isEqualTo(13);
    assertThat(d.location().column()).isEqualTo(22);
    assertThat(d.message()).contains("1.585").contains("not a whole number");
    assertThat(d.hint()).contains("write 1585");
  }

  @Test
  void negativeDanishThousandsGetTheSameHint() throws IOException {
    Diagnostic d =
        only(
            GOOD.replace(
                "2019: -6000, 2020: -6000 }\n  payback", "2019: -6.000, 2020: -6000 }\n  payback"));
    assertThat(d.location().line()).isEqualTo(15);
    assertThat(d.hint()).contains("write -6000");
  }

  @Test
  void millionsInDanishNotationAreCaughtToo() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2018: 1.585.000 }"));
    assertThat(d.hint()).contains("write 1585000");
  }

  @Test
  void leadingZerosAreNotOctal() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2018: 010 }"));
    assertThat(d.location()).hasToString(file() + ":13:22");
    assertThat(d.message()).contains("'010'");
    assertThat(d.hint()).contains("octal").contains("write 10");
  }

  @Test
  void quotedNumbersAreText() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2018: \"1585\" }"));
    assertThat(d.message()).contains("quoted");
    assertThat(d.hint()).contains("remove the quotes");
  }

  @Test
  void duplicateKeysAreAnError() throws IOException {
    Diagnostic d =
        only(GOOD.replace("title: Et forslag\n", "title: Et forslag\ntitle: Et andet\n"));
    assertThat(d.location().line()).isEqualTo(5);
    assertThat(d.location().column()).isEqualTo(1);
    assertThat(d.message()).isEqualTo("duplicate key 'title' (first at line 4)");
  }

  @Test
  void duplicateYearsInAmountsAreAnError() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2018: 1585, 2018: 1586 }"));
    assertThat(d.location().line()).isEqualTo(13);
    assertThat(d.message()).startsWith("duplicate key '2018'");
  }

  @Test
  void anchorsAndAliasesAreRejected() throws IOException {
    String yaml =
        GOOD.replace(
                "amounts: { 2019: -6000, 2020: -6000 }",
                "amounts: &sav { 2019: -6000, 2020: -6000 }")
            .replace("permanent_total: { 2019: -6000, 2020: -6000 }", "permanent_total: *sav");
    LoadResult r = load(yaml);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly("YAML anchor '&sav' is not allowed", "YAML alias '*sav' is not allowed");
    assertThat(r.errors().get(0).location().line()).isEqualTo(9);
    assertThat(r.errors().get(1).location().line()).isEqualTo(15);
    assertThat(r.errors().get(1).location().column()).isEqualTo(20);
  }

  @Test
  void unknownKeysGetASuggestion() throws IOException {
    Diagnostic d = only(GOOD.replace("implementation:", "implemntation:"));
    assertThat(d.location()).hasToString(file() + ":10:1");
    assertThat(d.message()).isEqualTo("unknown key 'implemntation' in a proposal");
    assertThat(d.hint()).isEqualTo("did you mean 'implementation'?");
  }

  @Test
  void wrongTypesAreNamed() throws IOException {
    Diagnostic d = only(GOOD.replace("years: [2018, 2019, 2020]", "years: 2018"));
    assertThat(d.location()).hasToString(file() + ":5:8");
    assertThat(d.message()).isEqualTo("'years' must be a list, found the integer 2018");
  }

  @Test
  void aTextWhereAnAmountBelongs() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2018: mange }"));
    assertThat(d.message()).isEqualTo("the amount 'mange' is not a plain whole number");
  }

  @Test
  void missingRequiredFieldsAreListed() throws IOException {
    LoadResult r = load(GOOD.replace("id: XX01\n", "").replace("title: Et forslag\n", ""));
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly("missing key 'id'", "missing key 'title'");
    assertThat(r.errors()).allSatisfy(d -> assertThat(d.location().line()).isEqualTo(1));
  }

  @Test
  void aYearOutsideYearsIsAnError() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2023: 1585 }"));
    assertThat(d.location()).hasToString(file() + ":13:16");
    assertThat(d.message()).isEqualTo("year 2023 is not among the case's years [2018, 2019, 2020]");
  }

  @Test
  void yearsMustBeConsecutive() throws IOException {
    Diagnostic d = only(GOOD.replace("[2018, 2019, 2020]", "[2018, 2020, 2019]"));
    assertThat(d.message()).isEqualTo("year 2020 does not follow 2018");
    assertThat(d.location().column()).isEqualTo(15);
  }

  @Test
  void anUnknownAreaGetsASuggestion() throws IOException {
    Diagnostic d = only(GOOD.replace("area: anlæg", "area: anlag"));
    assertThat(d.location()).hasToString(file() + ":12:11");
    assertThat(d.hint()).startsWith("did you mean 'anlæg'?");
  }

  @Test
  void anEmptyFile() throws IOException {
    Diagnostic d = only("\n  \n");
    assertThat(d.location()).hasToString(file() + ":1:1");
    assertThat(d.message()).isEqualTo("file is empty");
  }

  @Test
  void aFileOfOnlyComments() throws IOException {
    Diagnostic d = only("# nothing here\n");
    assertThat(d.message()).contains("no YAML value");
  }

  @Test
  void bytesThatAreNotUtf8() throws IOException {
    Path f = dir.resolve("XX01.yaml");
    byte[] latin1 = GOOD.replace("anlæg", "anl\u00e6g").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, latin1);
    LoadResult r = CaseLoader.load(List.of(f));
    assertThat(r.errors()).hasSize(1);
    Diagnostic d = r.errors().get(0);
    assertThat(d.location()).hasToString(file() + ":12:14");
    assertThat(d.message()).isEqualTo("byte 0xE6 is not UTF-8");
    assertThat(d.hint()).contains("UTF-8");
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() throws IOException {
    Path f = dir.resolve("XX01.yaml");
    byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(f, withBom);
    assertThat(CaseLoader.load(List.of(f)).errors()).isEmpty();
  }

  @Test
  void invalidYamlSyntaxNamesThePlace() throws IOException {
    Diagnostic d = only(GOOD.replace("title: Et forslag", "title: [Et forslag"));
    assertThat(d.message()).startsWith("invalid YAML: ");
    assertThat(d.location().line()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void tabsForIndentation() throws IOException {
    Diagnostic d = only(GOOD.replace("  - text: Besparelse", "\t- text: Besparelse"));
    assertThat(d.message()).startsWith("invalid YAML");
    assertThat(d.location().line()).isEqualTo(7);
  }

  @Test
  void tooDeepNestingIsRefused() throws IOException {
    String deep = "kind: proposal\nx: " + "[".repeat(200) + "]".repeat(200) + "\n";
    LoadResult r = load(deep);
    assertThat(r.errors()).isNotEmpty();
    assertThat(r.errors().get(0).message()).containsAnyOf("nesting", "depth");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
    Path f = dir.resolve("XX01.yaml");
    Files.write(f, new byte[YamlTree.MAX_BYTES + 1]);
    LoadResult r = CaseLoader.load(List.of(f));
    assertThat(r.errors())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("more than the 1048576"));
  }

  @Test
  void moreThanOneDocument() throws IOException {
    Diagnostic d = only(GOOD + "---\nkind: proposal\n");
    assertThat(d.message()).isEqualTo("file holds more than one YAML document");
    assertThat(d.location().line()).isEqualTo(18);
  }

  @Test
  void summaryOnlyMayNotHaveLines() throws IOException {
    String yaml =
        GOOD.replace(
            "stated:",
            "summary_only:\n  reason: fortroligt\n  investment: 10\n  savings: {}\nstated:");
    LoadResult r = load(yaml);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly(
            "a summary-only proposal has no 'permanent'",
            "a summary-only proposal has no 'implementation'",
            "a summary-only proposal has no 'stated'");
  }

  @Test
  void everyErrorInEveryFileIsReportedInOneRun() throws IOException {
    Files.writeString(
        dir.resolve("A.yaml"),
        GOOD.replace("{ 2018: 1585 }", "{ 2018: 1.585 }").replace("area: anlæg", "area: anlag"));
    Files.writeString(dir.resolve("B.yaml"), GOOD.replace("type: investment", "type: investering"));
    Files.writeString(dir.resolve("C.yml"), GOOD);
    Files.writeString(dir.resolve("notes.txt"), "not a case");
    LoadResult r = CaseLoader.load(List.of(dir));
    assertThat(r.filesRead()).isEqualTo(3);
    assertThat(r.errors()).extracting(d -> d.location().line()).containsExactly(12, 13, 3);
    assertThat(r.errors())
        .extracting(d -> Path.of(d.location().file()).getFileName().toString())
        .containsExactly("A.yaml", "A.yaml", "B.yaml");
  }

  @Test
  void aMissingPathAndAnEmptyFolder() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("tom"));
    LoadResult r = CaseLoader.load(List.of(dir.resolve("findes-ikke"), empty));
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly("no such file or folder", "folder holds no case files (*.yaml, *.yml)");
  }

  @Test
  void hugeNumbersAreTooLargeNotWrapped() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1585 }", "{ 2018: 99999999999999999999 }"));
    assertThat(d.message()).contains("too large");
  }

  @Test
  void theRealCasesLoadWithoutErrors() {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.errors()).isEmpty();
    assertThat(r.cases().proposals()).hasSize(19);
    assertThat(r.cases().overview()).isPresent();
  }

  @Test
  void progressIsToldOfEveryFileOnceWithTheTotal() {
    List<int[]> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    LoadResult r =
        CaseLoader.loadWithProgress(
            List.of(Path.of("cases")), (read, total) -> told.add(new int[] {read, total}));
    // The 19 proposals and portfolio.yaml; the threads may tell in any order.
    assertThat(r.filesRead()).isEqualTo(20);
    assertThat(told).extracting(t -> t[1]).containsOnly(20);
    assertThat(told)
        .extracting(t -> t[0])
        .containsExactlyInAnyOrder(
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
  }
}
