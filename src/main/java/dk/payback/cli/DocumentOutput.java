package dk.payback.cli;

import dk.payback.format.CsvDialect;
import dk.payback.format.Format;
import dk.payback.format.FormatOptions;
import dk.payback.format.OutputFormat;
import dk.payback.view.Document;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a command that writes documents in several formats writes, and in which: {@code -o} and
 * {@code --csv-dialect}, and the format chosen from {@code --format} or else the name of the {@code
 * -o} file (the two must agree; the dialect is for CSV alone). Shared by every command whose output
 * is a table in any of the document formats: summary, budget, show, sensitivity, report, track,
 * diff.
 */
final class DocumentOutput {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (required for xlsx).")
  Path output;

  @Option(
      names = "--csv-dialect",
      paramLabel = "rfc4180|excel-da",
      converter = FormatConverter.Dialect.class,
      completionCandidates = FormatConverter.Dialect.class,
      description =
          "CSV spelling: rfc4180 (default: ',', '.' and CRLF) or excel-da (';', a decimal comma and a byte order mark, for Danish Excel).")
  CsvDialect dialect;

  /**
   * @param format the format {@code --format} names, or null
   * @param fallback the format when neither names one, or empty where one must be named
   * @param missing the usage message where neither names one and there is no fallback
   */
  OutputFormat choose(
      CommandSpec spec, OutputFormat format, Optional<OutputFormat> fallback, String missing) {
    Optional<OutputFormat> named = named(spec, format);
    if (named.isEmpty() && fallback.isPresent()) {
      refuseUnknownEnding(spec);
    }
    return refuseMismatch(spec, named.or(() -> fallback).orElseThrow(() -> usage(spec, missing)));
  }

  /**
   * The chosen format, where the other options allow it: --csv-dialect is for CSV alone, and a
   * workbook needs a file.
   */
  private OutputFormat refuseMismatch(CommandSpec spec, OutputFormat chosen) {
    if (dialect != null && chosen != OutputFormat.CSV) {
      throw usage(spec, "--csv-dialect is for --format csv, not " + chosen.key());
    }
    if (!chosen.isText() && output == null) {
      throw usage(
          spec,
          "--format xlsx writes a binary workbook: name the file with -o, such as -o "
              + spec.name()
              + ".xlsx");
    }
    return chosen;
  }

  /**
   * The document in the format, to the {@code -o} file or standard output.
   *
   * @param width the width a terminal table must fit, or 0 for no limit
   */
  void print(CommandSpec spec, OutputFormat format, int width, Document document) {
    Format f =
        format.create(new FormatOptions(width, dialect == null ? CsvDialect.RFC4180 : dialect));
    Printed.to(output, f, document, spec.commandLine().getOut());
  }

  /** --format, or what the -o file's name says; where both name one, they must agree. */
  private Optional<OutputFormat> named(CommandSpec spec, OutputFormat format) {
    Optional<OutputFormat> byName =
        output == null || output.getFileName() == null
            ? Optional.empty()
            : OutputFormat.fromFileName(output.getFileName().toString());
    if (format != null) {
      if (byName.isPresent() && byName.get() != format) {
        throw usage(
            spec,
            "--format "
                + format.key()
                + " does not match -o "
                + output
                + ", whose name says "
                + byName.get().key()
                + ": change one of them");
      }
      return Optional.of(format);
    }
    // A .xml file is JUnit's, which no command with these options writes.
    return byName.filter(f -> f != OutputFormat.JUNIT);
  }

  /**
   * A file named for a format payback does not write ("budget.pdf") would otherwise get text under
   * that name, which the program it is meant for cannot open: the format must then be named.
   */
  private void refuseUnknownEnding(CommandSpec spec) {
    if (output == null || output.getFileName() == null) {
      return;
    }
    String name = output.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return;
    }
    String ending = name.substring(dot + 1);
    if (ending.equalsIgnoreCase("txt")) {
      return;
    }
    throw usage(
        spec,
        "-o "
            + output
            + ": payback writes no ."
            + ending
            + " files: end the name in .txt, .md, .csv, .json, .html or .xlsx, or name the"
            + " format with --format");
  }

  private static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
