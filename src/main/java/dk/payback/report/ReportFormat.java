package dk.payback.report;

import java.util.Locale;
import java.util.Optional;

/** The formats of {@code payback report}. */
public enum ReportFormat {
  MD("md", "md"),
  CSV("csv", "csv"),
  JSON("json", "json"),
  HTML("html", "html", "htm"),
  XLSX("xlsx", "xlsx");

  private final String key;
  private final String[] extensions;

  ReportFormat(String key, String... extensions) {
    this.key = key;
    this.extensions = extensions;
  }

  public String key() {
    return key;
  }

  /** Whether the format is text, which may go to standard output. */
  public boolean isText() {
    return this != XLSX;
  }

  public ReportRenderer renderer(CsvReport.Dialect dialect) {
    return switch (this) {
      case MD -> new MarkdownReport();
      case CSV -> new CsvReport(dialect);
      case JSON -> new JsonReport();
      case HTML -> new HtmlReport();
      case XLSX -> new XlsxReport();
    };
  }

  public static Optional<ReportFormat> fromKey(String key) {
    for (ReportFormat f : values()) {
      if (f.key.equals(key.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name's extension asks for: "report.html" is HTML. */
  public static Optional<ReportFormat> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith("." + ext)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
