package dk.payback.format;

import dk.payback.model.Amounts;
import dk.payback.model.CaseSet;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The real cases with one amount of one line changed, as an analyst changes it in a workbook. */
final class ChangedCase {

  private ChangedCase() {}

  /** The cases with the amount of the proposal's line with this text in this year set to value. */
  static CaseSet of(CaseSet cases, String id, String lineText, int year, long value) {
    Proposal p = cases.find(id).orElseThrow();
    Proposal changed =
        p.withAmounts(
            p.years(),
            changed(p.permanent(), lineText, year, value),
            changed(p.implementation(), lineText, year, value),
            p.summaryOnly());
    List<Proposal> proposals = cases.proposals().stream().map(q -> q == p ? changed : q).toList();
    return new CaseSet(proposals, cases.overview().orElseThrow());
  }

  private static List<Line> changed(List<Line> lines, String text, int year, long value) {
    List<Line> out = new ArrayList<>();
    for (Line line : lines) {
      if (line.text().equals(text)) {
        Map<Integer, Long> amounts = new TreeMap<>(line.amounts().byYear());
        amounts.put(year, value);
        line = new Line(line.text(), line.area(), Amounts.of(amounts));
      }
      out.add(line);
    }
    return out;
  }
}
