package dk.payback.check.render;

import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Status;
import dk.payback.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JUnit XML report, the format GitLab, Jenkins and most CI servers display: one test suite per case
 * file, one test case per check, a failure per finding. Input errors are test errors.
 */
final class JunitRenderer implements CheckRenderer {

  @Override
  public String render(CheckReport report, boolean verbose) {
    StringBuilder sb = new StringBuilder(prolog());
    sb.append("<testsuites name=\"payback check\" tests=\"").append(report.results().size())
        .append("\" failures=\"").append(report.count(Status.FINDING)).append("\" errors=\"0\">\n");
    for (Map.Entry<String, List<CheckResult>> suite : byFile(report.results(), r -> r.location().file()).entrySet()) {
      List<CheckResult> cases = suite.getValue();
      long failures = cases.stream().filter(CheckResult::isFinding).count();
      suiteStart(sb, suite.getKey(), cases.size(), failures, 0);
      for (CheckResult r : cases) {
        sb.append("    <testcase classname=\"").append(Xml.escape(className(suite.getKey())))
            .append("\" name=\"").append(Xml.escape(r.title()))
            .append("\" file=\"").append(Xml.escape(suite.getKey()))
            .append("\" line=\"").append(r.location().line()).append('"');
        if (r.status() == Status.PASS) {
          sb.append("/>\n");
          continue;
        }
        sb.append(">\n");
        if (r.isFinding()) {
          sb.append("      <failure type=\"").append(Xml.escape(r.kind().key()))
              .append("\" message=\"").append(Xml.escape(dk.payback.view.FindingsWords.of(dk.payback.view.Lang.EN).message(r))).append("\">")
              .append(Xml.escape(TextRenderer.line(r))).append("</failure>\n");
        } else {
          sb.append("      <system-out>").append(Xml.escape(TextRenderer.line(r)))
              .append(" [tolerance ").append(report.tolerance()).append("]</system-out>\n");
        }
        sb.append("    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    sb.append("</testsuites>\n");
    return sb.toString();
  }

  @Override
  public String invalid(List<Diagnostic> errors, int files, long tolerance) {
    StringBuilder sb = new StringBuilder(prolog());
    sb.append("<testsuites name=\"payback check\" tests=\"").append(errors.size())
        .append("\" failures=\"0\" errors=\"").append(errors.size()).append("\">\n");
    for (Map.Entry<String, List<Diagnostic>> suite : byFile(errors, d -> d.location().file()).entrySet()) {
      List<Diagnostic> list = suite.getValue();
      suiteStart(sb, suite.getKey(), list.size(), 0, list.size());
      for (Diagnostic d : list) {
        sb.append("    <testcase classname=\"").append(Xml.escape(className(suite.getKey())))
            .append("\" name=\"").append(Xml.escape("input " + d.location().line() + ":" + d.location().column()))
            .append("\" file=\"").append(Xml.escape(suite.getKey()))
            .append("\" line=\"").append(d.location().line()).append("\">\n")
            .append("      <error type=\"invalid_input\" message=\"").append(Xml.escape(d.message())).append("\">")
            .append(Xml.escape(d.format())).append("</error>\n")
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

  private static void suiteStart(StringBuilder sb, String file, int tests, long failures, int errors) {
    sb.append("  <testsuite name=\"").append(Xml.escape(file))
        .append("\" tests=\"").append(tests)
        .append("\" failures=\"").append(failures)
        .append("\" errors=\"").append(errors)
        .append("\" skipped=\"0\">\n");
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
}
