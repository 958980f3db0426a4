package dk.payback.report;

import dk.payback.calc.Appraisal;
import dk.payback.calc.NetPresentValue;
import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
import dk.payback.calc.PortfolioAppraisal;
import dk.payback.calc.PortfolioFigures;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Sensitivity;
import dk.payback.check.CheckKind;
import dk.payback.check.CheckResult;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.render.Labels;
import dk.payback.view.Lang;
import java.util.List;
import java.util.Map;

/**
 * Tidy CSV: one row per figure (a line's amount in a year, a total, the payback), with the same
 * columns throughout, so that a pivot table needs no reshaping. Amounts are plain integers in
 * thousands of kroner. The README lists the columns and the values of {@code section}.
 */
public final class CsvReport implements TextReportRenderer {

  /** How the file is spelled: RFC 4180, or what Danish Excel opens directly from the file manager. */
  public enum Dialect {
    RFC4180("rfc4180", ',', false),
    /** Danish Excel takes ';' as the list separator and reads UTF-8 only with a byte order mark. */
    EXCEL_DA("excel-da", ';', true);

    private final String key;
    private final char separator;
    private final boolean byteOrderMark;

    Dialect(String key, char separator, boolean byteOrderMark) {
      this.key = key;
      this.separator = separator;
      this.byteOrderMark = byteOrderMark;
    }

    public String key() {
      return key;
    }
  }

  static final List<String> COLUMNS = List.of("id", "type", "section", "line_no", "text", "area", "year", "amount");

  private static final String CRLF = "\r\n";

  private final Dialect dialect;

  public CsvReport(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String text(Report report, Lang lang) {
    Labels l = Labels.of(lang);
    StringBuilder sb = new StringBuilder();
    if (dialect.byteOrderMark) {
      sb.append('\uFEFF');
    }
    record(sb, COLUMNS.toArray(String[]::new));
    if (!report.scenario().isBase()) {
      record(sb, "", "", "scenario", "", l.scenario(report.scenario()), "", "", "");
    }
    report.forEach(
        s -> overviewRows(sb, s, l),
        s -> sensitivityRows(sb, s.sensitivity(), l),
        s -> proposalRows(sb, s, l),
        s -> findingRows(sb, s, l));
    return sb.toString();
  }

  private void overviewRows(StringBuilder sb, OverviewSection s, Labels l) {
    Overview o = s.overview();
    PortfolioAppraisal appraisal = s.appraisal();
    for (List<Overview.Row> group : List.of(o.investments(), o.innovations())) {
      for (Overview.Row r : group) {
        ProposalFigures f = r.figures();
        Proposal p = f.proposal();
        String no = r.number() == 0 ? "" : String.valueOf(r.number());
        record(sb, p.id(), p.type().key(), "overview_investment", no, p.title(), "", "", String.valueOf(f.investment()));
        for (int y : o.savingsYears()) {
          if (f.savings().has(y)) {
            record(sb, p.id(), p.type().key(), "overview_savings", no, p.title(), "", String.valueOf(y), String.valueOf(f.savings().valueOr0(y)));
          }
        }
        long npv = appraisal.find(p.id()).orElseThrow().netPresentValue().thousands();
        record(sb, p.id(), p.type().key(), "overview_net_present_value", no, p.title(), "", "", String.valueOf(npv));
      }
    }
    totalRows(sb, ProposalType.INVESTMENT, l.totalInvestment(), o.totals().investment(), appraisal.investmentTotal(), o);
    if (!o.innovations().isEmpty()) {
      totalRows(sb, ProposalType.INNOVATION, l.totalInnovation(), o.totals().innovation(), appraisal.innovationTotal(), o);
    }
    for (PortfolioRow missing : o.missing()) {
      record(sb, missing.id(), "", "missing", String.valueOf(missing.number()), l.missingCase(missing.number(), missing.id()), "", "", "");
    }
  }

  private void totalRows(
      StringBuilder sb, ProposalType type, String label, PortfolioFigures.Total t, NetPresentValue npv, Overview o) {
    record(sb, "", type.key(), "total_investment", "", label, "", "", String.valueOf(t.investment()));
    for (int y : o.savingsYears()) {
      // The overview prints every year of a total, 0 included.
      record(sb, "", type.key(), "total_savings", "", label, "", String.valueOf(y), String.valueOf(t.savings().valueOr0(y)));
    }
    record(sb, "", type.key(), "total_net_present_value", "", label, "", "", String.valueOf(npv.thousands()));
  }

  /**
   * Each proposal's risk rating, then per proposal and scenario (line_no is the scenario's column, text
   * its heading) the payback, the discounted payback and the net present value; then the totals' net
   * present values.
   */
  private void sensitivityRows(StringBuilder sb, Sensitivity s, Labels l) {
    List<Proposal> proposals = s.proposals();
    for (Proposal p : proposals) {
      record(sb, p.id(), p.type().key(), "risk", "", p.risk() == null ? "" : p.risk().key(), "", "", "");
    }
    for (int r = 0; r < proposals.size(); r++) {
      Proposal p = proposals.get(r);
      for (int c = 0; c < s.scenarios().size(); c++) {
        Appraisal a = s.outcome(r, c);
        String column = String.valueOf(c + 1);
        String heading = l.scenarioColumn(s.scenarios().get(c));
        paybackRow(sb, p, "sensitivity_payback_years", column, heading, a.payback());
        paybackRow(sb, p, "sensitivity_discounted_payback_years", column, heading, a.discountedPayback());
        record(sb, p.id(), p.type().key(), "sensitivity_net_present_value", column, heading, "", "",
            String.valueOf(a.netPresentValue().thousands()));
      }
    }
    for (ProposalType type : ProposalType.values()) {
      if (proposals.stream().noneMatch(p -> p.type() == type)) {
        continue;
      }
      for (int c = 0; c < s.scenarios().size(); c++) {
        PortfolioAppraisal pa = s.byScenario().get(c);
        NetPresentValue total = type == ProposalType.INVESTMENT ? pa.investmentTotal() : pa.innovationTotal();
        record(sb, "", type.key(), "sensitivity_total_net_present_value", String.valueOf(c + 1),
            l.scenarioColumn(s.scenarios().get(c)), "", "", String.valueOf(total.thousands()));
      }
    }
  }

  /** A payback in years (amount) and the year it is reached; both empty for "ingen" and "ikke relevant". */
  private void paybackRow(StringBuilder sb, Proposal p, String section, String lineNo, String text, Payback pb) {
    record(sb, p.id(), p.type().key(), section, lineNo, text, "",
        pb.isYears() ? String.valueOf(pb.year()) : "", pb.isYears() ? String.valueOf(pb.years()) : "");
  }

  private void proposalRows(StringBuilder sb, ProposalSection s, Labels l) {
    ProposalFigures f = s.figures();
    Proposal p = f.proposal();
    String id = p.id();
    String type = p.type().key();
    if (p.isSummaryOnly()) {
      record(sb, id, type, "summary_only", "", p.summaryOnly().reason(), "", "", "");
    }
    for (ProposalRows.Row r : ProposalRows.of(f, l)) {
      if (r.kind() == ProposalRows.Kind.HEADING) {
        continue;
      }
      String lineNo = r.lineNo() == 0 ? "" : String.valueOf(r.lineNo());
      String area = r.area() == null ? "" : r.area().key();
      for (Map.Entry<Integer, Long> e : r.amounts().byYear().entrySet()) {
        record(sb, id, type, r.key(), lineNo, r.text(), area, String.valueOf(e.getKey()), String.valueOf(e.getValue()));
      }
    }
    paybackRow(sb, p, "payback_years", "", l.payback(f.payback(), p.lastYear()), f.payback());
    Integer stated = p.stated().paybackYears();
    if (stated != null) {
      record(sb, id, type, "stated_payback_years", "", l.statedPayback(stated), "", "", String.valueOf(stated));
    }
    List<ProposalRows.Labelled> appraisal = ProposalRows.appraisal(s.appraisal(), l);
    record(sb, id, type, "net_present_value", "", appraisal.get(0).label(), "", "", String.valueOf(appraisal.get(0).value().amount()));
    paybackRow(sb, p, "discounted_payback_years", "", appraisal.get(1).value().text(), s.appraisal().discountedPayback());
  }

  /**
   * One row per finding: the line {@code payback check} prints, and the difference (computed minus
   * stated) as the amount; then how many checks were made.
   */
  private void findingRows(StringBuilder sb, FindingsSection s, Labels l) {
    int n = 0;
    for (CheckResult r : s.findings()) {
      // The subject of a total's check is the total's label, which is no proposal's id.
      boolean total = r.kind() == CheckKind.TOTAL_VS_ROWS || r.kind() == CheckKind.TOTAL_VS_PROPOSALS;
      Long difference = r.figure() == null ? null : r.difference();
      record(sb, total ? "" : r.subject(), "", "finding", String.valueOf(++n), r.location() + ": " + dk.payback.view.FindingsWords.of(dk.payback.view.Lang.EN).message(r), "",
          r.year() == null ? "" : String.valueOf(r.year()), difference == null ? "" : String.valueOf(difference));
    }
    record(sb, "", "", "checks", "", FindingRows.count(s, l), "", "", String.valueOf(s.checks().results().size()));
  }

  private void record(StringBuilder sb, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(dialect.separator);
      }
      sb.append(quote(fields[i], dialect.separator));
    }
    sb.append(CRLF);
  }

  /** RFC 4180: a field with the separator, a quote, CR or LF is quoted, its quotes doubled. */
  static String quote(String field, char separator) {
    boolean needs = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
