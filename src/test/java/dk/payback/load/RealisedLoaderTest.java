package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Amounts;
import dk.payback.model.Diagnostic;
import dk.payback.model.Proposal;
import dk.payback.model.Realised;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realised block: each of its rules refuses with a located message, and a good block loads. */
class RealisedLoaderTest {

  @TempDir Path dir;

  private static final String PLAN =
      """
      kind: proposal
      id: XX01
      type: investment
      title: Et forslag
      years: [2018, 2019, 2020, 2021]
      permanent:
        - text: Besparelse
          amounts: { 2019: -6000, 2020: -6000, 2021: -6000 }
      implementation:
        - text: Udgift
          amounts: { 2018: 1585 }
        - text: Flytning
          amounts: { 2019: 400 }
      """;

  private static final String GOOD =
      PLAN
          + """
          realised:
            as_of: 2020
            permanent_total: { 2019: -5000, 2020: -5500 }
            implementation_total: { 2018: 1700, 2019: 500 }
            lines:
              - text: Besparelse
                amounts: { 2019: -5000, 2020: -5500 }
              - text: Flytning
                amounts: { 2019: 500 }
            notes: [ "Forsinket flytning" ]
          """;

  private LoadResult load(String yaml) throws IOException {
    return OneCase.load(dir, yaml);
  }

  private Diagnostic only(String yaml) throws IOException {
    return OneCase.only(dir, yaml);
  }

  /** The 1-based line of the first line of {@code yaml} that holds {@code marker}. */
  private static int lineOf(String yaml, String marker) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker + " not in the case");
  }

  @Test
  void aGoodRealisedBlockLoadsExactly() throws IOException {
    LoadResult r = load(GOOD);
    assertThat(r.errors()).isEmpty();
    Proposal p = r.cases().proposals().get(0);
    Realised realised = p.realised();
    assertThat(realised.asOf()).isEqualTo(2020);
    assertThat(realised.permanentTotal()).isEqualTo(Amounts.of(Map.of(2019, -5000L, 2020, -5500L)));
    assertThat(realised.implementationTotal())
        .isEqualTo(Amounts.of(Map.of(2018, 1700L, 2019, 500L)));
    assertThat(realised.lines())
        .extracting(Realised.RealisedLine::text, Realised.RealisedLine::permanent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Besparelse", true),
            org.assertj.core.groups.Tuple.tuple("Flytning", false));
    assertThat(realised.notes()).containsExactly("Forsinket flytning");
    assertThat(p.origin().locate("realised.permanent_total.2020").line())
        .isEqualTo(lineOf(GOOD, "permanent_total: { 2019: -5000"));
  }

  @Test
  void aProposalWithoutARealisedBlockIsNotFollowedUp() throws IOException {
    LoadResult r = load(PLAN);
    assertThat(r.errors()).isEmpty();
    assertThat(r.cases().proposals().get(0).isFollowedUp()).isFalse();
  }

  @Test
  void asOfIsRequired() throws IOException {
    Diagnostic d = only(GOOD.replace("  as_of: 2020\n", ""));
    assertThat(d.message()).isEqualTo("missing key 'as_of'");
    assertThat(d.hint()).contains("as_of: 2020");
  }

  @Test
  void asOfMustBeAmongTheCasesYears() throws IOException {
    String yaml = GOOD.replace("as_of: 2020", "as_of: 2023");
    Diagnostic d = only(yaml);
    assertThat(d.location().line()).isEqualTo(lineOf(yaml, "as_of: 2023"));
    assertThat(d.location().column()).isEqualTo(10);
    assertThat(d.message())
        .isEqualTo("as_of 2023 is not among the case's years [2018, 2019, 2020, 2021]");
  }

  @Test
  void aRealisedYearMustBeAmongTheCasesYears() throws IOException {
    String yaml = GOOD.replace("{ 2018: 1700, 2019: 500 }", "{ 2017: 1700, 2019: 500 }");
    LoadResult r = load(yaml);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .contains("year 2017 is not among the case's years [2018, 2019, 2020, 2021]");
    assertThat(r.errors().get(0).location().line())
        .isEqualTo(lineOf(yaml, "implementation_total: { 2017"));
  }

  @Test
  void aRealisedYearMustNotBeAfterAsOf() throws IOException {
    String yaml =
        GOOD.replace(
            "permanent_total: { 2019: -5000, 2020: -5500 }",
            "permanent_total: { 2019: -5000, 2020: -5500, 2021: -6000 }");
    Diagnostic d = only(yaml);
    assertThat(d.location().line()).isEqualTo(lineOf(yaml, "-5500, 2021: -6000 }"));
    assertThat(d.location().column())
        .isEqualTo(yaml.lines().toList().get(d.location().line() - 1).indexOf("-6000 }") + 1);
    assertThat(d.message()).isEqualTo("a realised figure for 2021, after as_of 2020");
    assertThat(d.hint()).contains("set as_of to 2021");
  }

  @Test
  void aLinesYearMustNotBeAfterAsOfEither() throws IOException {
    String yaml = GOOD.replace("amounts: { 2019: 500 }", "amounts: { 2019: 500, 2021: 10 }");
    LoadResult r = load(yaml);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .contains("a realised figure for 2021, after as_of 2020");
  }

  @Test
  void aLineTextMustBeALineOfThePlan() throws IOException {
    String yaml = GOOD.replace("    - text: Flytning", "    - text: Flytnng");
    Diagnostic d = only(yaml);
    assertThat(d.location().line()).isEqualTo(lineOf(yaml, "text: Flytnng"));
    assertThat(d.message()).isEqualTo("the plan has no line 'Flytnng'");
    assertThat(d.hint()).isEqualTo("did you mean 'Flytning'?");
  }

  @Test
  void aLineOfThePlanIsFollowedUpOnce() throws IOException {
    String yaml =
        GOOD.replace("  notes:", "    - text: Flytning\n      amounts: { 2019: 0 }\n  notes:");
    LoadResult r = load(yaml);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("the line 'Flytning' is followed up twice (first at line "));
  }

  @Test
  void aTextThatNamesTwoLinesOfThePlanIsRefused() throws IOException {
    String yaml = GOOD.replace("  - text: Udgift", "  - text: Flytning");
    LoadResult r = load(yaml);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .contains("the text 'Flytning' names 2 lines of the plan");
  }

  @Test
  void aTotalMustAgreeWithItsLines() throws IOException {
    String yaml =
        GOOD.replace(
            "{ 2019: -5000, 2020: -5500 }\n  implementation",
            "{ 2019: -5000, 2020: -5400 }\n  implementation");
    Diagnostic d = only(yaml);
    assertThat(d.location().line()).isEqualTo(lineOf(yaml, "-5400"));
    assertThat(d.message())
        .isEqualTo("the realised total for 2020 is -5400, but its lines add up to -5500");
    assertThat(d.hint()).contains("leave the total out");
  }

  @Test
  void aYearOfTheLinesMissingFromTheTotalDisagreesToo() throws IOException {
    String yaml =
        GOOD.replace(
            "permanent_total: { 2019: -5000, 2020: -5500 }", "permanent_total: { 2019: -5000 }");
    Diagnostic d = only(yaml);
    assertThat(d.message())
        .isEqualTo("the realised total for 2020 is 0, but its lines add up to -5500");
    assertThat(d.location().line()).isEqualTo(lineOf(yaml, "permanent_total"));
  }

  @Test
  void linesOfSomeOfAKindNeedTheTotalOfThatKind() throws IOException {
    String yaml = GOOD.replace("  implementation_total: { 2018: 1700, 2019: 500 }\n", "");
    Diagnostic d = only(yaml);
    assertThat(d.location().line()).isEqualTo(lineOf(yaml, "as_of"));
    assertThat(d.message())
        .isEqualTo(
            "the realised lines follow up 1 of the plan's 2 implementation lines, and there is no"
                + " 'implementation_total'");
  }

  @Test
  void linesOfEveryLineOfAKindNeedNoTotal() throws IOException {
    String yaml = GOOD.replace("  permanent_total: { 2019: -5000, 2020: -5500 }\n", "");
    assertThat(load(yaml).errors()).isEmpty();
  }

  @Test
  void aTotalWithoutLinesOfItsKindStandsAlone() throws IOException {
    String yaml = GOOD.replace("    - text: Flytning\n      amounts: { 2019: 500 }\n", "");
    assertThat(load(yaml).errors()).isEmpty();
  }

  @Test
  void realisedAmountsFollowTheYearKeyAndNumberRules() throws IOException {
    String yaml =
        GOOD.replace(
            "{ 2019: -5000, 2020: -5500 }\n  implementation",
            "{ 02019: -5.000, 2020: -5500 }\n  implementation");
    LoadResult r = load(yaml);
    assertThat(r.errors()).extracting(Diagnostic::message).contains("'02019' is not a year");
  }

  @Test
  void realisedAmountsRefuseDanishThousands() throws IOException {
    Diagnostic d = only(GOOD.replace("{ 2018: 1700, 2019: 500 }", "{ 2018: 1.700, 2019: 500 }"));
    assertThat(d.hint()).contains("write 1700");
  }

  @Test
  void realisedTextsFollowTheTextRules() throws IOException {
    Diagnostic d = only(GOOD.replace("\"Forsinket flytning\"", "\"\""));
    assertThat(d.message()).isEqualTo("'notes' is blank");
    Diagnostic long_ = only(GOOD.replace("Forsinket flytning", "x".repeat(20_001)));
    assertThat(long_.message()).contains("20001 characters long, more than the 20000");
  }

  @Test
  void anUnknownKeyInTheBlockIsNamedWithASuggestion() throws IOException {
    Diagnostic d = only(GOOD.replace("  as_of: 2020", "  as_of: 2020\n  implemntation_total: {}"));
    assertThat(d.message()).isEqualTo("unknown key 'implemntation_total' in realised");
    assertThat(d.hint()).isEqualTo("did you mean 'implementation_total'?");
  }

  @Test
  void theBlockMustBeAMapping() throws IOException {
    Diagnostic d = only(PLAN + "realised: 2020\n");
    assertThat(d.message()).isEqualTo("'realised' must be a mapping, found the integer 2020");
  }

  @Test
  void everyErrorOfTheBlockComesOutInOneRun() throws IOException {
    String yaml =
        GOOD.replace("as_of: 2020", "as_of: 2019").replace("    - text: Flytning", "    - text: X");
    LoadResult r = load(yaml);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .contains("a realised figure for 2020, after as_of 2019", "the plan has no line 'X'");
  }
}
