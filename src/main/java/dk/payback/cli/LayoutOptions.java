package dk.payback.cli;

import dk.payback.format.FormatOptions;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Language and width of terminal tables, shared by the commands that print them. */
final class LayoutOptions {

  @Mixin LangOption language;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--wide",
      description =
          "Show long titles whole instead of fitting the tables to the terminal (COLUMNS, else"
              + " its width, else 100 columns).")
  boolean wide;

  /** For standard output: the tables fitted to the screen. */
  FormatOptions formatOptions() {
    return formatOptions(null);
  }

  /**
   * @param output the file written, or null for standard output: a file's tables fit 100 columns
   *     whatever the terminal, so that it is the same wherever it is written
   */
  FormatOptions formatOptions(Path output) {
    int width;
    if (wide) {
      width = 0;
    } else if (output != null) {
      width = FormatOptions.DEFAULT_WIDTH;
    } else {
      width = ((PaybackCommand) mixee.root().userObject()).screen().width();
    }
    return new FormatOptions(width, FormatOptions.DEFAULT.csvDialect());
  }
}
