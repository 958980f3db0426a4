package dk.payback.load;

import dk.payback.model.Diagnostic;
import dk.payback.model.ProposalType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The text of a new proposal for {@code payback new}: every key of the format, the optional ones
 * that want real content commented out, one line per section with zero amounts, and the template's
 * Danish words beside each key. Zeros balance, so the file loads and {@code check} passes before a
 * single figure is filled in: a new writer starts from a green check and sees each figure's effect.
 */
public final class CaseSkeleton {

  /** The schema as the cases in this repository name it, from {@code cases/}. */
  public static final String SCHEMA_FROM_CASES = "../src/main/resources/schema/case.schema.json";

  /** A title YAML reads as plain text as it stands; any other is single-quoted. */
  private static final Pattern PLAIN_TITLE =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.()/–-]*");

  private CaseSkeleton() {}

  /**
   * @param schema the schema's path relative to the folder the file is written to
   */
  public static String of(
      String id, ProposalType type, List<Integer> years, String title, String schema) {
    boolean investment = type == ProposalType.INVESTMENT;
    String zeros = zeros(years);
    String first = zeros(years.subList(0, 1));
    String later = years.size() > 1 ? zeros(years.subList(1, years.size())) : first;
    StringBuilder s = new StringBuilder();
    s.append("# yaml-language-server: $schema=").append(schema).append('\n');
    s.append("# ")
        .append(id)
        .append(": a new ")
        .append(type.key())
        .append(" proposal. Amounts are whole thousands of kroner (1.000 kr.),\n");
    s.append(
        "# keyed by year: savings negative, costs positive; a year the source leaves blank is left out.\n");
    s.append(
        "# The zeros balance, so payback check passes now and then says what each figure changes.\n");
    s.append("# Every key: src/docs/case-format.md\n");
    s.append("kind: proposal\n");
    s.append("id: ").append(id).append('\n');
    s.append("type: ")
        .append(type.key())
        .append("   # ")
        .append(investment ? "Investeringsforslag" : "Innovationsforslag")
        .append(": investment | innovation\n");
    s.append("title: ").append(yamlTitle(title)).append("   # Forslagets titel\n");
    s.append("# summary: >-   # Kort resumé, as many lines as it takes\n");
    s.append("#   ...\n");
    s.append("fund: ")
        .append(investment ? "Investeringspuljen" : "Innovationspuljen")
        .append("   # Pulje: Der søges om midler fra\n");
    s.append("# risk: middel   # Risikovurdering: lav | middel | høj\n");
    s.append("# source: { document: \"Bilag 1\", page: 1 }   # where the proposal is printed\n");
    s.append("years: ")
        .append(YearList.yaml(years))
        .append("   # the year columns of table 1.1, consecutive\n");
    s.append(
        "permanent:   # Varige ændringer: the lasting savings (negative) and costs, one item a line\n");
    s.append("  - text: Varig ændring   # the line's text in table 1.1\n");
    s.append("    area: service   # Styringsområde: service | anlæg | overførsler\n");
    s.append("    amounts: ").append(later).append('\n');
    s.append("implementation:   # ")
        .append(investment ? "Implementeringsomkostninger" : "Innovationsomkostninger")
        .append(": what it costs to bring about\n");
    s.append("  - text: ")
        .append(investment ? "Implementeringsomkostning" : "Innovationsomkostning")
        .append('\n');
    s.append("    area: service\n");
    s.append("    amounts: ").append(first).append('\n');
    s.append(
        "stated:   # the figures as the proposal prints them; payback check compares each with the lines\n");
    if (investment) {
      s.append("  permanent_total: ").append(later).append("   # Samlet varig ændring\n");
      s.append("  implementation_total: ")
          .append(first)
          .append("   # Samlede implementeringsomkostninger\n");
    }
    s.append("  net_impact: ").append(zeros).append("   # Samlet økonomisk påvirkning\n");
    if (investment) {
      // Zero invested has no payback; a stated one would be a finding until the lines are filled
      // in.
      s.append("  # payback_years: 2   # Tilbagebetalingstid, in whole years\n");
    }
    s.append("# notes:   # where the source contradicts itself, and which figure was kept\n");
    s.append("#   - ...\n");
    return s.toString();
  }

  /**
   * The errors the loader finds in the skeleton as file {@code file}: none, unless the title or ID
   * given is one a case may not have (too long, say), which the caller reports.
   */
  public static List<Diagnostic> problems(String file, String text) {
    List<Diagnostic> errors = new ArrayList<>();
    YamlTree.parse(file, text.getBytes(StandardCharsets.UTF_8), errors)
        .ifPresent(root -> CaseReader.read(file, root, errors));
    return errors;
  }

  private static String zeros(List<Integer> years) {
    StringJoiner j = new StringJoiner(", ", "{ ", " }");
    years.forEach(y -> j.add(y + ": 0"));
    return j.toString();
  }

  private static String yamlTitle(String title) {
    return PLAIN_TITLE.matcher(title).matches() && !title.endsWith(" ")
        ? title
        : "'" + title.replace("'", "''") + "'";
  }
}
