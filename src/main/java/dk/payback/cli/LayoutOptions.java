package dk.payback.cli;

import dk.payback.format.FormatOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Language and width of terminal tables, shared by the commands that print them. */
final class LayoutOptions {

  @Mixin LangOption language;

  @Option(
      names = "--wide",
      description = "Show long titles whole instead of shortening them to fit 100 columns.")
  boolean wide;

  FormatOptions formatOptions() {
    return new FormatOptions(
        wide ? 0 : FormatOptions.DEFAULT_WIDTH, FormatOptions.DEFAULT.csvDialect());
  }
}
