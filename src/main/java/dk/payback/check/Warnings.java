package dk.payback.check;

import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Stated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What is worth a look in one proposal besides its findings. */
final class Warnings {

  /**
   * What each type's template prints below table 1.1: an investment proposal its two subtotals, the
   * net impact and the payback; an innovation proposal its net impact (its innovation costs are not
   * paid back, and the source prints no subtotal for them).
   */
  private static final Map<ProposalType, List<Figure>> PRINTED =
      Map.of(
          ProposalType.INVESTMENT,
          List.of(
              Figure.PERMANENT_TOTAL,
              Figure.IMPLEMENTATION_TOTAL,
              Figure.NET_IMPACT,
              Figure.PAYBACK_YEARS),
          ProposalType.INNOVATION,
          List.of(Figure.NET_IMPACT));

  private Warnings() {}

  static List<Warning> of(Proposal p) {
    List<Warning> out = new ArrayList<>();
    if (p.isSummaryOnly()) {
      // Its figures are the overview's, which check compares: it does not state nothing.
      return out;
    }
    List<Figure> printed = PRINTED.get(p.type());
    List<Figure> missing = printed.stream().filter(f -> !stated(p.stated(), f)).toList();
    if (missing.size() == printed.size()) {
      out.add(
          new Warning(
              Warning.Kind.NOTHING_STATED,
              p.origin().locate("id"),
              p.id(),
              missing,
              null,
              null,
              null));
    } else if (!missing.isEmpty()) {
      out.add(
          new Warning(
              Warning.Kind.NOT_STATED,
              p.origin().locate("stated"),
              p.id(),
              missing,
              null,
              null,
              null));
    }
    List<Line> lines = p.implementation();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      for (var e : line.amounts().byYear().entrySet()) {
        if (e.getValue() < 0) {
          out.add(
              new Warning(
                  Warning.Kind.NEGATIVE_COST,
                  p.origin().locate("implementation." + i + ".amounts." + e.getKey()),
                  p.id(),
                  List.of(),
                  line.text(),
                  e.getKey(),
                  e.getValue()));
        }
      }
    }
    return out;
  }

  private static boolean stated(Stated s, Figure f) {
    return switch (f) {
      case PERMANENT_TOTAL -> s.permanentTotal() != null && !s.permanentTotal().isEmpty();
      case IMPLEMENTATION_TOTAL ->
          s.implementationTotal() != null && !s.implementationTotal().isEmpty();
      case NET_IMPACT -> s.netImpact() != null && !s.netImpact().isEmpty();
      case PAYBACK_YEARS -> s.paybackYears() != null;
      default -> true;
    };
  }
}
