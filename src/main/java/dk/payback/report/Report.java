package dk.payback.report;

import dk.payback.calc.Appraisal;
import dk.payback.calc.Calculator;
import dk.payback.calc.Discounting;
import dk.payback.calc.Overview;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.check.CheckResult;
import dk.payback.check.Checker;
import dk.payback.model.Amounts;
import dk.payback.calc.Analysis;
import dk.payback.check.CheckReport;
import dk.payback.model.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a report says, whatever its format: the overview, the sensitivity of each proposal, each
 * proposal in the overview's order, then what {@code check} finds in the source's figures. Renderers
 * show {@link #sections()} in this order and nothing else, so that every format carries the same
 * content.
 *
 * @param scenario the "what if" the overview's and the proposals' figures are under; a report under any
 *     other than {@link Scenario#BASE} says so at the top
 * @param discounting how every present value in the report is taken
 */
public record Report(Scenario scenario, Discounting discounting, List<Section> sections) {

  public Report {
    sections = List.copyOf(sections);
  }

  /**
   * The figures of the overview and of each proposal are those of the cases under {@code scenario}; the
   * sensitivity grid starts from the cases as read, and the findings are about the source's own figures,
   * so both are of the cases as read, whatever the scenario.
   *
   * @param tolerance the difference in thousands of kroner that {@code check} takes for rounding
   * @throws ArithmeticException if the amounts are too large to add up exactly
   */
  public static Report of(Analysis analysis, Scenario scenario, Discounting discounting, CheckReport checks) {
    Overview overview = analysis.overview(scenario);
    PortfolioAppraisal appraisal = analysis.appraisal(scenario, discounting);
    List<Section> sections = new ArrayList<>();
    sections.add(portfolio(overview, appraisal));
    List<Proposal> asRead = analysis.overview().proposals();
    sections.add(new SensitivitySection(analysis.sensitivity(asRead, Sensitivity.STANDARD, discounting)));
    Stream.concat(overview.investments().stream(), overview.innovations().stream()).forEach(row -> {
      Appraisal a = analysis.appraisal(row.proposal(), scenario, discounting);
      // Under a scenario the lines are no longer the source's, so there is nothing to compare them with.
      List<CheckResult> differences = scenario.isBase() ? Checker.subtotalDifferences(a.figures()) : List.of();
      sections.add(new ProposalSection(row.number(), a, differences));
    });
    sections.add(new FindingsSection(checks));
    return new Report(scenario, discounting, sections);
  }

  /** Every section in order, handed to the visitor. */
  public <R> List<R> visit(Section.Visitor<R> visitor) {
    return sections.stream().map(s -> s.accept(visitor)).toList();
  }

  /**
   * Every section in order, to the action for its kind. A new kind of section adds a parameter here,
   * so that no renderer can leave it out by mistake.
   */
  public void forEach(
      Consumer<OverviewSection> overview,
      Consumer<SensitivitySection> sensitivity,
      Consumer<ProposalSection> proposal,
      Consumer<FindingsSection> findings) {
    visit(new Section.Visitor<Void>() {
      @Override
      public Void overview(OverviewSection s) {
        overview.accept(s);
        return null;
      }

      @Override
      public Void sensitivity(SensitivitySection s) {
        sensitivity.accept(s);
        return null;
      }

      @Override
      public Void proposal(ProposalSection s) {
        proposal.accept(s);
        return null;
      }

      @Override
      public Void findings(FindingsSection s) {
        findings.accept(s);
        return null;
      }
    });
  }

  /** The overview's title, where the overview has one. */
  public Optional<String> title() {
    return sections.stream()
        .filter(OverviewSection.class::isInstance)
        .map(s -> ((OverviewSection) s).overview().title())
        .filter(Objects::nonNull)
        .findFirst();
  }

  private static OverviewSection portfolio(Overview overview, PortfolioAppraisal appraisal) {
    List<ProposalFigures> all = overview.totals().proposals();
    TreeSet<Integer> years = new TreeSet<>();
    all.forEach(f -> years.addAll(f.proposal().years()));
    Amounts net = Amounts.sumOf(all.stream().map(ProposalFigures::netImpact).toList());
    List<Integer> yearList = List.copyOf(years);
    Amounts cumulative = Calculator.runningTotal(yearList, net);
    return new OverviewSection(overview, appraisal, yearList, net, cumulative, breakEven(yearList, cumulative));
  }

  private static OptionalInt breakEven(List<Integer> years, Amounts cumulative) {
    OptionalInt found = OptionalInt.empty();
    for (int year : years) {
      if (!cumulative.has(year)) {
        continue;
      }
      if (cumulative.valueOr0(year) <= 0) {
        if (found.isEmpty()) {
          found = OptionalInt.of(year);
        }
      } else {
        found = OptionalInt.empty();
      }
    }
    return found;
  }
}
