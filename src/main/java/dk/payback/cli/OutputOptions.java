package dk.payback.cli;

import dk.payback.render.Lang;
import dk.payback.render.RenderOptions;
import picocli.CommandLine.Option;

/** Language and layout, shared by the table commands. */
final class OutputOptions {

  @Option(
      names = "--lang",
      paramLabel = "da|en",
      description = "Language of headings: da (default, as in the template) or en.",
      converter = LangConverter.class)
  Lang lang = Lang.DA;

  @Option(names = "--wide", description = "Show long titles whole instead of shortening them to fit 100 columns.")
  boolean wide;

  RenderOptions toRenderOptions() {
    return new RenderOptions(lang, RenderOptions.DEFAULT_WIDTH, wide);
  }

  static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a language: use da or en");
      }
    }
  }
}
