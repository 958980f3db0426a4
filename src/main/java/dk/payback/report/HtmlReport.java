package dk.payback.report;

import dk.payback.calc.Overview;
import dk.payback.calc.Payback;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.model.Amounts;
import dk.payback.model.Proposal;
import dk.payback.render.Labels;
import dk.payback.view.Lang;
import dk.payback.view.Numbers;
import dk.payback.render.ProposalTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One self-contained HTML file: the tables, a chart per proposal and one for the portfolio as inline
 * SVG, and a style sheet that prints each proposal on its own A4 page. No scripts, no external files.
 */
public final class HtmlReport implements TextReportRenderer {

  /** How far past the case's last year a chart goes to show an extrapolated payback. */
  static final int MAX_EXTRA_YEARS = 10;

  private static final String STYLE = """
      body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35;
             color: #111; max-width: 190mm; margin: 2em auto; padding: 0 1em; }
      h1 { font-size: 16pt; margin-bottom: .2em; }
      h2 { font-size: 13pt; margin-top: 2.2em; padding-bottom: .15em; border-bottom: 1px solid #999; }
      h3 { font-size: 11pt; margin-bottom: .3em; }
      p { margin: .4em 0; }
      a { color: #1f4e79; }
      table.figures { border-collapse: collapse; width: 100%; margin: .4em 0; }
      .figures th, .figures td { padding: 2px 6px; border-bottom: 1px solid #e0e0e0; vertical-align: bottom; }
      .figures thead th { text-align: left; font-weight: 600; border-bottom: 1.5px solid #333; }
      .figures .num { text-align: right; font-variant-numeric: tabular-nums; }
      .figures td.num { white-space: nowrap; }
      table.overview { font-size: 9.5pt; }
      table.overview th.proposal { width: 45%; }
      .figures thead th.group { text-align: center; border-bottom: 1px solid #999; }
      .figures tr.heading th { text-align: left; font-weight: 600; padding-top: 6px; }
      .figures td.line { padding-left: 1.4em; }
      .figures tr.total td, .figures tr.result td { font-weight: 600; }
      .figures tr.rule td { border-top: 1.5px solid #333; }
      .unit, .legend, figcaption { font-size: 9pt; color: #444; }
      p.stated { font-size: 9pt; color: #8a4b00; margin: .15em 0; }
      p.npv { margin: .15em 0; }
      p.scenario { border-left: 4px solid #1f4e79; background: #eef4fa; padding: .3em .8em; }
      table.sensitivity { font-size: 9.5pt; }
      /* One line per proposal, so that each table of the grid keeps to a page; the whole title is in the
         overview, and in the cell's tooltip. */
      table.sensitivity td.proposal { width: 46%; max-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      div.grid { break-inside: avoid; }
      .figures td.location { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 8.5pt; white-space: nowrap; }
      .summary-only { border-left: 4px solid #b26a00; background: #fff6e5; padding: .3em .8em; }
      figure.chart { margin: .8em 0 0; }
      figure.chart svg { max-width: 100%; height: auto; }
      svg .grid { stroke: #e3e3e3; stroke-width: 1; }
      svg .zero { stroke: #555; stroke-width: 1; }
      svg .tick, svg .year { font: 11px Arial, Helvetica, sans-serif; fill: #444; }
      svg polyline { fill: none; stroke: #1f4e79; }
      svg polyline.solid { stroke-width: 2.5; }
      svg polyline.dashed { stroke-width: 2; stroke-dasharray: 6 4; }
      svg circle.solid { fill: #1f4e79; }
      svg circle.dashed { fill: #fff; stroke: #1f4e79; stroke-width: 1.5; }
      svg line.mark { stroke: #2e7d32; stroke-width: 1.5; stroke-dasharray: 4 3; }
      svg text.mark { font: bold 11px Arial, Helvetica, sans-serif; fill: #2e7d32; }
      @page { size: A4; margin: 14mm 12mm; }
      @media print {
        body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
        .figures th, .figures td { padding: 1px 4px; }
        section.sensitivity, section.proposal, section.findings { break-before: page; }
        section.sensitivity h2, section.proposal h2, section.findings h2 { margin-top: 0; }
        table.overview, table.sensitivity { font-size: 7.5pt; }
        section.overview p.legend { font-size: 7.5pt; margin: .1em 0; }
        section.overview figure.chart svg { max-height: 62mm; }
        table.figures, .figures tr, figure.chart { break-inside: avoid; }
        thead { display: table-header-group; }
        a { color: inherit; text-decoration: none; }
      }
      """;

  @Override
  public String text(Report report, Lang lang) {
    Labels l = Labels.of(lang);
    String title = report.title().orElse(l.reportTitle());
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.name().toLowerCase(Locale.ROOT)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    sb.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    Scenario scenario = report.scenario();
    if (!scenario.isBase()) {
      sb.append("<p class=\"scenario\"><strong>").append(Html.escape(l.scenario(scenario))).append("</strong></p>\n");
    }
    sb.append("<p class=\"unit\">").append(Html.escape(l.unit() + " " + l.signNote())).append("</p>\n");
    report.forEach(
        s -> overviewSection(sb, s, l),
        s -> sensitivitySection(sb, s.sensitivity(), scenario, l),
        s -> proposalSection(sb, s, l),
        s -> findingsSection(sb, s, scenario, l));
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void overviewSection(StringBuilder sb, OverviewSection s, Labels l) {
    Overview o = s.overview();
    Lang lang = l.lang();
    sb.append("<section class=\"overview\">\n<h2>").append(Html.escape(l.overviewHeading())).append("</h2>\n");
    sb.append("<table class=\"figures overview\">\n<thead>\n<tr>")
        .append("<th class=\"num\" rowspan=\"2\">").append(Html.escape(l.number())).append("</th>")
        .append("<th class=\"proposal\" rowspan=\"2\">").append(Html.escape(l.proposal())).append("</th>")
        .append("<th class=\"num\" rowspan=\"2\">").append(Html.escape(l.investmentPeriod(o.firstYear(), o.lastYear()))).append("</th>");
    if (!o.savingsYears().isEmpty()) {
      sb.append("<th class=\"group\" colspan=\"").append(o.savingsYears().size()).append("\">").append(Html.escape(l.savings())).append("</th>");
    }
    sb.append("<th class=\"num\" rowspan=\"2\">").append(Html.escape(Labels.oneLine(l.paybackShort()))).append("</th>")
        .append("<th class=\"num\" rowspan=\"2\">").append(Html.escape(Labels.oneLine(l.npvShort()))).append("</th>")
        .append("<th class=\"num\" rowspan=\"2\">").append(Html.escape(l.page())).append("</th></tr>\n<tr>");
    o.savingsYears().forEach(y -> sb.append("<th class=\"num\">").append(y).append("</th>"));
    sb.append("</tr>\n</thead>\n<tbody>\n");
    for (OverviewRows.Row r : OverviewRows.of(s, l)) {
      sb.append(r.total() ? "<tr class=\"total\">" : "<tr>");
      sb.append("<td class=\"num\">").append(Html.escape(r.number())).append("</td><td>");
      proposal(sb, r.id(), r.title());
      sb.append("</td>");
      num(sb, Numbers.format(r.investment(), lang));
      for (OptionalLong v : r.savings()) {
        num(sb, v.isPresent() ? Numbers.format(v.getAsLong(), lang) : "-");
      }
      num(sb, r.payback());
      num(sb, Numbers.format(r.netPresentValue(), lang));
      num(sb, r.page());
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    legend(sb, OverviewRows.notes(s, l));
    int mark = s.breakEvenYear().orElse(0);
    CumulativeChart.Data chart = new CumulativeChart.Data(
        l.portfolioChartCaption(), s.years(), s.cumulative(), Amounts.empty(), mark, mark == 0 ? "" : l.breakEven(mark));
    figure(sb, chart, l.portfolioChartCaption(), lang);
    sb.append("</section>\n");
  }

  private static void proposalSection(StringBuilder sb, ProposalSection s, Labels l) {
    ProposalFigures f = s.figures();
    Proposal p = f.proposal();
    Lang lang = l.lang();
    sb.append("<section class=\"proposal\" id=\"").append(anchor(p.id())).append("\">\n");
    sb.append("<h2>").append(Html.escape(p.id() + " – " + p.title())).append("</h2>\n");
    sb.append("<p class=\"facts\">").append(Html.escape(String.join(" · ", l.facts(p)))).append("</p>\n");
    if (p.isSummaryOnly()) {
      sb.append("<p class=\"summary-only\"><strong>").append(Html.escape(l.summaryOnly())).append(":</strong> ")
          .append(Html.escape(p.summaryOnly().reason())).append("</p>\n");
    }
    sb.append("<h3>").append(Html.escape(l.tableHeading())).append("</h3>\n");
    sb.append("<table class=\"figures proposal\">\n<thead>\n<tr><th>").append(Html.escape(l.unit())).append("</th><th>")
        .append(Html.escape(Labels.oneLine(l.area()))).append("</th>");
    p.years().forEach(y -> sb.append("<th class=\"num\">").append(y).append("</th>"));
    sb.append("</tr>\n</thead>\n<tbody>\n");
    int columns = 2 + p.years().size();
    boolean firstResult = true;
    for (ProposalRows.Row r : ProposalRows.of(f, l)) {
      switch (r.kind()) {
        case HEADING -> {
          sb.append("<tr class=\"heading\"><th colspan=\"").append(columns).append("\">").append(Html.escape(r.text())).append("</th></tr>\n");
          continue;
        }
        case LINE -> sb.append("<tr class=\"line\"><td class=\"line\">");
        case TOTAL -> sb.append("<tr class=\"total\"><td>");
        case RESULT -> {
          sb.append(firstResult ? "<tr class=\"result rule\"><td>" : "<tr class=\"result\"><td>");
          firstResult = false;
        }
      }
      sb.append(Html.escape(r.text())).append("</td><td>").append(Html.escape(l.area(r.area()))).append("</td>");
      for (int y : p.years()) {
        num(sb, r.amounts().has(y) ? Numbers.format(r.amounts().valueOr0(y), lang) : "");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    sb.append("<p class=\"payback\"><strong>").append(Html.escape(l.paybackLine())).append(":</strong> ")
        .append(Html.escape(l.paybackAndStated(f))).append("</p>\n");
    for (String note : ProposalTable.statedDiffers(s.differences(), p, l)) {
      sb.append("<p class=\"stated\">").append(Html.escape(note)).append("</p>\n");
    }
    for (ProposalRows.Labelled figure : ProposalRows.appraisal(s.appraisal(), l)) {
      sb.append("<p class=\"npv\"><strong>").append(Html.escape(figure.label())).append(":</strong> ")
          .append(Html.escape(figure.value().text())).append("</p>\n");
    }
    legend(sb, List.of(ProposalRows.appraisalYears(s.appraisal(), l)));
    figure(sb, chart(f, l), caption(f, l), lang);
    sb.append("</section>\n");
  }

  private static void sensitivitySection(StringBuilder sb, Sensitivity s, Scenario scenario, Labels l) {
    sb.append("<section class=\"sensitivity\">\n<h2>").append(Html.escape(l.sensitivityHeading())).append("</h2>\n");
    List<String> intro = new ArrayList<>(SensitivityRows.intro(s, l));
    if (!scenario.isBase()) {
      intro.add(l.sensitivityOfCasesAsRead());
    }
    intro.forEach(line -> sb.append("<p>").append(Html.escape(line)).append("</p>\n"));
    List<String> headers = SensitivityRows.headers(s, l);
    for (SensitivityRows.Table t : SensitivityRows.of(s, l)) {
      sb.append("<div class=\"grid\">\n<h3>").append(Html.escape(t.heading())).append("</h3>\n");
      sb.append("<table class=\"figures sensitivity\">\n<thead>\n<tr>");
      for (int c = 0; c < headers.size(); c++) {
        sb.append(c >= 2 ? "<th class=\"num\">" : "<th>").append(Html.escape(headers.get(c))).append("</th>");
      }
      sb.append("</tr>\n</thead>\n<tbody>\n");
      for (SensitivityRows.Row r : t.rows()) {
        sb.append(r.total() ? "<tr class=\"total rule\">" : "<tr>");
        sb.append("<td class=\"proposal\" title=\"").append(Html.escape(r.proposal())).append("\">");
        proposal(sb, r.id(), r.title());
        sb.append("</td><td>").append(Html.escape(r.risk())).append("</td>");
        r.cells().forEach(c -> num(sb, c.text()));
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n</div>\n");
    }
    legend(sb, SensitivityRows.notes(s, l));
    sb.append("</section>\n");
  }

  private static void findingsSection(StringBuilder sb, FindingsSection s, Scenario scenario, Labels l) {
    sb.append("<section class=\"findings\">\n<h2>").append(Html.escape(l.findingsHeading())).append("</h2>\n");
    sb.append("<p>").append(Html.escape(l.findingsIntro())).append("</p>\n");
    if (!scenario.isBase()) {
      sb.append("<p>").append(Html.escape(l.findingsOfSource())).append("</p>\n");
    }
    sb.append("<p class=\"count\">").append(Html.escape(FindingRows.count(s, l))).append("</p>\n");
    List<FindingRows.Row> rows = FindingRows.of(s, l);
    if (!rows.isEmpty()) {
      sb.append("<table class=\"figures findings\">\n<thead>\n<tr>");
      List<String> headers = FindingRows.headers(l);
      for (int c = 0; c < headers.size(); c++) {
        sb.append(FindingRows.isNumberColumn(c) ? "<th class=\"num\">" : "<th>").append(Html.escape(headers.get(c))).append("</th>");
      }
      sb.append("</tr>\n</thead>\n<tbody>\n");
      for (FindingRows.Row r : rows) {
        sb.append("<tr><td class=\"location\">").append(Html.escape(r.location())).append("</td><td>").append(Html.escape(r.subject()))
            .append("</td><td>").append(Html.escape(r.figure())).append("</td>");
        num(sb, r.year());
        num(sb, r.stated().text());
        num(sb, r.computed().text());
        num(sb, r.difference().text());
        sb.append("<td>").append(Html.escape(r.basis())).append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    sb.append("</section>\n");
  }

  /** The proposal's cumulative net impact, carried on to an extrapolated payback year if it is near. */
  private static CumulativeChart.Data chart(ProposalFigures f, Labels l) {
    Proposal p = f.proposal();
    Payback pb = f.payback();
    List<Integer> years = new ArrayList<>(p.years());
    Amounts dashed = Amounts.empty();
    int mark = 0;
    if (pb.isYears() && pb.year() <= p.lastYear() + MAX_EXTRA_YEARS) {
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
    String label = mark == 0 ? "" : l.paidBack(mark) + (pb.estimate() ? " (" + l.estimate() + ")" : "");
    return new CumulativeChart.Data(l.chartCaption(p.id()), years, f.cumulative(), dashed, mark, label);
  }

  private static String caption(ProposalFigures f, Labels l) {
    Payback pb = f.payback();
    String caption = l.chartCaption(f.proposal().id());
    if (pb.isYears() && pb.extrapolated()) {
      caption += pb.year() <= f.proposal().lastYear() + MAX_EXTRA_YEARS
          ? ". " + l.chartExtrapolated()
          : ". " + l.chartPaybackBeyond(pb.year());
    }
    return caption;
  }

  private static void figure(StringBuilder sb, CumulativeChart.Data chart, String caption, Lang lang) {
    String svg = CumulativeChart.svg(chart, lang);
    if (svg.isEmpty()) {
      return;
    }
    sb.append("<figure class=\"chart\">\n").append(svg).append("\n<figcaption>").append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  /** A proposal's ID, linked to its section, and its title; a totals row's label ("" as its ID) alone. */
  private static void proposal(StringBuilder sb, String id, String title) {
    if (!id.isEmpty()) {
      sb.append("<a href=\"#").append(anchor(id)).append("\">").append(Html.escape(id)).append("</a> ");
    }
    sb.append(Html.escape(title));
  }

  private static void legend(StringBuilder sb, List<String> notes) {
    notes.forEach(note -> sb.append("<p class=\"legend\">").append(Html.escape(note)).append("</p>\n"));
  }

  private static void num(StringBuilder sb, String text) {
    sb.append("<td class=\"num\">").append(Html.escape(text)).append("</td>");
  }

  /** An id attribute and fragment from a proposal ID: letters, digits and '-' only. */
  static String anchor(String id) {
    return "p-" + id.replaceAll("[^A-Za-z0-9-]", "_");
  }
}
