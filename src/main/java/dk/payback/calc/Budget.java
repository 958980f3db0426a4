package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The budget consequence per styringsområde: what the proposals' lines of each area add up to, year
 * by year, in the overview's sections (investment proposals, then innovation proposals). A
 * municipality's budget frames are per area, so a portfolio is decided on these sums. Every amount
 * of every proposal is in exactly one area's sum, so a section's total is its proposals' net
 * impact, year by year.
 *
 * @param years every year of every proposal, in order
 * @param sections the investment proposals' always, the innovation proposals' where there are any
 * @param total the whole portfolio's net impact, per year
 */
public record Budget(List<Integer> years, List<Section> sections, Amounts total) {

  /** Where a budget amount belongs: an area of the lines, or one of the two rows besides them. */
  public enum Heading {
    SERVICE("service"),
    CAPITAL("anlæg"),
    TRANSFERS("overførsler"),
    /** Lines that name no area. */
    UNASSIGNED("unassigned"),
    /**
     * Proposals with overview figures only: their investment in the first year, their savings as
     * given.
     */
    SUMMARY_ONLY("summary_only");

    private final String key;

    Heading(String key) {
      this.key = key;
    }

    /** The spelling in the machine formats. */
    public String key() {
      return key;
    }

    /** The area of a line, null for none. */
    public Area area() {
      return switch (this) {
        case SERVICE -> Area.SERVICE;
        case CAPITAL -> Area.CAPITAL;
        case TRANSFERS -> Area.TRANSFERS;
        default -> null;
      };
    }

    static Heading of(Area area) {
      if (area == null) {
        return UNASSIGNED;
      }
      return switch (area) {
        case SERVICE -> SERVICE;
        case CAPITAL -> CAPITAL;
        case TRANSFERS -> TRANSFERS;
      };
    }
  }

  /**
   * A proposal's part of one area's sum.
   *
   * @param number the proposal's number in the overview, or 0
   */
  public record Share(int number, Proposal proposal, Amounts amounts) {}

  /** One area's sum in a section, and each proposal's share of it, in the overview's order. */
  public record AreaSum(Heading heading, Amounts amounts, List<Share> shares) {

    public AreaSum {
      shares = List.copyOf(shares);
    }
  }

  /**
   * The proposals of one type.
   *
   * @param areas the areas that hold any of their amounts, in the order of {@link Heading}
   * @param total their net impact, per year
   * @param proposals how many proposals the section adds up
   */
  public record Section(ProposalType type, List<AreaSum> areas, Amounts total, int proposals) {

    public Section {
      areas = List.copyOf(areas);
    }
  }

  public Budget {
    years = List.copyOf(years);
    sections = List.copyOf(sections);
  }

  /** The budget of the overview's proposals, under the overview's scenario. */
  public static Budget of(Overview overview) {
    return of(overview.rows(), overview.investments(), overview.innovations(), true);
  }

  /**
   * The budget of the overview's proposals that {@code shows} keeps: a section only where it keeps
   * any of its proposals, the years those proposals' own. A section's {@code proposals} counts
   * those kept.
   */
  public static Budget of(Overview overview, Predicate<Proposal> shows) {
    return of(
        kept(overview.rows(), shows),
        kept(overview.investments(), shows),
        kept(overview.innovations(), shows),
        false);
  }

  private static List<Overview.Row> kept(List<Overview.Row> rows, Predicate<Proposal> shows) {
    return rows.stream().filter(r -> shows.test(r.proposal())).toList();
  }

  /**
   * @param keepInvestments whether the investment section stands without proposals, as the
   *     overview's investment total does
   */
  private static Budget of(
      List<Overview.Row> rows,
      List<Overview.Row> investments,
      List<Overview.Row> innovations,
      boolean keepInvestments) {
    List<Section> sections = new ArrayList<>();
    if (keepInvestments || !investments.isEmpty()) {
      sections.add(section(ProposalType.INVESTMENT, investments));
    }
    if (!innovations.isEmpty()) {
      sections.add(section(ProposalType.INNOVATION, innovations));
    }
    TreeSet<Integer> years = new TreeSet<>();
    for (Overview.Row r : rows) {
      years.addAll(r.figures().proposal().years());
      years.addAll(r.figures().netImpact().byYear().keySet());
    }
    Amounts total = Amounts.sumOf(sections.stream().map(Section::total).toList());
    return new Budget(List.copyOf(years), sections, total);
  }

  private static Section section(ProposalType type, List<Overview.Row> rows) {
    Map<Heading, List<Share>> shares = new EnumMap<>(Heading.class);
    for (Overview.Row r : rows) {
      // The figures' proposal, not the row's: under a scenario its lines are the scenario's.
      Proposal p = r.figures().proposal();
      if (p.isSummaryOnly()) {
        add(shares, Heading.SUMMARY_ONLY, r.number(), p, r.figures().netImpact());
        continue;
      }
      Map<Heading, Amounts> own = new EnumMap<>(Heading.class);
      List<Line> lines = new ArrayList<>(p.permanent());
      lines.addAll(p.implementation());
      for (Line line : lines) {
        own.merge(Heading.of(line.area()), line.amounts(), Amounts::plus);
      }
      own.forEach((heading, amounts) -> add(shares, heading, r.number(), p, amounts));
    }
    List<AreaSum> areas = new ArrayList<>();
    shares.forEach(
        (heading, list) ->
            areas.add(
                new AreaSum(
                    heading, Amounts.sumOf(list.stream().map(Share::amounts).toList()), list)));
    Amounts total = Amounts.sumOf(areas.stream().map(AreaSum::amounts).toList());
    return new Section(type, areas, total, rows.size());
  }

  private static void add(
      Map<Heading, List<Share>> shares, Heading heading, int number, Proposal p, Amounts amounts) {
    shares.computeIfAbsent(heading, h -> new ArrayList<>()).add(new Share(number, p, amounts));
  }
}
