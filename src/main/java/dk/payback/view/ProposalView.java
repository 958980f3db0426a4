package dk.payback.view;

import dk.payback.calc.Appraisal;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.check.CheckResult;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.Line;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One proposal's table 1.1 in the template's order, with the cumulative row, the payback, the
 * source's printed subtotals where they differ from the lines, and (where asked for) the present
 * value and the discounted payback.
 *
 * @param number the proposal's row number in the overview, or 0
 * @param figures the proposal's figures (under the document's scenario); its proposal carries the
 *     source's stated figures
 * @param heading "HA02 – Samlokalisering af …"
 * @param facts the line under the heading: type, fund, risk, source, those that are known
 * @param summaryOnly why the source prints only overview figures for it, or null
 * @param rows the table's rows
 * @param payback the payback in words, and the source's own where it states another
 * @param statedNotes one footnote per printed subtotal that differs from the sum of its lines
 * @param appraisal the present value and discounted payback, or null where not asked for
 * @param presentValue the present value and the discounted payback as labelled figures; empty
 *     without
 * @param presentValueYears which years the present value counts; null without
 */
public record ProposalView(
    ProposalWords words,
    int number,
    ProposalFigures figures,
    String heading,
    List<String> facts,
    String summaryOnly,
    List<Row> rows,
    String payback,
    List<String> statedNotes,
    Appraisal appraisal,
    List<Labelled> presentValue,
    String presentValueYears,
    Chart chart)
    implements View {

  /** What a row of table 1.1 is. */
  public enum Kind {
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
   * @param areaText the area in words; "" for none
   */
  public record Row(
      Kind kind,
      String key,
      int lineNo,
      String text,
      Area area,
      String areaText,
      Amounts amounts) {}

  /**
   * A figure under the table, with its label: "Nutidsværdi (3,5 % pr. år, 2018-2032)" and -61.626.
   */
  public record Labelled(String label, Cell value) {}

  /** How far past the case's last year a chart goes to show an extrapolated payback. */
  public static final int MAX_CHART_EXTRA_YEARS = 10;

  public ProposalView {
    facts = List.copyOf(facts);
    rows = List.copyOf(rows);
    statedNotes = List.copyOf(statedNotes);
    presentValue = List.copyOf(presentValue);
  }

  public Proposal proposal() {
    return figures.proposal();
  }

  public List<Integer> years() {
    return proposal().years();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.proposal(this);
  }

  /**
   * The payback in words without the source's own ("6 år (ekstrapoleret efter 2022)"), beside its
   * figure.
   */
  public String paybackWords() {
    return words.payback(figures.payback(), proposal().lastYear());
  }

  /** The source's stated payback in words ("kilden angiver 3 år"), or null where it states none. */
  public String statedPaybackWords() {
    Integer stated = proposal().stated().paybackYears();
    return stated == null ? null : words.statedPayback(stated);
  }

  /**
   * @param differences the checks of the proposal's stated subtotals that found a difference (none
   *     under a scenario, whose lines are no longer the source's)
   * @param appraisal the proposal's present value under the same scenario, or null
   */
  public static ProposalView of(
      int number,
      ProposalFigures f,
      List<CheckResult> differences,
      Appraisal appraisal,
      Lang lang) {
    ProposalWords w = ProposalWords.of(lang);
    Proposal p = f.proposal();
    List<Labelled> presentValue = new ArrayList<>();
    String years = null;
    if (appraisal != null) {
      NetPresentValue npv = appraisal.netPresentValue();
      presentValue.add(
          new Labelled(
              w.npvValueLine(npv.rate(), npv.baseYear(), npv.endYear()),
              Cell.amount(npv.thousands(), w)));
      presentValue.add(
          new Labelled(
              w.discountedPaybackHeading(npv.rate()),
              new Cell.Years(
                  appraisal.discountedPayback(),
                  w.discountedPayback(
                      appraisal.discountedPayback(), p.lastYear(), npv.endYear()))));
      years = w.npvYears(npv.baseYear(), p.lastYear(), npv.endYear());
    }
    return new ProposalView(
        w,
        number,
        f,
        p.id() + " – " + p.title(),
        w.facts(p),
        p.isSummaryOnly() ? p.summaryOnly().reason() : null,
        rows(f, w),
        w.paybackAndStated(f),
        statedNotes(differences, p, w),
        appraisal,
        presentValue,
        years,
        chart(f, w));
  }

  private static List<Row> rows(ProposalFigures f, ProposalWords w) {
    Proposal p = f.proposal();
    List<Row> rows = new ArrayList<>();
    if (p.isSummaryOnly()) {
      rows.add(
          new Row(
              Kind.TOTAL,
              "implementation_total",
              0,
              w.summaryOnlyInvestment(p.firstYear()),
              null,
              "",
              f.implementationTotal()));
      rows.add(
          new Row(Kind.TOTAL, "permanent_total", 0, w.savings(), null, "", f.permanentTotal()));
    } else {
      // An innovation proposal without permanent lines prints no permanent part at all, as in the
      // source.
      if (!p.permanent().isEmpty() || p.type() != ProposalType.INNOVATION) {
        part(
            rows,
            "permanent",
            w.permanent(),
            p.permanent(),
            w.permanentTotal(),
            f.permanentTotal(),
            w);
      }
      part(
          rows,
          "implementation",
          w.implementation(p.type()),
          p.implementation(),
          w.implementationTotal(p.type()),
          f.implementationTotal(),
          w);
    }
    rows.add(new Row(Kind.RESULT, "net_impact", 0, w.netImpact(), null, "", f.netImpact()));
    rows.add(new Row(Kind.RESULT, "cumulative", 0, w.cumulative(), null, "", f.cumulative()));
    return rows;
  }

  private static void part(
      List<Row> rows,
      String key,
      String heading,
      List<Line> lines,
      String totalLabel,
      Amounts total,
      ProposalWords w) {
    rows.add(new Row(Kind.HEADING, key, 0, heading, null, "", Amounts.empty()));
    int n = 0;
    for (Line line : lines) {
      rows.add(
          new Row(
              Kind.LINE, key, ++n, line.text(), line.area(), w.area(line.area()), line.amounts()));
    }
    rows.add(new Row(Kind.TOTAL, key + "_total", 0, totalLabel, null, "", total));
  }

  /**
   * One footnote per difference between a printed subtotal and the sum of its lines: "Kilden
   * angiver -3.279 for Samlet varig ændring 2019; linjerne summerer til -3.280".
   */
  private static List<String> statedNotes(
      List<CheckResult> differences, Proposal p, ProposalWords w) {
    List<String> notes = new ArrayList<>();
    for (CheckResult d : differences) {
      String figure =
          switch (d.figure()) {
            case PERMANENT_TOTAL -> w.permanentTotal();
            case IMPLEMENTATION_TOTAL -> w.implementationTotal(p.type());
            case NET_IMPACT -> w.netImpact();
            default -> null;
          };
      if (figure != null && d.year() != null) {
        notes.add(
            w.statedDiffers(
                figure, d.year(), amountOrNull(d.stated(), w), amountOrNull(d.computed(), w)));
      }
    }
    return notes;
  }

  private static String amountOrNull(Long value, Words w) {
    return value == null ? null : w.amount(value);
  }

  /** The cumulative net impact, carried on to an extrapolated payback year if it is near. */
  private static Chart chart(ProposalFigures f, ProposalWords w) {
    Proposal p = f.proposal();
    Payback pb = f.payback();
    List<Integer> years = new ArrayList<>(p.years());
    Amounts dashed = Amounts.empty();
    int mark = 0;
    if (pb.isYears() && pb.year() <= p.lastYear() + MAX_CHART_EXTRA_YEARS) {
      mark = pb.year();
      if (pb.extrapolated() && f.cumulative().has(p.lastYear())) {
        // The payback rule's extrapolation: the last year's permanent total, every year after it.
        long perYear = f.permanentTotal().valueOr0(p.lastYear());
        long running = f.cumulative().valueOr0(p.lastYear());
        TreeMap<Integer, Long> points = new TreeMap<>();
        points.put(p.lastYear(), running);
        for (int y = p.lastYear() + 1; y <= pb.year(); y++) {
          running = Math.addExact(running, perYear);
          points.put(y, running);
          years.add(y);
        }
        dashed = new Amounts(points);
      }
    }
    String label =
        mark == 0 ? "" : w.paidBack(mark) + (pb.estimate() ? " (" + w.estimate() + ")" : "");
    String caption = w.chartCaption(p.id());
    if (pb.isYears() && pb.extrapolated()) {
      caption +=
          pb.year() <= p.lastYear() + MAX_CHART_EXTRA_YEARS
              ? ". " + w.chartExtrapolated()
              : ". " + w.chartPaybackBeyond(pb.year());
    }
    caption += ". " + w.chartReading(mark != 0);
    return new Chart(w.chartCaption(p.id()), years, f.cumulative(), dashed, mark, label, caption);
  }
}
