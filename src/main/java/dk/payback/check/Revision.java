package dk.payback.check;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.Scenario;
import dk.payback.model.Amounts;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.model.Origin;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Stated;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a change to the cases does: two versions, each analysed and checked once, compared. Every
 * proposal of either version is matched by ID (without regard to case), its lines by section and
 * text, and its figures, present value and check's findings are set side by side.
 *
 * @param proposals every proposal of either version: the new version's in the overview's order,
 *     then the removed ones in the old overview's order; unchanged ones too
 * @param overview the overview's printed figures that differ (rows and "I ALT" rows)
 * @param appeared check's new findings that are about no proposal (the overview's totals)
 * @param disappeared likewise, gone
 * @param findingsBefore the number of findings in the old version
 */
public record Revision(
    Discounting discounting,
    List<ProposalRevision> proposals,
    List<StatedChange> overview,
    TotalRevision investment,
    TotalRevision innovation,
    List<CheckResult> appeared,
    List<CheckResult> disappeared,
    int findingsBefore,
    int findingsAfter) {

  public Revision {
    proposals = List.copyOf(proposals);
    overview = List.copyOf(overview);
    appeared = List.copyOf(appeared);
    disappeared = List.copyOf(disappeared);
  }

  /**
   * @param beforeChecks check's report on {@code before}
   * @throws dk.payback.model.PaybackException where present values are too large to compute
   */
  public static Revision of(
      Analysis before,
      CheckReport beforeChecks,
      Analysis after,
      CheckReport afterChecks,
      Discounting discounting) {
    PortfolioAppraisal was = before.appraisal(Scenario.BASE, discounting);
    PortfolioAppraisal is = after.appraisal(Scenario.BASE, discounting);
    Map<String, Proposal> old = byId(before.overview().proposals());
    Map<String, Proposal> now = byId(after.overview().proposals());
    Findings findings = new Findings(beforeChecks.findings(), afterChecks.findings());

    List<ProposalRevision> proposals = new ArrayList<>();
    for (Proposal p : now.values()) {
      Proposal o = old.get(Proposal.idKey(p.id()));
      proposals.add(proposal(p.id(), o, p, before, after, discounting, findings));
    }
    for (Proposal o : old.values()) {
      if (!now.containsKey(Proposal.idKey(o.id()))) {
        proposals.add(proposal(o.id(), o, null, before, after, discounting, findings));
      }
    }
    var totalsBefore = before.overview().totals();
    var totalsAfter = after.overview().totals();
    return new Revision(
        discounting,
        proposals,
        overview(before.cases().portfolio(), after.cases().portfolio()),
        new TotalRevision(
            ProposalType.INVESTMENT,
            totalsBefore.investment(),
            totalsAfter.investment(),
            was.investmentTotal(),
            is.investmentTotal()),
        new TotalRevision(
            ProposalType.INNOVATION,
            totalsBefore.innovation(),
            totalsAfter.innovation(),
            was.innovationTotal(),
            is.innovationTotal()),
        findings.appeared(null),
        findings.disappeared(null),
        beforeChecks.findings().size(),
        afterChecks.findings().size());
  }

  /** The proposals that are not unchanged. */
  public List<ProposalRevision> changes() {
    return proposals.stream().filter(p -> p.status() != ChangeStatus.UNCHANGED).toList();
  }

  public long count(ChangeStatus status) {
    return proposals.stream().filter(p -> p.status() == status).count();
  }

  /** Whether the two versions say the same in every figure, line, stated figure and finding. */
  public boolean isEmpty() {
    return changes().isEmpty()
        && overview.isEmpty()
        && !investment.changed()
        && !innovation.changed()
        && appeared.isEmpty()
        && disappeared.isEmpty();
  }

  /** The first proposal of each ID, by its ID as compared; check reports any second one. */
  private static Map<String, Proposal> byId(List<Proposal> proposals) {
    Map<String, Proposal> m = new LinkedHashMap<>();
    proposals.forEach(p -> m.putIfAbsent(Proposal.idKey(p.id()), p));
    return m;
  }

  private static ProposalRevision proposal(
      String id,
      Proposal old,
      Proposal now,
      Analysis before,
      Analysis after,
      Discounting d,
      Findings findings) {
    ChangeStatus status =
        old == null
            ? ChangeStatus.ADDED
            : now == null
                ? ChangeStatus.REMOVED
                : sameContent(old, now) ? ChangeStatus.UNCHANGED : ChangeStatus.CHANGED;
    List<LineChange> lines = new ArrayList<>();
    List<StatedChange> stated = new ArrayList<>();
    if (status == ChangeStatus.CHANGED) {
      lines.addAll(lines(true, old.permanent(), now.permanent(), old.origin(), now.origin()));
      lines.addAll(
          lines(false, old.implementation(), now.implementation(), old.origin(), now.origin()));
      stated.addAll(stated(id, old, now));
    }
    String key = Proposal.idKey(id);
    return new ProposalRevision(
        id,
        status,
        old == null ? null : before.appraisal(old, Scenario.BASE, d),
        now == null ? null : after.appraisal(now, Scenario.BASE, d),
        lines,
        stated,
        findings.appeared(key),
        findings.disappeared(key));
  }

  /** Everything a reader sees of a proposal, but not where it stands in which file. */
  static boolean sameContent(Proposal a, Proposal b) {
    return a.id().equals(b.id())
        && a.type() == b.type()
        && a.title().equals(b.title())
        && Objects.equals(a.summary(), b.summary())
        && Objects.equals(a.fund(), b.fund())
        && a.risk() == b.risk()
        && Objects.equals(a.source(), b.source())
        && a.years().equals(b.years())
        && a.permanent().equals(b.permanent())
        && a.implementation().equals(b.implementation())
        && Objects.equals(a.stated(), b.stated())
        && Objects.equals(a.summaryOnly(), b.summaryOnly())
        && a.notes().equals(b.notes());
  }

  /**
   * The lines of one section that differ: first matched by text (other amounts: changed), then the
   * rest by amounts (other text: renamed); what is left was added or removed.
   */
  static List<LineChange> lines(
      boolean permanent, List<Line> old, List<Line> now, Origin was, Origin is) {
    String section = permanent ? "permanent." : "implementation.";
    int[] partner = new int[now.size()];
    boolean[] taken = new boolean[old.size()];
    java.util.Arrays.fill(partner, -1);
    pair(old, now, partner, taken, Line::text);
    pair(old, now, partner, taken, Line::amounts);
    List<LineChange> out = new ArrayList<>();
    for (int j = 0; j < now.size(); j++) {
      Line n = now.get(j);
      Location at = is.locate(section + j);
      if (partner[j] < 0) {
        out.add(new LineChange(permanent, ChangeStatus.ADDED, null, n, at));
        continue;
      }
      Line o = old.get(partner[j]);
      if (!o.equals(n)) {
        ChangeStatus s = o.text().equals(n.text()) ? ChangeStatus.CHANGED : ChangeStatus.RENAMED;
        out.add(new LineChange(permanent, s, o, n, at));
      }
    }
    for (int i = 0; i < old.size(); i++) {
      if (!taken[i]) {
        out.add(
            new LineChange(
                permanent, ChangeStatus.REMOVED, old.get(i), null, was.locate(section + i)));
      }
    }
    return out;
  }

  private static void pair(
      List<Line> old, List<Line> now, int[] partner, boolean[] taken, Function<Line, ?> by) {
    for (int j = 0; j < now.size(); j++) {
      if (partner[j] >= 0) {
        continue;
      }
      for (int i = 0; i < old.size(); i++) {
        if (!taken[i] && by.apply(old.get(i)).equals(by.apply(now.get(j)))) {
          partner[j] = i;
          taken[i] = true;
          break;
        }
      }
    }
  }

  private static List<StatedChange> stated(String id, Proposal old, Proposal now) {
    Stated o = old.stated();
    Stated n = now.stated();
    List<StatedChange> out = new ArrayList<>();
    amounts(out, id, Figure.PERMANENT_TOTAL, o.permanentTotal(), n.permanentTotal(), old, now);
    amounts(
        out,
        id,
        Figure.IMPLEMENTATION_TOTAL,
        o.implementationTotal(),
        n.implementationTotal(),
        old,
        now);
    amounts(out, id, Figure.NET_IMPACT, o.netImpact(), n.netImpact(), old, now);
    if (!Objects.equals(o.paybackYears(), n.paybackYears())) {
      String path = "stated." + Figure.PAYBACK_YEARS.key();
      out.add(
          new StatedChange(
              id,
              Figure.PAYBACK_YEARS,
              null,
              o.paybackYears() == null ? null : o.paybackYears().longValue(),
              n.paybackYears() == null ? null : n.paybackYears().longValue(),
              (n.paybackYears() == null ? old : now).origin().locate(path)));
    }
    return out;
  }

  private static void amounts(
      List<StatedChange> out,
      String id,
      Figure figure,
      Amounts was,
      Amounts is,
      Proposal old,
      Proposal now) {
    yearly(
        out,
        id,
        figure,
        was,
        is,
        (year, removed) ->
            (removed ? old : now).origin().locate("stated." + figure.key() + "." + year));
  }

  /**
   * A change per year in which a stated row differs, a blank cell not being a 0.
   *
   * @param at where the figure of a year stands; in the old file where the new one has none
   */
  private static void yearly(
      List<StatedChange> out,
      String subject,
      Figure figure,
      Amounts was,
      Amounts is,
      java.util.function.BiFunction<Integer, Boolean, Location> at) {
    Amounts o = was == null ? Amounts.empty() : was;
    Amounts n = is == null ? Amounts.empty() : is;
    TreeSet<Integer> years = new TreeSet<>(o.byYear().keySet());
    years.addAll(n.byYear().keySet());
    for (int year : years) {
      Long before = o.has(year) ? o.valueOr0(year) : null;
      Long after = n.has(year) ? n.valueOr0(year) : null;
      if (!Objects.equals(before, after)) {
        out.add(
            new StatedChange(subject, figure, year, before, after, at.apply(year, after == null)));
      }
    }
  }

  /** The overview's printed rows and totals that differ, rows matched by ID. */
  private static List<StatedChange> overview(Portfolio was, Portfolio is) {
    List<StatedChange> out = new ArrayList<>();
    Map<String, Integer> old = rowIndex(was);
    Map<String, Integer> now = rowIndex(is);
    for (Map.Entry<String, Integer> e : now.entrySet()) {
      Integer i = old.get(e.getKey());
      PortfolioRow n = is.rows().get(e.getValue());
      PortfolioRow o = i == null ? null : was.rows().get(i);
      printed(
          out,
          n.id(),
          o == null ? null : o.investment(),
          n.investment(),
          o == null ? null : o.savings(),
          n.savings(),
          was,
          is,
          i == null ? null : "rows." + i,
          "rows." + e.getValue());
    }
    for (Map.Entry<String, Integer> e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        PortfolioRow o = was.rows().get(e.getValue());
        printed(
            out,
            o.id(),
            o.investment(),
            null,
            o.savings(),
            null,
            was,
            is,
            "rows." + e.getValue(),
            null);
      }
    }
    total(
        out,
        was == null ? null : was.investmentTotal(),
        is == null ? null : is.investmentTotal(),
        was,
        is,
        "totals.investment");
    total(
        out,
        was == null ? null : was.innovationTotal(),
        is == null ? null : is.innovationTotal(),
        was,
        is,
        "totals.innovation");
    return out;
  }

  private static Map<String, Integer> rowIndex(Portfolio p) {
    Map<String, Integer> m = new LinkedHashMap<>();
    if (p != null) {
      for (int i = 0; i < p.rows().size(); i++) {
        m.putIfAbsent(Proposal.idKey(p.rows().get(i).id()), i);
      }
    }
    return m;
  }

  private static void total(
      List<StatedChange> out,
      PortfolioTotal o,
      PortfolioTotal n,
      Portfolio was,
      Portfolio is,
      String path) {
    if (o == null && n == null) {
      return;
    }
    printed(
        out,
        (n == null ? o : n).label(),
        o == null ? null : o.investment(),
        n == null ? null : n.investment(),
        o == null ? null : o.savings(),
        n == null ? null : n.savings(),
        was,
        is,
        o == null ? null : path,
        n == null ? null : path);
  }

  /**
   * One printed row's investment and savings per year.
   *
   * @param oldPath the row's path in the old overview, or null where it had none
   */
  private static void printed(
      List<StatedChange> out,
      String subject,
      Long investmentBefore,
      Long investmentAfter,
      Amounts savingsBefore,
      Amounts savingsAfter,
      Portfolio was,
      Portfolio is,
      String oldPath,
      String newPath) {
    Function<String, Location> at =
        suffix ->
            newPath != null
                ? is.origin().locate(newPath + suffix)
                : was.origin().locate(oldPath + suffix);
    if (!Objects.equals(investmentBefore, investmentAfter)) {
      out.add(
          new StatedChange(
              subject,
              Figure.INVESTMENT,
              null,
              investmentBefore,
              investmentAfter,
              at.apply(".investment")));
    }
    yearly(
        out,
        subject,
        Figure.SAVINGS,
        savingsBefore,
        savingsAfter,
        (year, removed) -> at.apply(".savings." + year));
  }

  /**
   * Check's findings of the two versions, matched by what they say rather than where they stand,
   * since a line added above a figure moves it: a finding is the same when its check, subject,
   * figure, year and both values are.
   */
  private static final class Findings {

    private record Key(
        CheckKind kind, String subject, Figure figure, Integer year, Long stated, Long computed) {
      static Key of(CheckResult r) {
        return new Key(
            r.kind(), Proposal.idKey(r.subject()), r.figure(), r.year(), r.stated(), r.computed());
      }
    }

    private final Map<String, List<CheckResult>> appeared = new HashMap<>();
    private final Map<String, List<CheckResult>> disappeared = new HashMap<>();

    Findings(List<CheckResult> before, List<CheckResult> after) {
      Map<Key, Deque<CheckResult>> old = new HashMap<>();
      before.forEach(r -> old.computeIfAbsent(Key.of(r), k -> new ArrayDeque<>()).add(r));
      for (CheckResult r : after) {
        Deque<CheckResult> same = old.get(Key.of(r));
        if (same == null || same.isEmpty()) {
          appeared.computeIfAbsent(Proposal.idKey(r.subject()), k -> new ArrayList<>()).add(r);
        } else {
          same.removeFirst();
        }
      }
      for (CheckResult r : before) {
        Deque<CheckResult> left = old.get(Key.of(r));
        if (left.remove(r)) {
          disappeared.computeIfAbsent(Proposal.idKey(r.subject()), k -> new ArrayList<>()).add(r);
        }
      }
    }

    /**
     * The new findings about a proposal, taken out, so that what is left at the end is about no
     * proposal.
     *
     * @param key a proposal's ID as compared, or null for every finding not yet taken
     */
    List<CheckResult> appeared(String key) {
      return take(appeared, key);
    }

    List<CheckResult> disappeared(String key) {
      return take(disappeared, key);
    }

    private static List<CheckResult> take(Map<String, List<CheckResult>> m, String key) {
      if (key != null) {
        List<CheckResult> found = m.remove(key);
        return found == null ? List.of() : found;
      }
      List<CheckResult> rest = new ArrayList<>();
      m.values().forEach(rest::addAll);
      m.clear();
      rest.sort(Checker.BY_PLACE);
      return rest;
    }
  }
}
