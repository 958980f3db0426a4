package dk.payback.cli;

import dk.payback.render.RenderOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Language and layout, shared by the table commands. */
final class OutputOptions {

  @Mixin LangOption language;

  @Option(names = "--wide", description = "Show long titles whole instead of shortening them to fit 100 columns.")
  boolean wide;

  RenderOptions toRenderOptions() {
    return new RenderOptions(language.lang, RenderOptions.DEFAULT_WIDTH, wide);
  }
}
