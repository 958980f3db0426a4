package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Area;
import dk.payback.model.Diagnostic;
import dk.payback.model.Keyed;
import dk.payback.model.ProposalType;
import dk.payback.model.Risk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value of a fixed set written as another word for it (Danish for the format's English, English
 * for its Danish) or misspelt: refused at the value, with the word meant.
 */
class OtherWordsTest {

  @TempDir Path dir;

  private static final String GOOD =
      CaseLoaderTest.GOOD.replace("title: Et forslag\n", "title: Et forslag\nrisk: middel\n");

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          type: investment | type: investering          | 3 |  7 | investment
          type: investment | type: Investeringsforslag  | 3 |  7 | investment
          type: investment | type: innovationsforslag   | 3 |  7 | innovation
          type: investment | type: investmnet           | 3 |  7 | investment
          risk: middel     | risk: high                 | 5 |  7 | høj
          risk: middel     | risk: medium               | 5 |  7 | middel
          risk: middel     | risk: hoj                  | 5 |  7 | høj
          area: service    | area: capital              | 9 | 11 | anlæg
          area: service    | area: anlægsudgifter       | 9 | 11 | anlæg
          area: service    | area: overforsler          | 9 | 11 | overførsler
          area: service    | area: Serviceudgifter      | 9 | 11 | service
          kind: proposal   | kind: forslag              | 1 |  7 | proposal
          kind: proposal   | kind: proposl              | 1 |  7 | proposal
          """)
  void isRefusedAtTheValueWithTheWordMeant(
      String good, String bad, int line, int column, String meant) throws IOException {
    Diagnostic d = OneCase.only(dir, GOOD.replace(good, bad));
    assertThat(d.location().line()).isEqualTo(line);
    assertThat(d.location().column()).isEqualTo(column);
    String written = bad.substring(bad.indexOf(' ') + 1);
    assertThat(d.message()).contains("'" + written + "'");
    assertThat(d.hint()).startsWith("did you mean '" + meant + "'? write ");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          title: Et forslag | titel: Et forslag        | 4 | 1 | title
          risk: middel      | risiko: middel           | 5 | 1 | risk
          years:            | år:                      | 6 | 1 | years
          permanent:        | varige:                  | 7 | 1 | permanent
            text:           |   tekst:                 | 8 | 5 | text
              area:         |     styringsområde:      | 9 | 5 | area
              amounts:      |     beløb:               | 10 | 5 | amounts
          """)
  void aDanishKeyGetsTheEnglishOne(String good, String bad, int line, int column, String meant)
      throws IOException {
    // A required key written in Danish is missing as well: the message here is the unknown one.
    Diagnostic d =
        OneCase.load(dir, GOOD.replace(good.strip(), bad.strip())).errors().stream()
            .filter(e -> e.message().startsWith("unknown key"))
            .findFirst()
            .orElseThrow();
    assertThat(d.location().line()).isEqualTo(line);
    assertThat(d.location().column()).isEqualTo(column);
    String key = bad.strip().substring(0, bad.strip().indexOf(':'));
    assertThat(d.message()).startsWith("unknown key '" + key + "'");
    assertThat(d.hint()).isEqualTo("did you mean '" + meant + "'?");
  }

  /** A key is suggested only where its mapping has it: a line has no 'investment'. */
  @Test
  void aDanishKeyIsSuggestedOnlyWhereTheEnglishOneBelongs() throws IOException {
    Diagnostic d = OneCase.only(dir, GOOD.replace("area: service", "investering: 100"));
    assertThat(d.message()).isEqualTo("unknown key 'investering' in a line");
    assertThat(d.hint()).startsWith("the keys of");
  }

  @Test
  void aWordNearNothingGetsTheListAlone() throws IOException {
    Diagnostic d = OneCase.only(dir, GOOD.replace("area: service", "area: drift"));
    assertThat(d.message()).isEqualTo("'drift' is not a valid area");
    assertThat(d.hint()).isEqualTo("write one of: service, anlæg, overførsler");
  }

  /** The other words are suggestions only: the loader never takes one for the value. */
  @Test
  void anotherWordIsNeverAccepted() throws IOException {
    assertThat(OneCase.load(dir, GOOD.replace("type: investment", "type: investering")).ok())
        .isFalse();
  }

  /** Each word means a value its field has, so that no suggestion is itself refused. */
  @Test
  void everyWordMeansAValueOfItsField() {
    Map<String, List<String>> values =
        Map.of(
            "kind",
            List.of("proposal", "portfolio"),
            "type",
            keys(ProposalType.values()),
            "risk",
            keys(Risk.values()),
            "area",
            keys(Area.values()),
            OtherWords.KEY,
            List.copyOf(CaseReader.everyKey()));
    assertThat(OtherWords.fields()).containsExactlyInAnyOrderElementsOf(values.keySet());
    for (String field : OtherWords.fields()) {
      assertThat(OtherWords.of(field).values()).isSubsetOf(values.get(field));
      // A word that is a value would be accepted before it could be suggested.
      assertThat(OtherWords.of(field).keySet()).doesNotContainAnyElementsOf(values.get(field));
    }
  }

  private static List<String> keys(Keyed[] values) {
    return Arrays.stream(values).map(Keyed::key).toList();
  }
}
