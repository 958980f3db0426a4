package dk.payback.view;

import dk.payback.model.Area;
import dk.payback.model.Centre;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.model.Risk;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which proposals an overview shows, in what order, and how it groups them: the whole overview in
 * its own order by default.
 *
 * @param only ID patterns ({@code *} any letters, {@code ?} one), compared without regard to case;
 *     empty for every ID
 * @param risk only proposals of this risk, or null
 * @param fund only proposals from this fund (compared without regard to case), or null
 * @param area only proposals with a line in this area, or null
 * @param by subtotals per group, or null for none
 */
public record Selection(
    List<String> only, Risk risk, String fund, Area area, Sort sort, Grouping by) {

  /** The whole overview, in its order, without groups. */
  public static final Selection ALL = new Selection(List.of(), null, null, null, Sort.NUMBER, null);

  /** The order of the rows within a section (or a group). */
  public enum Sort {
    /** The overview's own order. */
    NUMBER("number"),
    ID("id"),
    /** Shortest first; no payback last. */
    PAYBACK("payback"),
    /** Largest net present value first. */
    NPV("npv"),
    /** Largest investment first. */
    INVESTMENT("investment");

    public final String key;

    Sort(String key) {
      this.key = key;
    }
  }

  /** What the subtotals add up. */
  public enum Grouping {
    /** The letters of the ID: HA, SI, UD, HJ, BU, TV. */
    CENTRE("centre"),
    FUND("fund"),
    RISK("risk"),
    /** Investment and innovation: the overview's own sections, whose totals are the subtotals. */
    TYPE("type");

    public final String key;

    Grouping(String key) {
      this.key = key;
    }
  }

  public Selection {
    only = List.copyOf(only);
    sort = sort == null ? Sort.NUMBER : sort;
  }

  /** Whether some proposals may be left out. */
  public boolean filters() {
    return !only.isEmpty() || risk != null || fund != null || area != null;
  }

  public boolean shows(Proposal p) {
    return matchesId(p.id())
        && (risk == null || risk == p.risk())
        && (fund == null || (p.fund() != null && p.fund().equalsIgnoreCase(fund)))
        && (area == null
            || Stream.concat(p.permanent().stream(), p.implementation().stream())
                .map(Line::area)
                .anyMatch(a -> a == area));
  }

  /**
   * Whether an overview row without a case is still one of those asked for: only its ID is known,
   * so it is left out by any other filter.
   */
  public boolean showsMissing(String id) {
    return matchesId(id) && risk == null && fund == null && area == null;
  }

  private boolean matchesId(String id) {
    return only.isEmpty() || only.stream().anyMatch(g -> glob(g).matcher(id).matches());
  }

  /** The patterns of {@code only} that match none of these IDs. */
  public List<String> unmatched(List<String> ids) {
    return only.stream()
        .filter(g -> ids.stream().noneMatch(id -> glob(g).matcher(id).matches()))
        .toList();
  }

  private static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        if (!literal.isEmpty()) {
          re.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        re.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      re.append(Pattern.quote(literal.toString()));
    }
    // As IDs are compared elsewhere: without regard to case, the same in every locale.
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The key of a proposal's group: its centre letters, fund or risk; "" where it has none. */
  public static String groupKey(Grouping by, Proposal p) {
    return switch (by) {
      case CENTRE -> Centre.lettersOf(p.id());
      case FUND -> p.fund() == null ? "" : p.fund();
      case RISK -> p.risk() == null ? "" : p.risk().key();
      case TYPE -> p.type().key();
    };
  }
}
