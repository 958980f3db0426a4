package dk.payback.calc;

import dk.payback.model.Amounts;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The overview's two "I ALT" rows, computed: investment and savings per year summed over the
 * investment proposals and, separately, the innovation proposals; and what all of them together do
 * to the budget year by year.
 */
public record PortfolioFigures(
    List<ProposalFigures> proposals, Total investment, Total innovation, YearByYear whole) {

  public record Total(long investment, Amounts savings, int count) {}

  /**
   * @param years every year of every proposal, in order
   * @param netImpact the net impact of all proposals together, per year
   * @param cumulative its running sum
   * @param breakEvenYear the first year from which the running sum stays at or below 0, if any
   */
  public record YearByYear(
      List<Integer> years, Amounts netImpact, Amounts cumulative, OptionalInt breakEvenYear) {

    public YearByYear {
      years = List.copyOf(years);
    }
  }

  public PortfolioFigures {
    proposals = List.copyOf(proposals);
  }

  /**
   * @throws ArithmeticException if a sum goes past the range of exact amounts
   */
  public static PortfolioFigures of(List<ProposalFigures> figures) {
    return new PortfolioFigures(
        figures,
        total(figures, ProposalType.INVESTMENT),
        total(figures, ProposalType.INNOVATION),
        yearByYear(figures));
  }

  private static YearByYear yearByYear(List<ProposalFigures> all) {
    TreeSet<Integer> years = new TreeSet<>();
    all.forEach(f -> years.addAll(f.proposal().years()));
    Amounts net = Amounts.sumOf(all.stream().map(ProposalFigures::netImpact).toList());
    List<Integer> yearList = List.copyOf(years);
    Amounts cumulative = Calculator.runningTotal(yearList, net);
    return new YearByYear(yearList, net, cumulative, breakEven(yearList, cumulative));
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

  private static Total total(List<ProposalFigures> figures, ProposalType type) {
    long investment = 0;
    List<Amounts> savings = new ArrayList<>();
    int count = 0;
    for (ProposalFigures f : figures) {
      if (f.proposal().type() == type) {
        investment = Math.addExact(investment, f.investment());
        savings.add(f.savings());
        count++;
      }
    }
    return new Total(investment, Amounts.sumOf(savings), count);
  }
}
