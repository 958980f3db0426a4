package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.Proposal;
import dk.payback.model.Realised;
import dk.payback.model.Realised.RealisedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A followed-up proposal's plan against what it has realised, each year from its first through
 * {@code asOf}. Savings are the permanent total ("Effektivisering"), costs the implementation
 * total; both keep the source's sign. The forecast is the proposal with the realised figures
 * through {@code asOf} and the plan after it, appraised as the plan is.
 *
 * @param asOf the last year compared: the realised block's {@code as_of}, or an earlier year asked
 *     for
 * @param years one row per year, first year first
 * @param total the years added up, as one row whose year is {@code asOf}
 * @param plan the plan, appraised
 * @param forecast the realised figures through {@code asOf} and the plan after, appraised
 */
public record Track(
    Proposal proposal,
    int asOf,
    List<TrackYear> years,
    TrackYear total,
    Appraisal plan,
    Appraisal forecast) {

  /** A share is a percentage with one decimal, rounded half up, as the reports print it. */
  public static final int SHARE_SCALE = 1;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Track {
    years = List.copyOf(years);
  }

  /**
   * One year's plan and outcome (or the years through {@code asOf} added up).
   *
   * @param share the realised share of the planned savings in percent, or null where no saving was
   *     planned
   */
  public record TrackYear(
      int year,
      long plannedSavings,
      long realisedSavings,
      BigDecimal share,
      long plannedCosts,
      long realisedCosts) {

    static TrackYear of(
        int year,
        long plannedSavings,
        long realisedSavings,
        long plannedCosts,
        long realisedCosts) {
      return new TrackYear(
          year,
          plannedSavings,
          realisedSavings,
          Track.share(plannedSavings, realisedSavings),
          plannedCosts,
          realisedCosts);
    }

    /**
     * Realised minus planned savings: what the plan promised and did not come (a positive amount),
     * or more than it promised (negative).
     */
    public long shortfall() {
      return Math.subtractExact(realisedSavings, plannedSavings);
    }

    /** Realised minus planned costs: positive where more was spent. */
    public long costOverrun() {
      return Math.subtractExact(realisedCosts, plannedCosts);
    }

    /** This row and another added up, in the later of their years. */
    TrackYear plus(TrackYear o) {
      return of(
          Math.max(year, o.year),
          Math.addExact(plannedSavings, o.plannedSavings),
          Math.addExact(realisedSavings, o.realisedSavings),
          Math.addExact(plannedCosts, o.plannedCosts),
          Math.addExact(realisedCosts, o.realisedCosts));
    }

    /**
     * Whether less than {@code percent} % of the planned savings came, compared exactly (not the
     * rounded share); false where no saving was planned.
     */
    public boolean below(BigDecimal percent) {
      return share != null
          && BigDecimal.valueOf(realisedSavings)
                  .negate()
                  .multiply(HUNDRED)
                  .compareTo(percent.multiply(BigDecimal.valueOf(plannedSavings).negate()))
              < 0;
    }
  }

  /** Savings are negative: the share of a planned saving (a negative amount) that came. */
  static BigDecimal share(long planned, long realised) {
    if (planned >= 0) {
      return null;
    }
    return BigDecimal.valueOf(realised)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(planned), SHARE_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * @param figures the proposal's own figures
   * @param asOf the last year to compare, at most the realised block's
   * @param planned the plan appraised under {@code discounting}
   */
  static Track of(ProposalFigures figures, int asOf, Appraisal planned, Discounting discounting) {
    Proposal p = figures.proposal();
    Amounts savings = upTo(realisedTotal(p.realised(), true), asOf);
    Amounts costs = upTo(realisedTotal(p.realised(), false), asOf);
    List<TrackYear> years = new ArrayList<>();
    TrackYear total = TrackYear.of(p.firstYear(), 0, 0, 0, 0);
    for (int year = p.firstYear(); year <= asOf; year++) {
      TrackYear y =
          TrackYear.of(
              year,
              figures.permanentTotal().valueOr0(year),
              savings.valueOr0(year),
              figures.implementationTotal().valueOr0(year),
              costs.valueOr0(year));
      years.add(y);
      total = total.plus(y);
    }
    ProposalFigures forecast = forecast(figures, savings, costs, asOf);
    return new Track(
        p, asOf, years, total, planned, Appraisal.of(forecast, Scenario.BASE, discounting));
  }

  /** A realised total as given, or else the sum of its lines; nothing where neither is given. */
  static Amounts realisedTotal(Realised r, boolean permanent) {
    Amounts given = permanent ? r.permanentTotal() : r.implementationTotal();
    if (given != null) {
      return given;
    }
    return Amounts.sumOf(
        r.lines().stream()
            .filter(l -> l.permanent() == permanent)
            .map(RealisedLine::amounts)
            .toList());
  }

  private static Amounts upTo(Amounts a, int asOf) {
    return new Amounts(new TreeMap<>(a.byYear().headMap(asOf + 1)));
  }

  /**
   * The realised figures through {@code asOf} and the plan after. It starts where the plan starts,
   * or earlier if something was realised earlier, so that a plan realised to the krone forecasts
   * the plan's own payback.
   */
  private static ProposalFigures forecast(
      ProposalFigures plan, Amounts savings, Amounts costs, int asOf) {
    Proposal p = plan.proposal();
    Amounts permanent = savings.plus(after(plan.permanentTotal(), asOf));
    Amounts implementation = costs.plus(after(plan.implementationTotal(), asOf));
    Amounts net = permanent.plus(implementation);
    long investment = implementation.sum();
    int start = plan.startYear();
    for (int year = p.firstYear(); year < start; year++) {
      if (net.valueOr0(year) != 0 || permanent.valueOr0(year) != 0) {
        start = year;
        break;
      }
    }
    Payback payback = PaybackRule.apply(p.years(), start, investment, permanent, p.isSummaryOnly());
    return new ProposalFigures(
        p,
        permanent,
        implementation,
        net,
        Calculator.runningTotal(p.years(), net),
        investment,
        start,
        payback);
  }

  private static Amounts after(Amounts a, int asOf) {
    return new Amounts(new TreeMap<>(a.byYear().tailMap(asOf + 1)));
  }
}
