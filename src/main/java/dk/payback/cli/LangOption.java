package dk.payback.cli;

import dk.payback.view.Lang;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang}: the tables' headings and the reports' words, Danish as in the template or
 * English.
 */
final class LangOption {

  @Option(
      names = "--lang",
      paramLabel = "da|en",
      description = "Language of headings: da (default, as in the template) or en.",
      converter = LangConverter.class,
      completionCandidates = LangConverter.class)
  Lang lang = Lang.DA;

  static final class LangConverter implements ITypeConverter<Lang>, Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("da", "en").iterator();
    }

    @Override
    public Lang convert(String value) {
      try {
        return Lang.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a language: use da or en");
      }
    }
  }
}
