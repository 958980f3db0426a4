package dk.payback.load;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words an analyst may write for a value of a fixed set that the case format spells otherwise:
 * the Danish word where the format's word is English ({@code type: investering}), the English where
 * it is Danish ({@code risk: high}), the template's longer form ({@code area: anlægsudgifter}).
 * They are only suggested, never accepted, so that a value has one spelling in every case file and
 * a search for {@code type: investment} finds them all. A near miss of the word itself ({@code
 * investmnet}) is {@link dk.payback.util.Similar}'s.
 */
public final class OtherWords {

  /** The field of {@link #meant} whose values are the keys of a case file. */
  static final String KEY = "key";

  // Each line: the value, then the other words for it.
  private static final Map<String, Map<String, String>> BY_FIELD =
      Map.of(
          "kind",
          words(
              "proposal: forslag investeringsforslag innovationsforslag",
              "portfolio: oversigt oversigten portefølje portefolje bilag"),
          "type",
          words(
              "investment: investering investeringer investeringsforslag investeringspuljen",
              "innovation: innovationsforslag innovationspuljen innovativ innovering"),
          "risk",
          words(
              "lav: low lavt lille", "middel: medium mellem moderat", "høj: high højt hoejt stor"),
          "area",
          words(
              "service: serviceudgifter serviceudgift serviceramme",
              "anlæg: capital anlægsudgifter anlægsudgift anlaegsudgifter",
              "overførsler: transfers overførsel overførselsudgifter overfoerselsudgifter"),
          // The keys of a case file, by the template's Danish words for them. A key is suggested
          // only where the mapping it stands in has it ('investering' in a row, not in a line).
          KEY,
          words(
              "title: titel overskrift",
              "summary: resumé resume kort_resumé",
              "fund: pulje puljen",
              "risk: risiko risikovurdering",
              "source: kilde",
              "years: år årstal",
              "permanent: varige varig varige_ændringer",
              "implementation: implementering implementeringsomkostninger"
                  + " innovationsomkostninger",
              "stated: oplyst oplyste trykt",
              "notes: noter bemærkninger",
              "realised: realiseret realiserede opfølgning",
              "text: tekst",
              "area: styringsområde område",
              "amounts: beløb",
              "permanent_total: samlet_varig_ændring",
              "implementation_total: samlede_implementeringsomkostninger",
              "net_impact: samlet_økonomisk_påvirkning økonomisk_påvirkning",
              "payback_years: tilbagebetalingstid",
              "reason: begrundelse årsag",
              "investment: investering",
              "savings: effektivisering besparelse besparelser",
              "document: dokument",
              "page: side",
              "number: nummer nr",
              "lines: linjer",
              "name: navn",
              "rows: rækker",
              "totals: i_alt"));

  private OtherWords() {}

  /**
   * The value meant by {@code written} in {@code field} (such as "type", "risk", "area", "kind"),
   * if it is one of the other words for it; case and surrounding spaces do not matter.
   */
  public static Optional<String> meant(String field, String written) {
    Map<String, String> words = BY_FIELD.get(field);
    if (words == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(words.get(written.strip().toLowerCase(Locale.ROOT)));
  }

  /** Every field with other words, for the test that each word names a value of its field. */
  static List<String> fields() {
    return List.copyOf(BY_FIELD.keySet());
  }

  /** The other words of {@code field} and the values they mean. */
  static Map<String, String> of(String field) {
    return BY_FIELD.getOrDefault(field, Map.of());
  }

  private static Map<String, String> words(String... lines) {
    Map<String, String> meant = new HashMap<>();
    for (String line : lines) {
      String value = line.substring(0, line.indexOf(':'));
      for (String word : line.substring(line.indexOf(':') + 1).strip().split(" ")) {
        meant.put(word, value);
      }
    }
    return Map.copyOf(meant);
  }
}
