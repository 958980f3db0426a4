package dk.payback.report;

import dk.payback.calc.Appraisal;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.render.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal's table 1.1 as rows in the template's order, the same for every format: the permanent
 * changes and their total, the implementation costs and their total, then the net impact and the
 * cumulative row. A summary-only proposal has only its two overview figures and the last two rows.
 */
final class ProposalRows {

  enum Kind {
    /** "Varige ændringer", "Implementeringsomkostninger": no figures. */
    HEADING,
    /** One line of the case. */
    LINE,
    /** A subtotal. */
    TOTAL,
    /** Net impact and cumulative, below the rule. */
    RESULT
  }

  /**
   * @param key the machine name of the row's part: permanent, permanent_total, implementation,
   *     implementation_total, net_impact or cumulative (the CSV's {@code section})
   * @param lineNo the line's number within its part, from 1; 0 for rows that are no line
   * @param area null for rows that are no line, and for lines without one
   */
  record Row(Kind kind, String key, int lineNo, String text, Area area, Amounts amounts) {}

  /** A figure under the table, with its label: "Nutidsværdi (3,5 % pr. år, 2018-2032)" and -61.626. */
  record Labelled(String label, Cell value) {}

  private ProposalRows() {}

  /**
   * The net present value and the discounted payback, then a line saying which years they count: as
   * {@code show --npv} prints them.
   */
  static List<Labelled> appraisal(Appraisal a, Labels l) {
    NetPresentValue npv = a.netPresentValue();
    return List.of(
        new Labelled(l.npvValueLine(npv.rate(), npv.baseYear(), npv.endYear()), Cell.amount(npv.thousands(), l.lang())),
        new Labelled(l.discountedPaybackHeading(npv.rate()),
            Cell.text(l.discountedPayback(a.discountedPayback(), a.proposal().lastYear(), npv.endYear()))));
  }

  static String appraisalYears(Appraisal a, Labels l) {
    NetPresentValue npv = a.netPresentValue();
    return l.npvYears(npv.baseYear(), a.proposal().lastYear(), npv.endYear());
  }

  static List<Row> of(ProposalFigures f, Labels l) {
    Proposal p = f.proposal();
    List<Row> rows = new ArrayList<>();
    if (p.isSummaryOnly()) {
      rows.add(new Row(Kind.TOTAL, "implementation_total", 0, l.summaryOnlyInvestment(p.firstYear()), null, f.implementationTotal()));
      rows.add(new Row(Kind.TOTAL, "permanent_total", 0, l.savings(), null, f.permanentTotal()));
    } else {
      // An innovation proposal without permanent lines prints no permanent part at all, as in the source.
      if (!p.permanent().isEmpty() || p.type() != ProposalType.INNOVATION) {
        part(rows, "permanent", l.permanent(), p.permanent(), l.permanentTotal(), f.permanentTotal());
      }
      part(rows, "implementation", l.implementation(p.type()), p.implementation(), l.implementationTotal(p.type()), f.implementationTotal());
    }
    rows.add(new Row(Kind.RESULT, "net_impact", 0, l.netImpact(), null, f.netImpact()));
    rows.add(new Row(Kind.RESULT, "cumulative", 0, l.cumulative(), null, f.cumulative()));
    return rows;
  }

  private static void part(List<Row> rows, String key, String heading, List<Line> lines, String totalLabel, Amounts total) {
    rows.add(new Row(Kind.HEADING, key, 0, heading, null, Amounts.empty()));
    int n = 0;
    for (Line line : lines) {
      rows.add(new Row(Kind.LINE, key, ++n, line.text(), line.area(), line.amounts()));
    }
    rows.add(new Row(Kind.TOTAL, key + "_total", 0, totalLabel, null, total));
  }
}
