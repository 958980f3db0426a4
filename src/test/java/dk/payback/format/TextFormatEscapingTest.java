package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.Checker;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.CaseSet;
import dk.payback.model.Centre;
import dk.payback.model.Diagnostic;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.model.Origin;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Risk;
import dk.payback.model.SourceRef;
import dk.payback.model.Stated;
import dk.payback.model.SummaryOnly;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A terminal obeys what it prints: a case file whose texts hold control characters could retitle or
 * clear it, move the cursor, reorder what is shown, or print a line that looks like a row of the
 * table. Every text from the input, through every view the text format shows, must come out as
 * visible escapes instead.
 */
class TextFormatEscapingTest {

  /** Sets the terminal's title, rings the bell, clears the screen and homes the cursor. */
  static final String RETITLE = "\u001b]0;PWNED\u0007\u001b[2J\u001b[HFake";

  /** A line break, then what would read as a row of the overview. */
  static final String FAKE_ROW = "First\nXX99 Fake row";

  /**
   * Every other kind: tab, CR, DEL, NEL, CSI (C1), bidirectional overrides, isolates and marks,
   * line separator.
   */
  static final String OTHERS =
      "\t\r\u007f\u0085\u009b2J\u202eevil\u202c\u2066x\u2069\u200e\u200f\u061c\u2028end";

  static final String HOSTILE = RETITLE + " " + FAKE_ROW + " " + OTHERS;

  static final String FILE = "cases/\u001b[2J" + FAKE_ROW + ".yaml";

  static final List<Integer> YEARS = List.of(2018, 2019, 2020);

  static Amounts a(long... yearValue) {
    TreeMap<Integer, Long> m = new TreeMap<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      m.put((int) yearValue[i], yearValue[i + 1]);
    }
    return new Amounts(m);
  }

  /**
   * A full proposal with hostile texts everywhere, whose stated figures differ, so that check has
   * findings.
   */
  static Proposal full() {
    Stated stated =
        new Stated(
            a(2019, -710, 2020, -700), a(2018, 600), a(2018, 600, 2019, -700, 2020, -700), 3);
    return new Proposal(
        "XX01",
        ProposalType.INVESTMENT,
        HOSTILE,
        HOSTILE,
        HOSTILE,
        Risk.HIGH,
        new SourceRef(HOSTILE, 7),
        YEARS,
        List.of(
            new Line(HOSTILE, Area.SERVICE, a(2019, -700, 2020, -700)),
            new Line(FAKE_ROW, null, a(2020, 0))),
        List.of(new Line(RETITLE, Area.CAPITAL, a(2018, 600))),
        stated,
        null,
        null,
        List.of(HOSTILE),
        Origin.ofFile(FILE));
  }

  /** A summary-only innovation proposal whose ID and reason are hostile. */
  static Proposal summaryOnly() {
    return new Proposal(
        "XX\u001b[2J\n02",
        ProposalType.INNOVATION,
        FAKE_ROW,
        null,
        null,
        null,
        null,
        YEARS,
        List.of(),
        List.of(),
        Stated.none(),
        new SummaryOnly(HOSTILE, 500, a(2019, -300, 2020, -300)),
        null,
        List.of(),
        Origin.ofFile(FILE));
  }

  static Analysis analysis() {
    List<PortfolioRow> rows =
        List.of(
            new PortfolioRow(1, "XX01", 7, 600, a(2019, -700, 2020, -700)),
            new PortfolioRow(2, "XX\u001b[2J\n02", null, 500, a(2019, -300, 2020, -300)),
            new PortfolioRow(3, FAKE_ROW + RETITLE, null, 1, a(2019, -1)));
    Portfolio portfolio =
        new Portfolio(
            HOSTILE,
            new SourceRef(HOSTILE, 1),
            2018,
            2020,
            List.of(2019, 2020),
            List.of(HOSTILE),
            rows,
            new PortfolioTotal(HOSTILE, 601, a(2019, -701, 2020, -700)),
            null,
            List.of(new Centre("XX", HOSTILE, 1)),
            Origin.ofFile("cases/portfolio" + FAKE_ROW + ".yaml"));
    return Analysis.of(new CaseSet(List.of(full(), summaryOnly()), portfolio));
  }

  static Stream<Arguments> documents() {
    Analysis analysis = analysis();
    List<Proposal> proposals = analysis.cases().proposals();
    Scenario scenario = new Scenario(new BigDecimal("0.9"), new BigDecimal("1.1"), 1);
    List<Diagnostic> errors = List.of(new Diagnostic(new Location(FILE, 3, 4), HOSTILE, HOSTILE));
    List<Arguments> all = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      all.add(
          Arguments.of("summary " + lang, Documents.summary(analysis, Scenario.BASE, null, lang)));
      all.add(
          Arguments.of(
              "summary --npv, scenario " + lang,
              Documents.summary(analysis, scenario, Discounting.DEFAULT, lang)));
      all.add(
          Arguments.of(
              "show " + lang, Documents.show(analysis, proposals, Scenario.BASE, null, lang)));
      all.add(
          Arguments.of(
              "show --npv, scenario " + lang,
              Documents.show(analysis, proposals, scenario, Discounting.DEFAULT, lang)));
      all.add(
          Arguments.of(
              "sensitivity " + lang,
              Documents.sensitivity(analysis, proposals, Discounting.DEFAULT, lang)));
      all.add(
          Arguments.of(
              "check --verbose " + lang, Documents.check(Checker.check(analysis, 0), true, lang)));
      all.add(Arguments.of("check, invalid " + lang, Documents.invalidCheck(errors, 1, 0, lang)));
      all.add(
          Arguments.of(
              "report " + lang,
              Documents.report(
                  analysis, scenario, Discounting.DEFAULT, Checker.check(analysis, 0), lang)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void noControlCharacterReachesTheTerminal(String name, Document document) {
    for (int width : new int[] {FormatOptions.DEFAULT_WIDTH, 0}) {
      String out =
          new TextFormat(new FormatOptions(width, FormatOptions.DEFAULT.csvDialect()))
              .text(document);
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        assertThat(c == '\n' || !controls(c)).as("U+%04X at %d in %s", (int) c, i, out).isTrue();
      }
      assertThat(out.lines()).as(out).noneMatch(l -> l.strip().startsWith("XX99"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theHostileTextsAreShownAsEscapes(String name, Document document) {
    String out = new TextFormat(FormatOptions.DEFAULT).text(document);
    assertThat(out).contains("\\u001B[2J");
    if (!name.startsWith("sensitivity")) {
      // The sensitivity grid gives way to fit, so it shows only the start of a title.
      assertThat(out).contains("First\\nXX99");
    }
  }

  /**
   * Each table is measured in the text it shows: no row is wider than the rule beneath the
   * headings.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyRowOfATableIsMeasuredEscaped(String name, Document document) {
    for (int width : new int[] {FormatOptions.DEFAULT_WIDTH, 0}) {
      List<String> lines =
          new TextFormat(new FormatOptions(width, FormatOptions.DEFAULT.csvDialect()))
              .text(document)
              .lines()
              .toList();
      int rule = -1;
      for (String line : lines) {
        if (!line.isEmpty() && line.chars().allMatch(c -> c == '─')) {
          rule = line.length();
        } else if (line.isEmpty()) {
          rule = -1;
        } else if (rule > 0) {
          assertThat(line.length()).as(line).isLessThanOrEqualTo(rule);
        }
      }
    }
  }

  static boolean controls(char c) {
    return Character.isISOControl(c)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c'
        || c == '\u2028'
        || c == '\u2029';
  }
}
