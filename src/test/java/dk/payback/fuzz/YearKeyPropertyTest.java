package dk.payback.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.cli.Cli;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Portfolio;
import dk.payback.model.Proposal;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Year keys of every spelling, alone and beside a plain year, in every place amounts are keyed by
 * year: each file either loads with exactly the amounts that SnakeYAML's safe loader reads (see
 * {@link Oracle#allAmounts}), or is refused (exit 2) with located errors only. A key that names a
 * year in another spelling must never replace, drop or move a figure without a word.
 */
class YearKeyPropertyTest {

  private static final List<String> SPELLINGS =
      List.of(
          "2019",
          "2020",
          "\"2019\"",
          "'2019'",
          "\"2020\"",
          "\"2019 \"",
          "\" 2019\"",
          "\"2019\\t\"",
          "\"\\t2019\"",
          "+2019",
          "-2019",
          "2019.0",
          "2.019e3",
          "02019",
          "0x7E3",
          "0o3743",
          "2_019",
          "0b11111100011",
          "-4294965277",
          "4294969315",
          "4294969316",
          "9223372036854775807",
          "-9223372036854775808",
          "99999999999999999999",
          "1e400",
          "~",
          "\"\"",
          "2019-01-01",
          "\"２０１９\"",
          "\"2019\\u00a0\"");

  /**
   * Each template has one place for the keys, {@code KEYS}; {@code 2019} and {@code 2020} are among
   * its years.
   */
  private static final List<String> TEMPLATES =
      List.of(
          """
      kind: proposal
      id: XX01
      type: investment
      title: Forslag
      years: [2018, 2019, 2020]
      permanent: [{ text: p, amounts: { KEYS } }]
      implementation: [{ text: u, amounts: { 2018: 400 } }]
      """,
          """
      kind: proposal
      id: XX01
      type: investment
      title: Forslag
      years: [2018, 2019, 2020]
      permanent: [{ text: p, amounts: { 2019: -100 } }]
      stated: { permanent_total: { KEYS }, net_impact: { 2019: -100 } }
      """,
          """
      kind: proposal
      id: XX01
      type: investment
      title: Forslag
      years: [2018, 2019, 2020]
      summary_only: { reason: r, investment: 400, savings: { KEYS } }
      """,
          """
      kind: portfolio
      title: Bilag
      investment_years: [2018, 2020]
      savings_years: [2019, 2020]
      rows:
        - { number: 1, id: XX01, investment: 400, savings: { KEYS } }
      totals:
        investment: { label: I ALT, investment: 400, savings: { 2019: -100 } }
      """,
          """
      kind: portfolio
      title: Bilag
      investment_years: [2018, 2020]
      savings_years: [2019, 2020]
      rows:
        - { number: 1, id: XX01, investment: 400, savings: { 2019: -100 } }
      totals:
        investment: { label: I ALT, investment: 400, savings: { KEYS } }
      """);

  private static final Pattern ERROR_LINE = Pattern.compile(".+:\\d+:\\d+: error: .+");
  private static final Pattern COUNT_LINE =
      Pattern.compile("\\d+ errors? in \\d+ files?; nothing was computed");

  @TempDir Path dir;

  @Test
  void noSpellingOfAYearKeySilentlyChangesAFigure() throws IOException {
    List<String> failures = new ArrayList<>();
    int loaded = 0;
    int refused = 0;
    for (String template : TEMPLATES) {
      for (String key : SPELLINGS) {
        // Alone, beside the plain year (a second key for 2019 in another spelling), and before it.
        for (String keys :
            List.of(key + ": -200", "2019: -100, " + key + ": -200", key + ": -200, 2019: -100")) {
          String yaml = template.replace("KEYS", keys);
          Path file =
              Files.writeString(
                  dir.resolve(
                      template.startsWith("kind: portfolio") ? "portfolio.yaml" : "XX01.yaml"),
                  yaml);
          Cli.Result r = Cli.run("check", file.toString());
          String label = "{ " + keys + " } in\n" + yaml;
          if (r.exitCode() == 2) {
            refused++;
            List<String> lines = r.err().lines().toList();
            if (!r.out().isEmpty()
                || lines.isEmpty()
                || !lines.stream()
                    .allMatch(
                        l -> ERROR_LINE.matcher(l).matches() || COUNT_LINE.matcher(l).matches())) {
              failures.add(label + "refused without located errors: " + r.out() + r.err());
            }
          } else if (r.exitCode() == 0 || r.exitCode() == 1) {
            loaded++;
            problem(yaml, CaseLoader.load(List.of(file))).ifPresent(p -> failures.add(label + p));
          } else {
            failures.add(label + "exit " + r.exitCode() + ": " + r.err());
          }
          Files.delete(file);
        }
      }
    }
    assertThat(failures).isEmpty();
    // Both outcomes must have happened, or the property was not put to the test.
    assertThat(loaded).isGreaterThanOrEqualTo(TEMPLATES.size() * 3);
    assertThat(refused).isGreaterThan(TEMPLATES.size() * SPELLINGS.size());
  }

  /** What differs between the amounts loaded and the oracle's, if anything. */
  private static java.util.Optional<String> problem(String yaml, LoadResult result) {
    if (!result.ok()) {
      return java.util.Optional.of("check loaded it, the loader did not: " + result.errors());
    }
    Map<String, TreeMap<Integer, BigInteger>> theirs;
    try {
      theirs = Oracle.allAmounts((Map<?, ?>) Oracle.parse(yaml));
    } catch (RuntimeException e) {
      return java.util.Optional.of("loaded, but the oracle finds no plain figures: " + e);
    }
    Map<String, TreeMap<Integer, BigInteger>> ours = ours(result);
    return ours.equals(theirs)
        ? java.util.Optional.empty()
        : java.util.Optional.of("loaded as " + ours + ", the oracle reads " + theirs);
  }

  private static Map<String, TreeMap<Integer, BigInteger>> ours(LoadResult result) {
    Map<String, TreeMap<Integer, BigInteger>> out = new TreeMap<>();
    for (Proposal p : result.cases().proposals()) {
      lines(out, "permanent", p.permanent());
      lines(out, "implementation", p.implementation());
      out.put("stated.permanent_total", big(p.stated().permanentTotal()));
      out.put("stated.implementation_total", big(p.stated().implementationTotal()));
      out.put("stated.net_impact", big(p.stated().netImpact()));
      if (p.isSummaryOnly()) {
        out.put("summary_only.savings", big(p.summaryOnly().savings()));
      }
    }
    Portfolio o = result.cases().portfolio();
    if (o != null) {
      for (int i = 0; i < o.rows().size(); i++) {
        out.put("rows." + i + ".savings", big(o.rows().get(i).savings()));
      }
      if (o.investmentTotal() != null) {
        out.put("totals.investment.savings", big(o.investmentTotal().savings()));
      }
      if (o.innovationTotal() != null) {
        out.put("totals.innovation.savings", big(o.innovationTotal().savings()));
      }
    }
    return out;
  }

  private static void lines(
      Map<String, TreeMap<Integer, BigInteger>> out, String section, List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      out.put(section + "." + i + ".amounts", big(lines.get(i).amounts()));
    }
  }

  private static TreeMap<Integer, BigInteger> big(Amounts a) {
    TreeMap<Integer, BigInteger> m = new TreeMap<>();
    if (a == null) {
      return m; // a summary-only proposal states no figures
    }
    a.byYear().forEach((y, v) -> m.put(y, BigInteger.valueOf(v)));
    return m;
  }
}
