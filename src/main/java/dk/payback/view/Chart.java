package dk.payback.view;

import dk.payback.model.Amounts;
import java.util.List;

/**
 * A line chart of a cumulative net impact over the years, with one year marked (when the proposal
 * is paid back, or the portfolio is in surplus): the figures to draw, for the formats that draw.
 *
 * @param years the years along the axis, consecutive and in order
 * @param solid the figures of the case's years
 * @param dashed a second series, drawn dashed: figures carried on past the case's last year (the
 *     first is the last solid point), or the plan beside what was realised; or empty
 * @param markYear the year to mark, or 0 for none
 * @param caption what the chart shows, under it
 */
public record Chart(
    String title,
    List<Integer> years,
    Amounts solid,
    Amounts dashed,
    int markYear,
    String markLabel,
    String caption) {

  public Chart {
    years = List.copyOf(years);
  }

  public boolean isEmpty() {
    return solid.isEmpty() && dashed.isEmpty();
  }
}
