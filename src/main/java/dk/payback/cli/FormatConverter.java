package dk.payback.cli;

import dk.payback.format.CsvDialect;
import dk.payback.format.OutputFormat;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format} for a command that writes some of the formats, and gives the shell's
 * completion those formats by the names the option takes (not picocli's enum constants).
 */
abstract class FormatConverter implements ITypeConverter<OutputFormat>, Iterable<String> {

  /** The formats of a table: the terminal's and every document format. */
  private static final List<OutputFormat> TABLES =
      List.of(
          OutputFormat.TEXT,
          OutputFormat.MD,
          OutputFormat.CSV,
          OutputFormat.JSON,
          OutputFormat.HTML,
          OutputFormat.XLSX);

  private final List<OutputFormat> allowed;

  FormatConverter(OutputFormat... allowed) {
    this(List.of(allowed));
  }

  FormatConverter(List<OutputFormat> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  @Override
  public Iterator<String> iterator() {
    return allowed.stream().map(OutputFormat::key).iterator();
  }

  /** Names a user may type for a format, suggested (never accepted) where the command has it. */
  private static final Map<String, String> OTHER_FORMAT_NAMES =
      Map.of("excel", "xlsx", "xls", "xlsx", "markdown", "md", "txt", "text", "htm", "html");

  @Override
  public OutputFormat convert(String value) {
    List<String> keys = allowed.stream().map(OutputFormat::key).toList();
    return OutputFormat.fromKey(value)
        .filter(allowed::contains)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not a format of this command"
                        + OneOf.didYouMean(value, keys, OTHER_FORMAT_NAMES::get)
                        + ": use "
                        + String.join(", ", keys.subList(0, keys.size() - 1))
                        + " or "
                        + keys.get(keys.size() - 1)));
  }

  static final class Check extends FormatConverter {
    Check() {
      super(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.GITHUB, OutputFormat.JUNIT);
    }
  }

  /** The formats that lay out a diff: a table's, and annotations; a test report has no place. */
  static final class Diff extends FormatConverter {
    Diff() {
      super(Stream.concat(TABLES.stream(), Stream.of(OutputFormat.GITHUB)).toList());
    }
  }

  static final class Report extends FormatConverter {
    Report() {
      super(
          OutputFormat.MD,
          OutputFormat.CSV,
          OutputFormat.JSON,
          OutputFormat.HTML,
          OutputFormat.XLSX);
    }
  }

  /** A command whose view reads as a table in the terminal and in every report format. */
  static final class Tables extends FormatConverter {
    Tables() {
      super(TABLES);
    }
  }

  static final class Dialect implements ITypeConverter<CsvDialect>, Iterable<String> {
    /** What a user may type for a dialect: "excel" for Danish Excel's, the only Excel one. */
    private static final Map<String, String> OTHER_NAMES =
        Map.of(
            "excel", "excel-da",
            "excel-dk", "excel-da",
            "excel_da", "excel-da",
            "da", "excel-da",
            "dansk", "excel-da",
            "danish", "excel-da",
            "rfc", "rfc4180",
            "rfc-4180", "rfc4180",
            "standard", "rfc4180");

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(CsvDialect.values()).map(CsvDialect::key).iterator();
    }

    @Override
    public CsvDialect convert(String value) {
      for (CsvDialect d : CsvDialect.values()) {
        if (d.key().equalsIgnoreCase(value)) {
          return d;
        }
      }
      List<String> keys = Arrays.stream(CsvDialect.values()).map(CsvDialect::key).toList();
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a CSV dialect"
              + OneOf.didYouMean(value, keys, OTHER_NAMES::get)
              + ": use rfc4180 or excel-da");
    }
  }
}
