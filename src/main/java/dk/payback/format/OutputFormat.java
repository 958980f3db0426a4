package dk.payback.format;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every output format, by the name the command line knows it by and the file name endings it
 * writes.
 */
public enum OutputFormat {
  TEXT("text", TextFormat::new),
  MD("md", o -> new MarkdownFormat(), "md"),
  CSV("csv", o -> new CsvFormat(o.csvDialect()), "csv"),
  JSON("json", o -> new JsonFormat(), "json"),
  HTML("html", o -> new HtmlFormat(), "html", "htm"),
  XLSX("xlsx", o -> new XlsxFormat(), "xlsx"),
  GITHUB("github", o -> new GithubFormat()),
  JUNIT("junit", o -> new JunitFormat(), "xml");

  private final String key;
  private final Function<FormatOptions, Format> factory;
  private final String[] extensions;

  OutputFormat(String key, Function<FormatOptions, Format> factory, String... extensions) {
    this.key = key;
    this.factory = factory;
    this.extensions = extensions;
  }

  public String key() {
    return key;
  }

  /** Whether the format is text, which may go to standard output. */
  public boolean isText() {
    return this != XLSX;
  }

  /**
   * Made on demand, so that a run loads only the classes of the format it writes (the JSON format
   * brings Jackson's databind with it).
   */
  public Format create(FormatOptions options) {
    return factory.apply(options);
  }

  public static Optional<OutputFormat> fromKey(String key) {
    for (OutputFormat f : values()) {
      if (f.key.equals(key.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name's ending asks for: "report.html" is HTML. */
  public static Optional<OutputFormat> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith("." + ext)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
