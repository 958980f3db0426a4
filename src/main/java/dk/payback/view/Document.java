package dk.payback.view;

import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import java.util.List;
import java.util.Optional;

/**
 * What one run prints or writes, whatever the format: its views in order, the language their words
 * are in, and the scenario and discounting their figures are under.
 *
 * @param title the overview's title, or null: formats with a title of their own use {@link
 *     #titleOr}
 * @param discounting how every present value is taken, or null where the document has none
 */
public record Document(
    Words words, String title, Scenario scenario, Discounting discounting, List<View> views) {

  public Document {
    views = List.copyOf(views);
  }

  public Lang lang() {
    return words.lang();
  }

  public String titleOr(String fallback) {
    return title == null ? fallback : title;
  }

  /**
   * The line naming the scenario, so that no one takes its figures for the proposals' own; empty
   * for none.
   */
  public Optional<String> scenarioLine() {
    return scenario.isBase() ? Optional.empty() : Optional.of(words.scenario(scenario));
  }

  /** Every view in order, handed to the visitor. */
  public <R> List<R> visit(View.Visitor<R> visitor) {
    return views.stream().map(v -> v.accept(visitor)).toList();
  }
}
