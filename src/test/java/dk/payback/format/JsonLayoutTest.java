package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.check.CheckReport;
import dk.payback.check.Checker;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.Lang;
import dk.payback.view.Selection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON written as it goes is laid out exactly as Jackson writes a tree of the same document, the
 * layout every golden file and reader of the JSON has: each document is read back into a tree and
 * written again by a tree writer with the tool's pretty printer, and the two texts must be the same
 * to the byte. The documents are those of the real cases and of cases whose every text is hostile.
 */
class JsonLayoutTest {

  /**
   * The tree writer the JSON format was written with before it wrote as it goes; its own copy of
   * the layout, so that a change to the format's is caught here.
   */
  private static final ObjectWriter TREE_WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator("")));

  private static final ObjectMapper READER = new ObjectMapper();

  @Test
  void everyDocumentOfTheRealCasesIsLaidOutAsItsTree() throws Exception {
    LoadResult r = CaseLoader.load(List.of(Path.of("cases")));
    assertThat(r.ok()).isTrue();
    assertSameAsTree(documents(Analysis.of(r.cases())));
  }

  @Test
  void hostileTextsAreEscapedAsInATree() throws Exception {
    for (String text : HostileTextTest.HOSTILE) {
      assertSameAsTree(documents(Analysis.of(HostileTextTest.cases(text))));
    }
  }

  private static void assertSameAsTree(List<Document> documents) throws Exception {
    JsonFormat json = new JsonFormat();
    for (Document d : documents) {
      String text = json.text(d);
      String tree = TREE_WRITER.writeValueAsString(READER.readTree(text)) + "\n";
      assertThat(text).isEqualTo(tree);
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      json.write(d, written);
      assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    }
  }

  /** Every kind of JSON document: check's report, a report of every view, a diff. */
  private static List<Document> documents(Analysis analysis) {
    Discounting d = Discounting.DEFAULT;
    CheckReport checks = Checker.check(analysis, 0);
    List<Document> all = new ArrayList<>();
    all.add(Documents.check(checks, true, Lang.DA));
    all.add(Documents.check(checks, false, Lang.EN));
    all.add(Documents.report(analysis, Scenario.BASE, d, checks, Lang.DA));
    all.add(Documents.report(analysis, Scenario.savingsAt("0.9"), d, checks, Lang.EN));
    all.add(
        Documents.report(
            analysis,
            Scenario.BASE,
            d,
            checks,
            new Selection(
                List.of(), null, null, null, Selection.Sort.NPV, Selection.Grouping.CENTRE),
            Lang.EN));
    all.add(Documents.budget(analysis, true, Lang.DA));
    all.add(Documents.track(analysis, null, d, Lang.EN));
    Analysis none = Analysis.of(new CaseSet(List.of(), null));
    all.add(HostileTextTest.diff(none, analysis, d, "none", Lang.DA));
    all.add(HostileTextTest.diff(analysis, none, d, "before", Lang.EN));
    return all;
  }
}
