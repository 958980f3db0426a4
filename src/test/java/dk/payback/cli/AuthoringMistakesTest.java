package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a person makes writing a first proposal, each as that person would write it: each is
 * one located error that says what is wrong and shows the mend in the writer's own words, exit 2.
 */
class AuthoringMistakesTest {

  /** A new proposal as a person writes it; every test changes one line. */
  private static final String GOOD =
      """
      kind: proposal
      id: XY01
      type: investment
      title: Ny visitationsmodel
      years: [2025, 2026, 2027]
      permanent:
        - text: Færre timer til visitation
          amounts: { 2026: -400, 2027: -400 }
      implementation:
        - text: Udvikling af modellen
          amounts: { 2025: 600 }
      stated:
        payback_years: 2
      notes:
        - Ingen
      """;

  @TempDir Path dir;

  /** The one error line and the count line that the change gives, after the file's name. */
  private String error(String from, String to) throws IOException {
    assertThat(GOOD).contains(from);
    Path file = dir.resolve("XY01.yaml");
    Files.writeString(file, GOOD.replace(from, to), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("summary", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    String name = file.toString().replace('\\', '/') + ":";
    assertThat(r.err())
        .startsWith(name)
        .endsWith("\n1 error in 1 file; nothing was computed\n")
        .doesNotContain("Exception");
    return r.err().substring(name.length(), r.err().indexOf('\n'));
  }

  @Test
  void aColonInATitle() throws IOException {
    assertThat(error("title: Ny visitationsmodel", "title: Visitation: en ny model"))
        .isEqualTo(
            "4:18: error: invalid YAML: mapping values are not allowed here: the ': ' inside the title reads as the"
                + " start of a new key (put the whole title in single quotes: title: 'Visitation: en ny model')");
  }

  @Test
  void aColonInALineSTextWithAQuoteInside() throws IOException {
    assertThat(
            error(
                "  - text: Færre timer til visitation",
                "  - text: Borgerens 'egen' plan: færre timer"))
        .isEqualTo(
            "7:32: error: invalid YAML: mapping values are not allowed here: the ': ' inside the text reads as the"
                + " start of a new key (put the whole text in single quotes, each ' inside written twice:"
                + " text: 'Borgerens ''egen'' plan: færre timer')");
  }

  @Test
  void aTitleThatStartsWithAQuote() throws IOException {
    assertThat(error("title: Ny visitationsmodel", "title: \"Egen plan\" for borgeren"))
        .isEqualTo(
            "4:20: error: invalid YAML: the title starts with a quote, so YAML ends the text at the next \" and cannot"
                + " read what follows (put the whole title in single quotes: title: '\"Egen plan\" for borgeren')");
  }

  @Test
  void aQuoteNeverClosedIsShownWhereItOpens() throws IOException {
    assertThat(error("title: Ny visitationsmodel", "title: \"Visitation: en ny model"))
        .isEqualTo(
            "4:8: error: invalid YAML: the quote that starts the title is never closed (end the title with the quote"
                + " it starts with: title: \"Visitation: en ny model\", or put the whole title in single quotes:"
                + " title: 'Visitation: en ny model')");
  }

  @Test
  void aCommaLeftOutBetweenAmountsIsShownWhereItGoes() throws IOException {
    assertThat(error("{ 2026: -400, 2027: -400 }", "{ 2026: -400 2027: -400 }"))
        .isEqualTo(
            "8:26: error: invalid YAML: a ',' is missing between -400 and 2027 (separate the entries with commas: amounts: { 2026: -400, 2027: -400 })");
  }

  @Test
  void everyCommaLeftOutOnTheLineIsPutInTheMend() throws IOException {
    assertThat(
            error(
                "amounts: { 2026: -400, 2027: -400 }",
                "amounts: {2025: 0 2026: -400 \"2027\": -400}   # {fra budgettet}"))
        .isEqualTo(
            "8:22: error: invalid YAML: a ',' is missing between 0 and 2026 (separate the entries with commas: amounts: {2025: 0, 2026: -400, \"2027\": -400})");
  }

  @Test
  void aCommaLeftOutAtTheEndOfALine() throws IOException {
    assertThat(error("{ 2026: -400, 2027: -400 }", "{ 2026: -400\n                   2027: -400 }"))
        .isEqualTo(
            "8:26: error: invalid YAML: a ',' is missing between -400 and 2027 (put a ',' after -400)");
  }

  @Test
  void aCommaLeftOutAfterAQuotedText() throws IOException {
    assertThat(
            error(
                "years: [2025, 2026, 2027]",
                "years: [2025, 2026, 2027]\nsource: { document: \"Bilag 1\" page: 3 }"))
        .isEqualTo(
            "6:30: error: invalid YAML: a ',' is missing between \"Bilag 1\" and page (separate the"
                + " entries with commas: source: { document: \"Bilag 1\", page: 3 })");
  }

  @Test
  void aListOfYearsNeverClosedIsShownWhereItOpens() throws IOException {
    assertThat(error("years: [2025, 2026, 2027]", "years: [2025, 2026, 2027   # tre år"))
        .isEqualTo(
            "5:8: error: invalid YAML: this '[' is never closed, so YAML reads what follows as part of"
                + " the list (end the list with ']' on its line: years: [2025, 2026, 2027])");
  }

  @Test
  void aListNeverClosedAtTheEndOfTheFile() throws IOException {
    assertThat(error("notes:\n  - Ingen\n", "notes: [ 'Ingen, {ingen}'\n"))
        .isEqualTo(
            "14:8: error: invalid YAML: this '[' is never closed, so YAML reads what follows as part of"
                + " the list (end the list with ']' on its line: notes: [ 'Ingen, {ingen}' ])");
  }

  @Test
  void amountsClosedWithTheOtherBracket() throws IOException {
    assertThat(error("{ 2025: 600 }", "{ 2025: 600 ]"))
        .isEqualTo(
            "11:26: error: invalid YAML: the mapping that starts with '{' at line 11, column 14 ends"
                + " with ']' (end it with '}')");
  }

  @Test
  void aTabInTheIndentation() throws IOException {
    assertThat(error("  - text: Udvikling af modellen", "\t- text: Udvikling af modellen"))
        .isEqualTo(
            "10:1: error: invalid YAML: a tab where YAML allows only spaces (indent with spaces, not"
                + " tabs)");
  }

  @Test
  void aNoteWithAColonReadsAsAMapping() throws IOException {
    assertThat(error("  - Ingen", "  - XY01: tallene er fra budgettet"))
        .isEqualTo(
            "15:5: error: 'notes' must be a text, found a mapping (the ': ' inside the text makes YAML read a key:"
                + " put the whole text in single quotes: 'XY01: tallene er fra budgettet')");
  }

  @Test
  void aDanishThousandsPointInAnAmount() throws IOException {
    assertThat(error("{ 2025: 600 }", "{ 2025: 1.585 }"))
        .isEqualTo(
            "11:22: error: the amount 1.585 is not a whole number: YAML reads it as a decimal"
                + " fraction (it looks like Danish thousands notation: write 1585)");
  }

  @Test
  void aDanishDecimalCommaInAnAmount() throws IOException {
    assertThat(error("{ 2025: 600 }", "{ 2025: 1500,5 }"))
        .isEqualTo(
            "11:22: error: the amount 1500,5 is not a whole number: the ',' is a decimal comma"
                + " (amounts are whole thousands of kroner: write a whole number, such as 1500 or 1501)");
  }

  @Test
  void aDanishDecimalCommaInANegativeAmountInABlock() throws IOException {
    assertThat(
            error(
                "amounts: { 2026: -400, 2027: -400 }",
                "amounts:\n        2026: -400,5\n        2027: -400"))
        .isEqualTo(
            "9:15: error: the amount -400,5 is not a whole number: the ',' is a decimal comma"
                + " (amounts are whole thousands of kroner: write a whole number, such as -400 or -401)");
  }

  @Test
  void aUnitAfterThePayback() throws IOException {
    assertThat(error("payback_years: 2", "payback_years: 2 år"))
        .isEqualTo(
            "13:18: error: the payback '2 år' is not a plain whole number (write the number of years alone: payback_years: 2)");
  }

  @Test
  void aPaybackInWordsIsToldAboutYearsNotKroner() throws IOException {
    assertThat(error("payback_years: 2", "payback_years: to"))
        .isEqualTo(
            "13:18: error: the payback 'to' is not a plain whole number (write a whole number of years, such as payback_years: 2)");
  }

  @Test
  void aPaybackWithADecimalComma() throws IOException {
    assertThat(error("payback_years: 2", "payback_years: 2,5"))
        .isEqualTo(
            "13:18: error: the payback 2,5 is not a whole number: the ',' is a decimal comma"
                + " (the payback is in whole years: write a whole number, such as 2 or 3)");
  }

  @Test
  void aUnitAfterAYear() throws IOException {
    assertThat(error("years: [2025,", "years: [2025 år,"))
        .isEqualTo(
            "5:9: error: the year '2025 år' is not a plain whole number (write the year alone: 2025)");
  }

  @Test
  void aUnitAfterAnAmount() throws IOException {
    assertThat(error("{ 2025: 600 }", "{ 2025: 600 kr. }"))
        .isEqualTo(
            "11:22: error: the amount '600 kr.' is not a plain whole number (write the amount alone, in thousands of kroner: 600)");
  }

  @Test
  void aCommaLeftOutBetweenYears() throws IOException {
    assertThat(error("years: [2025, 2026, 2027]", "years: [2025 2026, 2027]"))
        .isEqualTo(
            "5:9: error: the year '2025 2026' is not a plain whole number (a ',' is missing between"
                + " the years: write 2025, 2026)");
  }

  @Test
  void aYearRange() throws IOException {
    assertThat(error("years: [2025, 2026, 2027]", "years: 2024-2028"))
        .isEqualTo(
            "5:8: error: 'years' must be a list, found the text \"2024-2028\""
                + " (write the years as a list: years: [2024, 2025, 2026, 2027, 2028])");
  }

  @Test
  void yearsWithoutBrackets() throws IOException {
    assertThat(error("years: [2025, 2026, 2027]", "years: 2025, 2026, 2027"))
        .isEqualTo(
            "5:8: error: 'years' must be a list, found the text \"2025, 2026, 2027\""
                + " (write the years as a list: years: [2025, 2026, 2027])");
  }

  @Test
  void aYearKeyWrittenAsText() throws IOException {
    assertThat(error("{ 2025: 600 }", "{ år 2025: 600 }"))
        .isEqualTo(
            "11:16: error: 'år 2025' is not a year (the key is text: key each amount by the year alone, in digits: 2025: 600)");
  }

  @Test
  void aYearKeyWrittenAsQuotedText() throws IOException {
    assertThat(error("{ 2025: 600 }", "{ \"år 2025\": 600 }"))
        .isEqualTo(
            "11:16: error: 'år 2025' is not a year (the key is text: key each amount by the year alone, in digits: 2025: 600)");
  }

  /**
   * A quoted year in digits names the year as plainly as a bare one, and loads (see WeirdYamlTest).
   */
  @Test
  void aYearKeyInQuotedDigitsLoads() throws IOException {
    Path file = dir.resolve("XY01.yaml");
    Files.writeString(
        file, GOOD.replace("{ 2025: 600 }", "{ \"2025\": 600 }"), StandardCharsets.UTF_8);
    assertThat(dk.payback.load.CaseLoader.load(java.util.List.of(file)).errors()).isEmpty();
  }
}
