package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.Checker;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What of the HTML page on a screen can be read without a browser: the style sheet's screen rules
 * (the title columns, the overview's sticky header) and each chart's unit and the caption that says
 * how to read its sign, in both languages. How it looks is src/scripts/html-screenshot.sh's part.
 */
class HtmlScreenTest {

  private static final Pattern TABLE = Pattern.compile("<table class=\"figures (\\w+)\">");
  private static final Pattern FIGURE =
      Pattern.compile(
          "<figure class=\"chart\">\n(<svg .*?</svg>)\n<figcaption>(.*?)</figcaption>",
          Pattern.DOTALL);

  private static String report(Lang lang) {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.ok()).isTrue();
    Analysis analysis = Analysis.of(r.cases());
    return new HtmlFormat()
        .text(
            Documents.report(
                analysis, Scenario.BASE, Discounting.DEFAULT, Checker.check(analysis, 0), lang));
  }

  private static String track(Lang lang) {
    LoadResult r = CaseLoader.load(List.of(Path.of("src/test/resources/track")));
    assertThat(r.ok()).isTrue();
    return new HtmlFormat()
        .text(Documents.track(Analysis.of(r.cases()), null, Discounting.DEFAULT, lang));
  }

  /** The rules of the style sheet's block that starts with {@code opening}, up to its end. */
  private static String block(String html, String opening) {
    int start = html.indexOf(opening);
    assertThat(start).as(opening).isNotNegative();
    int depth = 0;
    for (int i = html.indexOf('{', start); i < html.length(); i++) {
      if (html.charAt(i) == '{') {
        depth++;
      } else if (html.charAt(i) == '}' && --depth == 0) {
        return html.substring(start, i + 1);
      }
    }
    throw new AssertionError("no end to " + opening);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void onScreenTheOverviewHeaderSticksAndEveryTitleColumnHasRoom(Lang lang) {
    String html = report(lang) + track(lang);
    String screen = block(html, "@media screen {");
    assertThat(screen)
        .contains(
            "table.overview thead th { position: sticky; top: 0; z-index: 1; background: #fff; }")
        .contains("table.overview thead tr + tr th { top: ");
    // Every kind of table with a column of titles gives that column a minimum width; the
    // findings' columns are locations, subjects and figures, not titles.
    List<String> kinds = new ArrayList<>();
    for (Matcher m = TABLE.matcher(html); m.find(); ) {
      if (!kinds.contains(m.group(1)) && !m.group(1).equals("findings")) {
        kinds.add(m.group(1));
      }
    }
    assertThat(kinds).contains("overview", "budget", "proposal", "sensitivity", "track");
    String titleRule = screen.substring(0, screen.indexOf("{ min-width: var(--title-width); }"));
    for (String kind : kinds) {
      assertThat(titleRule).as(kind).containsPattern("table\\." + kind + " td[.:]");
    }
    // Print is A4 as before: nothing sticks, no minimum width on paper.
    String print = block(html, "@media print {");
    assertThat(print).doesNotContain("sticky").doesNotContain("min-width");
    assertThat(screen).doesNotContain("@page");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyChartNamesItsUnitAndSaysHowToReadItsSign(Lang lang) {
    String unit = lang == Lang.DA ? "1.000 kr." : "DKK 1,000";
    String sign =
        lang == Lang.DA
            ? "Fortegn som i tabellerne: besparelser er negative, så kurven falder"
            : "Sign as in the tables: savings are negative, so the line falls";
    String below = lang == Lang.DA ? "under 0" : "below 0";
    String html = report(lang) + track(lang);
    int charts = 0;
    for (Matcher m = FIGURE.matcher(html); m.find(); charts++) {
      String svg = m.group(1);
      String caption = m.group(2);
      assertThat(svg)
          .contains("<text class=\"unit\" x=\"76\" y=\"18\" text-anchor=\"end\">" + unit);
      assertThat(caption).contains(sign);
      if (!caption.contains(lang == Lang.DA ? "planlagt" : "planned")) {
        assertThat(caption).as("a net impact chart says what below 0 means").contains(below);
      }
      if (svg.contains("<line class=\"mark\"")
          && !svg.contains(lang == Lang.DA ? "opgjort" : "as of")) {
        assertThat(caption)
            .as("a marked chart says what its mark is")
            .contains(lang == Lang.DA ? "Den lodrette linje er" : "The vertical line is");
      }
    }
    // The portfolio, each of the 19 proposals, and the 3 proposals followed up.
    assertThat(charts).isEqualTo(1 + 19 + 3);
  }
}
