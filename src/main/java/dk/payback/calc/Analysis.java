package dk.payback.calc;

import dk.payback.model.CaseSet;
import dk.payback.model.Diagnostic;
import dk.payback.model.PaybackException;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.util.InOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything computed from one set of cases in one run, each figure once: every proposal's figures
 * (computed here, up front, so that amounts too large to add up are an input error before anything
 * is printed), and on demand the figures under a scenario and the appraisals, each kept once made,
 * and the sensitivity grid, which reads what is kept and keeps of the rest only what it shows.
 * Proposals are keyed by identity: two cases with one ID (a finding of {@code check}) are still two
 * proposals.
 *
 * <p>Not thread-safe: one run, one thread. Only {@link #prepare} and {@link #sensitivity} compute
 * on several threads, and only from the calling thread is anything kept.
 */
public final class Analysis {

  private final CaseSet cases;
  private final List<ProposalFigures> base;
  private final Map<Scenario, Map<Proposal, ProposalFigures>> byScenario = new HashMap<>();
  private final Map<Scenario, Overview> overviews = new HashMap<>();
  private final Map<Scenario, Budget> budgets = new HashMap<>();
  private final Map<AppraisalKey, Map<Proposal, Appraisal>> appraisals = new HashMap<>();

  private record AppraisalKey(Scenario scenario, Discounting discounting) {}

  private Analysis(CaseSet cases, List<ProposalFigures> base) {
    this.cases = cases;
    this.base = List.copyOf(base);
    Map<Proposal, ProposalFigures> index = new IdentityHashMap<>();
    for (int i = 0; i < base.size(); i++) {
      index.put(cases.proposals().get(i), base.get(i));
    }
    byScenario.put(Scenario.BASE, index);
  }

  /**
   * Computes every proposal's figures and the overview's totals.
   *
   * @throws PaybackException an input error at the largest amount of each proposal whose amounts
   *     are too large to add up exactly, or of all of them where only the totals are
   */
  public static Analysis of(CaseSet cases) {
    List<ProposalFigures> figures = new ArrayList<>(cases.proposals().size());
    List<Diagnostic> errors = new ArrayList<>();
    for (Proposal p : cases.proposals()) {
      try {
        figures.add(Calculator.calculate(p));
      } catch (ArithmeticException e) {
        LargestAmount largest = LargestAmount.of(List.of(p));
        errors.add(
            new Diagnostic(
                largest.location(),
                "the amounts of " + p.id() + " are too large to add up exactly",
                "the largest is "
                    + largest.value()
                    + " thousand kroner, here; check the number of digits"));
      }
    }
    if (!errors.isEmpty()) {
      throw PaybackException.input(errors);
    }
    Analysis analysis = new Analysis(cases, figures);
    analysis.overview();
    return analysis;
  }

  public CaseSet cases() {
    return cases;
  }

  /** Every proposal's own figures, in file order. */
  public List<ProposalFigures> figures() {
    return base;
  }

  /** A proposal's own figures. */
  public ProposalFigures figures(Proposal p) {
    return figures(p, Scenario.BASE);
  }

  /** A proposal's figures under a scenario (its stated figures stay the source's). */
  public ProposalFigures figures(Proposal p, Scenario scenario) {
    Map<Proposal, ProposalFigures> index =
        byScenario.computeIfAbsent(scenario, s -> new IdentityHashMap<>());
    ProposalFigures f = index.get(p);
    if (f == null) {
      f =
          computing(
              p,
              "the figures of " + p.id() + " under the scenario",
              () -> Calculator.calculate(scenario.apply(p)));
      index.put(p, f);
    }
    return f;
  }

  /** The overview of the cases as read. */
  public Overview overview() {
    return overview(Scenario.BASE);
  }

  /** The overview with every proposal's figures under a scenario. */
  public Overview overview(Scenario scenario) {
    Overview o = overviews.get(scenario);
    if (o == null) {
      List<ProposalFigures> figures =
          cases.proposals().stream().map(p -> figures(p, scenario)).toList();
      try {
        o = Overview.of(cases, figures);
      } catch (ArithmeticException e) {
        LargestAmount largest = LargestAmount.of(cases.proposals());
        throw PaybackException.input(
            largest.location(),
            "the totals over all "
                + cases.proposals().size()
                + " proposals are too large to add up exactly"
                + (scenario.isBase() ? "" : " under the scenario"),
            scenario.isBase()
                ? "the largest amount is "
                    + largest.value()
                    + " thousand kroner, here; check the number of digits"
                : hint(largest));
      }
      overviews.put(scenario, o);
    }
    return o;
  }

  /**
   * The budget per area of the overview's proposals under a scenario. Its sums group the amounts
   * otherwise than the overview's totals do, so a sum too large to add up exactly is said here.
   */
  public Budget budget(Scenario scenario) {
    Budget b = budgets.get(scenario);
    if (b == null) {
      b = budgetOf(scenario, Budget::of);
      budgets.put(scenario, b);
    }
    return b;
  }

  /** The budget per area of the proposals {@code shows} keeps, under a scenario. */
  public Budget budget(Scenario scenario, Predicate<Proposal> shows) {
    return budgetOf(scenario, o -> Budget.of(o, shows));
  }

  private Budget budgetOf(Scenario scenario, Function<Overview, Budget> budget) {
    Overview o = overview(scenario);
    try {
      return budget.apply(o);
    } catch (ArithmeticException e) {
      LargestAmount largest = LargestAmount.of(o.proposals());
      throw PaybackException.input(
          largest.location(),
          "the budget per area of the "
              + o.proposals().size()
              + " proposals is too large to"
              + " add up exactly",
          hint(largest));
    }
  }

  /** One proposal under a scenario, with its present value and discounted payback. */
  public Appraisal appraisal(Proposal p, Scenario scenario, Discounting discounting) {
    Map<Proposal, Appraisal> index =
        appraisals.computeIfAbsent(
            new AppraisalKey(scenario, discounting), k -> new IdentityHashMap<>());
    Appraisal a = index.get(p);
    if (a == null) {
      ProposalFigures f = figures(p, scenario);
      a =
          computing(
              p,
              "the net present value and payback of " + p.id(),
              () -> Appraisal.of(f, scenario, discounting));
      index.put(p, a);
    }
    return a;
  }

  /** The proposals under a scenario, with the present values of the two "I ALT" rows. */
  public PortfolioAppraisal appraisal(
      List<Proposal> proposals, Scenario scenario, Discounting discounting) {
    prepare(proposals, List.of(scenario), discounting);
    Map<Proposal, Appraisal> made =
        appraisals.computeIfAbsent(
            new AppraisalKey(scenario, discounting), k -> new IdentityHashMap<>());
    List<Appraisal> all = new ArrayList<>(proposals.size());
    for (Proposal p : proposals) {
      Appraisal a = made.get(p);
      all.add(a != null ? a : appraisal(p, scenario, discounting));
    }
    try {
      return PortfolioAppraisal.of(all, scenario, discounting);
    } catch (TooLargeToAppraise e) {
      throw tooLarge(e);
    }
  }

  /** Every proposal under a scenario, in the overview's order. */
  public PortfolioAppraisal appraisal(Scenario scenario, Discounting discounting) {
    return appraisal(overview().proposals(), scenario, discounting);
  }

  /**
   * The proposals under each scenario. What the run has appraised already (the base scenario, the
   * run's own) is read from what is kept; the rest is worked out here, on all cores, and of it only
   * what the grid shows is kept: a scenario's figures are left as soon as each cell is made.
   */
  public Sensitivity sensitivity(
      List<Proposal> proposals, List<Scenario> scenarios, Discounting discounting) {
    List<Map<Proposal, Appraisal>> kept = new ArrayList<>();
    List<Map<Proposal, ProposalFigures>> figuresKept = new ArrayList<>();
    for (Scenario s : scenarios) {
      kept.add(appraisals.getOrDefault(new AppraisalKey(s, discounting), Map.of()));
      figuresKept.add(byScenario.getOrDefault(s, Map.of()));
    }
    // The tasks only read what is kept, and nothing writes it meanwhile.
    List<Sensitivity.Outcome[]> made =
        InOrder.map(
            proposals,
            p -> {
              Quotients quotients = new Quotients(discounting.rate());
              Sensitivity.Outcome[] row = new Sensitivity.Outcome[scenarios.size()];
              for (int i = 0; i < row.length; i++) {
                Appraisal a = kept.get(i).get(p);
                if (a == null) {
                  a =
                      appraiseOrNull(
                          p, scenarios.get(i), figuresKept.get(i).get(p), discounting, quotients);
                }
                // Where it overflows, made again, and reported, below.
                row[i] = a == null ? null : Sensitivity.Outcome.of(a);
              }
              return row;
            });
    int base = PortfolioAppraisal.baseYear(proposals);
    List<Sensitivity.Totals> totals = new ArrayList<>();
    // Column by column, as the appraisals of one scenario at a time would meet an overflow.
    for (int i = 0; i < scenarios.size(); i++) {
      List<NetPresentValue> values = new ArrayList<>(proposals.size());
      for (int r = 0; r < proposals.size(); r++) {
        Sensitivity.Outcome[] row = made.get(r);
        if (row[i] == null) {
          // Made again, one by one in the proposals' order: this throws the located error.
          row[i] =
              Sensitivity.Outcome.of(appraisal(proposals.get(r), scenarios.get(i), discounting));
        }
        values.add(row[i].netPresentValue());
      }
      totals.add(
          new Sensitivity.Totals(
              base,
              total(proposals, values, ProposalType.INVESTMENT, discounting, base),
              total(proposals, values, ProposalType.INNOVATION, discounting, base)));
    }
    List<List<Sensitivity.Outcome>> rows = made.stream().map(List::of).toList();
    return new Sensitivity(proposals, scenarios, discounting, rows, totals);
  }

  private static NetPresentValue total(
      List<Proposal> proposals,
      List<NetPresentValue> values,
      ProposalType type,
      Discounting discounting,
      int base) {
    try {
      return PortfolioAppraisal.total(proposals, values, type, discounting, base);
    } catch (TooLargeToAppraise e) {
      throw tooLarge(e);
    }
  }

  /** A total too large to compute exactly: said at the largest amount of what it adds up. */
  private static PaybackException tooLarge(TooLargeToAppraise e) {
    LargestAmount largest = LargestAmount.of(e.proposals());
    return PaybackException.input(largest.location(), e.getMessage(), hint(largest));
  }

  /**
   * The proposals, in the overview's order, against what they have realised.
   *
   * @param asOf the last year to look at, or null for each proposal's own {@code as_of}
   */
  public FollowUp followUp(Integer asOf, Discounting discounting) {
    List<Track> tracks = new ArrayList<>();
    List<Proposal> notYet = new ArrayList<>();
    for (Proposal p : overview().proposals()) {
      if (!p.isFollowedUp()) {
        notYet.add(p);
        continue;
      }
      int last = asOf == null ? p.realised().asOf() : Math.min(asOf, p.realised().asOf());
      if (last < p.firstYear()) {
        notYet.add(p);
        continue;
      }
      Appraisal planned = appraisal(p, Scenario.BASE, discounting);
      tracks.add(
          computing(
              p,
              "the realised figures of " + p.id(),
              () -> Track.of(figures(p), last, planned, discounting)));
    }
    try {
      return FollowUp.of(tracks, notYet);
    } catch (ArithmeticException e) {
      LargestAmount largest = LargestAmount.of(cases.proposals());
      throw PaybackException.input(
          largest.location(),
          "the realised figures over all proposals are too large to add up exactly",
          hint(largest));
    }
  }

  /**
   * A proposal's appraisal under one scenario, with its figures, made by {@link #prepare}.
   *
   * @param scenario the scenario's place in the list prepared
   */
  private record Made(Proposal proposal, int scenario, Appraisal a) {}

  /**
   * A proposal's appraisal under a scenario, from its figures kept under it or else from figures
   * made here, which its present value makes again should its exact sum be asked for, rather than
   * keep them; null where they overflow, for the caller to make again, and report, in its order.
   */
  private static Appraisal appraiseOrNull(
      Proposal p, Scenario s, ProposalFigures kept, Discounting d, Quotients quotients) {
    try {
      return kept != null
          ? Appraisal.of(kept, s, d, quotients)
          : Appraisal.of(
              Calculator.calculate(s.apply(p)),
              s,
              d,
              quotients,
              () -> Calculator.calculate(s.apply(p)));
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * Appraises, on all cores, the proposals under the scenarios wherever that is not kept yet, and
   * keeps the results, so that the appraisals asked for next are found made. Each proposal is one
   * task: its scenarios share the quotients they have in common. A computation that overflows is
   * left out here and made again when asked for, one by one in the caller's order, so the error
   * reported is the one a single thread would report.
   */
  private void prepare(
      List<Proposal> proposals, List<Scenario> scenarios, Discounting discounting) {
    Map<Proposal, Boolean> distinct = new IdentityHashMap<>();
    List<Proposal> todo = new ArrayList<>();
    List<Map<Proposal, ProposalFigures>> figuresOf = new ArrayList<>();
    List<Map<Proposal, Appraisal>> appraisalsOf = new ArrayList<>();
    for (Scenario s : scenarios) {
      figuresOf.add(byScenario.computeIfAbsent(s, k -> new IdentityHashMap<>()));
      appraisalsOf.add(
          appraisals.computeIfAbsent(
              new AppraisalKey(s, discounting), k -> new IdentityHashMap<>()));
    }
    for (Proposal p : proposals) {
      if (distinct.put(p, Boolean.TRUE) == null && !appraisedUnderAll(p, appraisalsOf)) {
        todo.add(p);
      }
    }
    if (todo.size() < 2) {
      return;
    }
    // Read here, written below: the tasks only read the indexes, and nothing writes them meanwhile.
    List<List<Made>> made =
        todo.parallelStream()
            .map(
                p -> {
                  Quotients quotients = new Quotients(discounting.rate());
                  List<Made> out = new ArrayList<>(scenarios.size());
                  for (int i = 0; i < scenarios.size(); i++) {
                    if (appraisalsOf.get(i).containsKey(p)) {
                      continue;
                    }
                    Appraisal a =
                        appraiseOrNull(
                            p, scenarios.get(i), figuresOf.get(i).get(p), discounting, quotients);
                    // Where it overflows, made again, and reported, when asked for.
                    if (a != null) {
                      out.add(new Made(p, i, a));
                    }
                  }
                  return out;
                })
            .toList();
    for (List<Made> of : made) {
      for (Made m : of) {
        int i = m.scenario();
        figuresOf.get(i).putIfAbsent(m.proposal(), m.a().figures());
        appraisalsOf.get(i).putIfAbsent(m.proposal(), m.a());
      }
    }
  }

  private static boolean appraisedUnderAll(Proposal p, List<Map<Proposal, Appraisal>> indexes) {
    for (Map<Proposal, Appraisal> index : indexes) {
      if (!index.containsKey(p)) {
        return false;
      }
    }
    return true;
  }

  private interface Computation<T> {
    T run();
  }

  /**
   * A figure whose amounts overflow is the input's fault: said at the proposal's largest amount.
   *
   * @param what the figures, as they lead the message
   */
  private static <T> T computing(Proposal p, String what, Computation<T> c) {
    try {
      return c.run();
    } catch (ArithmeticException e) {
      LargestAmount largest = LargestAmount.of(List.of(p));
      throw PaybackException.input(
          largest.location(), what + " are too large to compute exactly", hint(largest));
    }
  }

  private static String hint(LargestAmount largest) {
    return "the largest amount is "
        + largest.value()
        + " thousand kroner, here; check the number of digits,"
        + " or use a smaller --horizon or factor";
  }
}
