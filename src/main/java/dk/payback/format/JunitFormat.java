package dk.payback.format;

import dk.payback.model.Diagnostic;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JUnit XML report, the format GitLab, Jenkins and most CI servers display: one test suite per
 * case file, one test case per check, a failure per finding. Input errors are test errors. Only the
 * findings have a layout here. Every text and attribute goes through {@link #escape}.
 */
public final class JunitFormat implements Format.Text {

  public JunitFormat() {}

  @Override
  public String text(Document document) {
    return FindingsOnly.text(document, "junit", JunitFormat::findings);
  }

  private static String findings(FindingsView view) {
    return view.invalid() ? invalid(view.errors()) : checks(view);
  }

  private static String checks(FindingsView view) {
    List<FindingsView.Item> items = view.items();
    List<FindingsView.Notice> warnings = view.warnings();
    long failures =
        items.stream().filter(FindingsView.Item::isFinding).count()
            + (view.strict() ? warnings.size() : 0);
    StringBuilder sb = new StringBuilder(prolog());
    // skipped: the warnings, as in their suite. proposals and figures_compared are payback's own,
    // named as in the JSON's counts; a reader of JUnit XML passes over attributes it does not know.
    sb.append("<testsuites name=\"payback check\" tests=\"")
        .append(items.size() + warnings.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"")
        .append(view.strict() ? 0 : warnings.size())
        .append("\" proposals=\"")
        .append(view.checks().proposals())
        .append("\" figures_compared=\"")
        .append(view.checks().figuresCompared())
        .append("\">\n");
    for (Map.Entry<String, List<FindingsView.Item>> suite :
        byFile(items, i -> i.result().location().file()).entrySet()) {
      List<FindingsView.Item> cases = suite.getValue();
      suiteStart(
          sb,
          suite.getKey(),
          cases.size(),
          cases.stream().filter(FindingsView.Item::isFinding).count(),
          0);
      for (FindingsView.Item item : cases) {
        testcase(sb, suite.getKey(), item.result().title(), item.result().location().line());
        switch (item.result().status()) {
          case PASS -> {
            sb.append("/>\n");
            continue;
          }
          case FINDING ->
              sb.append(">\n      <failure type=\"")
                  .append(escape(item.result().kind().key()))
                  .append("\" message=\"")
                  .append(escape(item.message()))
                  .append("\">")
                  .append(escape(item.line()))
                  .append("</failure>\n");
          case WITHIN_TOLERANCE ->
              sb.append(">\n      <system-out>")
                  .append(escape(item.line()))
                  .append(" [tolerance ")
                  .append(view.tolerance())
                  .append("]</system-out>\n");
        }
        sb.append("    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    if (!warnings.isEmpty()) {
      warnings(sb, warnings, view.strict());
    }
    sb.append("</testsuites>\n");
    return sb.toString();
  }

  /**
   * One suite of the warnings, each a test case skipped with its reason, as a CI server shows what
   * was not tested; under --strict a failure.
   */
  private static void warnings(
      StringBuilder sb, List<FindingsView.Notice> warnings, boolean strict) {
    sb.append("  <testsuite name=\"payback warnings\" tests=\"")
        .append(warnings.size())
        .append("\" failures=\"")
        .append(strict ? warnings.size() : 0)
        .append("\" errors=\"0\" skipped=\"")
        .append(strict ? 0 : warnings.size())
        .append("\">\n");
    for (FindingsView.Notice n : warnings) {
      var w = n.warning();
      testcase(sb, w.location().file(), w.subject() + " " + w.kind().key(), w.location().line());
      sb.append(
              strict
                  ? ">\n      <failure type=\"" + escape(w.kind().key()) + "\" message=\""
                  : ">\n      <skipped message=\"")
          .append(escape(n.message()))
          .append(strict ? "\">" + escape(n.line()) + "</failure>\n" : "\"/>\n")
          .append("    </testcase>\n");
    }
    sb.append("  </testsuite>\n");
  }

  private static String invalid(List<Diagnostic> errors) {
    StringBuilder sb = new StringBuilder(prolog());
    sb.append("<testsuites name=\"payback check\" tests=\"")
        .append(errors.size())
        .append("\" failures=\"0\" errors=\"")
        .append(errors.size())
        .append("\">\n");
    for (Map.Entry<String, List<Diagnostic>> suite :
        byFile(errors, d -> d.location().file()).entrySet()) {
      List<Diagnostic> list = suite.getValue();
      suiteStart(sb, suite.getKey(), list.size(), 0, list.size());
      for (Diagnostic d : list) {
        testcase(
            sb,
            suite.getKey(),
            d.location().hasPlace()
                ? "input " + d.location().line() + ":" + d.location().column()
                : "input",
            d.location().line());
        sb.append(">\n      <error type=\"invalid_input\" message=\"")
            .append(escape(d.message()))
            .append("\">")
            .append(escape(d.format()))
            .append("</error>\n")
            .append("    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    sb.append("</testsuites>\n");
    return sb.toString();
  }

  private static String prolog() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  }

  private static void suiteStart(
      StringBuilder sb, String file, int tests, long failures, int errors) {
    sb.append("  <testsuite name=\"")
        .append(escape(file))
        .append("\" tests=\"")
        .append(tests)
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"")
        .append(errors)
        .append("\" skipped=\"0\">\n");
  }

  /** A test case's start tag, left open for "/>" or ">" and its content. */
  private static void testcase(StringBuilder sb, String file, String name, int line) {
    sb.append("    <testcase classname=\"")
        .append(escape(className(file)))
        .append("\" name=\"")
        .append(escape(name))
        .append("\" file=\"")
        .append(escape(file))
        .append('"');
    // Line 0: an error about a folder, which has no line.
    if (line > 0) {
      sb.append(" line=\"").append(line).append('"');
    }
  }

  private static <T> Map<String, List<T>> byFile(List<T> items, Function<T, String> file) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    items.forEach(i -> out.computeIfAbsent(file.apply(i), k -> new ArrayList<>()).add(i));
    return out;
  }

  /**
   * The file's name without folder or extension: Jenkins splits a class name at its last dot into
   * package and class, so "BU03.yaml" would show as class "yaml".
   */
  static String className(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('.', '_');
  }

  /**
   * XML 1.0 text and attribute values: markup characters escaped, and line ends and tabs as
   * character references so that attribute values keep them; characters that XML 1.0 cannot carry
   * at all (most control characters, lone surrogates, U+FFFE and U+FFFF), which no parser would
   * accept even escaped, dropped.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> {
          if ((cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF)) {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.toString();
  }
}
