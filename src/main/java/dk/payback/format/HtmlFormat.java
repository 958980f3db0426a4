package dk.payback.format;

import dk.payback.model.Diagnostic;
import dk.payback.util.OneLine;
import dk.payback.view.BudgetView;
import dk.payback.view.Cell;
import dk.payback.view.Chart;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.Lang;
import dk.payback.view.OverviewView;
import dk.payback.view.OverviewWords;
import dk.payback.view.ProposalView;
import dk.payback.view.ProposalWords;
import dk.payback.view.SensitivityView;
import dk.payback.view.TrackView;
import dk.payback.view.View;
import dk.payback.view.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One self-contained HTML file: the tables, a chart per proposal and one for the portfolio as
 * inline SVG, and a style sheet that prints each proposal on its own A4 page. No scripts, no
 * external files.
 */
public final class HtmlFormat implements Format.Text {

  private static final String STYLE =
      """
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
      .figures tr.total td, .figures tr.result td, .figures tr.area td { font-weight: 600; }
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
      svg .tick, svg .year, svg .unit { font: 11px Arial, Helvetica, sans-serif; fill: #444; }
      svg polyline { fill: none; stroke: #1f4e79; }
      svg polyline.solid { stroke-width: 2.5; }
      svg polyline.dashed { stroke-width: 2; stroke-dasharray: 6 4; }
      svg circle.solid { fill: #1f4e79; }
      svg circle.dashed { fill: #fff; stroke: #1f4e79; stroke-width: 1.5; }
      svg line.mark { stroke: #2e7d32; stroke-width: 1.5; stroke-dasharray: 4 3; }
      svg text.mark { font: bold 11px Arial, Helvetica, sans-serif; fill: #2e7d32; }
      /* A screen is wider than A4: the tables take its width, a title takes the width it needs (a figure
         keeps to one line, above); the overview's header stays in view while its rows scroll. Print
         keeps the A4 layout below. */
      @media screen {
        body { max-width: 1200px; --title-width: 12em; }
        p, ul, figcaption { max-width: 60em; }
        table.overview td:nth-child(2), table.budget td:first-child, table.proposal td:first-child,
        table.sensitivity td.proposal, table.track td:first-child { min-width: var(--title-width); }
        table.sensitivity td.proposal { width: auto; max-width: none; white-space: normal; overflow: visible; }
        table.overview { border-collapse: separate; border-spacing: 0; }
        table.overview thead th { position: sticky; top: 0; z-index: 1; background: #fff; }
        /* Below the first header row: its height is one line of the group heading, its padding and rule. */
        table.overview thead tr + tr th { top: calc(1.35em + 5px); }
        table.track { font-size: 9.5pt; }
        dl.figures { display: grid; grid-template-columns: max-content max-content; gap: 0 1.5em; }
        dl.figures dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
      }
      /* Room for a title on two lines where the screen has it. */
      @media screen and (min-width: 1200px) { body { --title-width: 22em; } }
      /* The findings' columns are words that do not break (a file:line:column, a rule's name). */
      @media screen and (max-width: 900px) { table.findings { font-size: 8.5pt; } }
      /* Eleven columns of follow-up do not fit a narrow screen: the table scrolls sideways, not the page. */
      @media screen and (max-width: 1199px) { table.track { display: block; overflow-x: auto; } }
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

  /**
   * A diff's own rules, only in a diff's page, so that every other page stays as it was: each
   * proposal's part is a {@code <details>} block, open (a page handed round prints whole), its
   * summary a heading.
   */
  private static final String DIFF_STYLE =
      """
      details.proposal { margin-top: 1.6em; }
      details.proposal > summary { font-size: 13pt; font-weight: 600; padding-bottom: .15em;
                                   border-bottom: 1px solid #999; cursor: pointer; }
      ul.breaches { border-left: 4px solid #b26a00; background: #fff6e5; padding: .3em .8em .3em 2em; }
      @media print { details.proposal { break-inside: avoid; } }
      """;

  public HtmlFormat() {}

  @Override
  public String text(Document document) {
    String title = document.titleOr(OverviewWords.of(document.lang()).reportTitle());
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"")
        .append(document.lang().name().toLowerCase(Locale.ROOT))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append(document.views().stream().anyMatch(DiffView.class::isInstance) ? DIFF_STYLE : "")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<h1>").append(escape(title)).append("</h1>\n");
    document
        .scenarioLine()
        .ifPresent(
            line ->
                sb.append("<p class=\"scenario\"><strong>")
                    .append(escape(line))
                    .append("</strong></p>\n"));
    if (Formats.hasAmounts(document)) {
      sb.append("<p class=\"unit\">")
          .append(escape(document.words().unit() + " " + document.words().signNote()))
          .append("</p>\n");
    }
    document.visit(new Sections(sb, document));
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static final class Sections implements View.Visitor<Void> {

    private final StringBuilder sb;
    private final Lang lang;

    /** The unit of every amount, on each chart's value axis. */
    private final String unit;

    /** The proposals that have a section here, which a row may link to. */
    private final Set<String> linked;

    Sections(StringBuilder sb, Document document) {
      this.sb = sb;
      this.lang = document.lang();
      this.unit = document.words().unit();
      this.linked =
          document.views().stream()
              .filter(ProposalView.class::isInstance)
              .map(v -> ((ProposalView) v).proposal().id())
              .collect(Collectors.toSet());
    }

    @Override
    public Void overview(OverviewView v) {
      OverviewWords w = v.words();
      sb.append("<section class=\"overview\">\n<h2>")
          .append(escape(w.overviewHeading()))
          .append("</h2>\n");
      sb.append("<table class=\"figures overview\">\n<thead>\n<tr>")
          .append("<th class=\"num\" rowspan=\"2\">")
          .append(escape(w.number()))
          .append("</th>")
          .append("<th class=\"proposal\" rowspan=\"2\">")
          .append(escape(w.proposal()))
          .append("</th>")
          .append("<th class=\"num\" rowspan=\"2\">")
          .append(escape(w.investmentPeriod(v.firstYear(), v.lastYear())))
          .append("</th>");
      if (!v.savingsYears().isEmpty()) {
        sb.append("<th class=\"group\" colspan=\"")
            .append(v.savingsYears().size())
            .append("\">")
            .append(escape(w.savings()))
            .append("</th>");
      }
      sb.append("<th class=\"num\" rowspan=\"2\">")
          .append(escape(Words.oneLine(w.paybackShort())))
          .append("</th>");
      if (v.presentValues()) {
        sb.append("<th class=\"num\" rowspan=\"2\">")
            .append(escape(Words.oneLine(w.npvShort())))
            .append("</th>");
      }
      sb.append("<th class=\"num\" rowspan=\"2\">")
          .append(escape(w.page()))
          .append("</th></tr>\n<tr>");
      v.savingsYears().forEach(y -> sb.append("<th class=\"num\">").append(y).append("</th>"));
      sb.append("</tr>\n</thead>\n<tbody>\n");
      for (OverviewView.Row r : v.rows()) {
        sb.append(
            switch (r.kind()) {
              case TOTAL -> "<tr class=\"total\">";
              // Bold as a total, by the style the report already has.
              case SUBTOTAL -> "<tr class=\"total subtotal\">";
              case PROPOSAL -> "<tr>";
            });
        sb.append("<td class=\"num\">").append(escape(Formats.rowNumber(r))).append("</td><td>");
        proposal(r.id(), r.title());
        sb.append("</td>");
        num(r.investment().text());
        r.savings().forEach(c -> num(c.text()));
        num(r.payback().text());
        if (v.presentValues()) {
          num(w.amount(r.presentValue().thousands()));
        }
        num(Formats.page(r));
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
      legend(Formats.flowed(v.notes()));
      figure(v.whole().chart());
      sb.append("</section>\n");
      return null;
    }

    @Override
    public Void budget(BudgetView v) {
      sb.append("<section class=\"budget\">\n<h2>").append(escape(v.heading())).append("</h2>\n");
      if (v.empty()) {
        legend(Formats.flowed(v.notes()));
        sb.append("</section>\n");
        return null;
      }
      sb.append("<table class=\"figures budget\">\n<thead>\n<tr><th>")
          .append(escape(v.words().areaColumn()))
          .append("</th>");
      v.years().forEach(y -> sb.append("<th class=\"num\">").append(y).append("</th>"));
      sb.append("</tr>\n</thead>\n<tbody>\n");
      for (BudgetView.Row r : v.rows()) {
        switch (r.kind()) {
          case HEADING -> {
            sb.append("<tr class=\"heading\"><th colspan=\"")
                .append(1 + v.years().size())
                .append("\">")
                .append(escape(r.text()))
                .append("</th></tr>\n");
            continue;
          }
          case AREA -> sb.append("<tr class=\"area\"><td>");
          case PROPOSAL -> sb.append("<tr class=\"line\"><td class=\"line\">");
          case TOTAL -> sb.append("<tr class=\"total rule\"><td>");
        }
        if (r.kind() == BudgetView.Kind.PROPOSAL) {
          proposal(r.id(), r.label());
        } else {
          sb.append(escape(r.text()));
        }
        sb.append("</td>");
        r.cells().forEach(c -> num(c.text()));
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
      legend(Formats.flowed(v.notes()));
      sb.append("</section>\n");
      return null;
    }

    @Override
    public Void proposal(ProposalView v) {
      ProposalWords w = v.words();
      sb.append("<section class=\"proposal\" id=\"")
          .append(anchor(v.proposal().id()))
          .append("\">\n");
      sb.append("<h2>").append(escape(v.heading())).append("</h2>\n");
      sb.append("<p class=\"facts\">")
          .append(escape(String.join(" · ", v.facts())))
          .append("</p>\n");
      if (v.summaryOnly() != null) {
        sb.append("<p class=\"summary-only\"><strong>")
            .append(escape(w.summaryOnly()))
            .append(":</strong> ")
            .append(escape(v.summaryOnly()))
            .append("</p>\n");
      }
      sb.append("<h3>").append(escape(w.tableHeading())).append("</h3>\n");
      sb.append("<table class=\"figures proposal\">\n<thead>\n<tr><th>")
          .append(escape(w.unit()))
          .append("</th><th>")
          .append(escape(Words.oneLine(w.area())))
          .append("</th>");
      v.years().forEach(y -> sb.append("<th class=\"num\">").append(y).append("</th>"));
      sb.append("</tr>\n</thead>\n<tbody>\n");
      int columns = 2 + v.years().size();
      boolean firstResult = true;
      for (ProposalView.Row r : v.rows()) {
        switch (r.kind()) {
          case HEADING -> {
            sb.append("<tr class=\"heading\"><th colspan=\"")
                .append(columns)
                .append("\">")
                .append(escape(r.text()))
                .append("</th></tr>\n");
            continue;
          }
          case LINE -> sb.append("<tr class=\"line\"><td class=\"line\">");
          case TOTAL -> sb.append("<tr class=\"total\"><td>");
          case RESULT -> {
            sb.append(firstResult ? "<tr class=\"result rule\"><td>" : "<tr class=\"result\"><td>");
            firstResult = false;
          }
        }
        sb.append(escape(r.text()))
            .append("</td><td>")
            .append(escape(r.areaText()))
            .append("</td>");
        for (int y : v.years()) {
          num(r.amounts().has(y) ? w.amount(r.amounts().valueOr0(y)) : "");
        }
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
      sb.append("<p class=\"payback\"><strong>")
          .append(escape(w.paybackLine()))
          .append(":</strong> ")
          .append(escape(v.payback()))
          .append("</p>\n");
      for (String note : v.statedNotes()) {
        sb.append("<p class=\"stated\">").append(escape(note)).append("</p>\n");
      }
      for (ProposalView.Labelled figure : v.presentValue()) {
        sb.append("<p class=\"npv\"><strong>")
            .append(escape(figure.label()))
            .append(":</strong> ")
            .append(escape(figure.value().text()))
            .append("</p>\n");
      }
      if (v.presentValueYears() != null) {
        legend(List.of(v.presentValueYears()));
      }
      figure(v.chart());
      sb.append("</section>\n");
      return null;
    }

    @Override
    public Void sensitivity(SensitivityView v) {
      sb.append("<section class=\"sensitivity\">\n<h2>")
          .append(escape(v.words().sensitivityHeading()))
          .append("</h2>\n");
      Formats.intro(v).forEach(line -> sb.append("<p>").append(escape(line)).append("</p>\n"));
      List<String> headers = v.headers();
      for (SensitivityView.Table t : v.tables()) {
        sb.append("<div class=\"grid\">\n<h3>").append(escape(t.heading())).append("</h3>\n");
        sb.append("<table class=\"figures sensitivity\">\n<thead>\n<tr>");
        for (int c = 0; c < headers.size(); c++) {
          sb.append(c >= 2 ? "<th class=\"num\">" : "<th>")
              .append(escape(headers.get(c)))
              .append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (SensitivityView.Row r : t.rows()) {
          sb.append(r.total() ? "<tr class=\"total rule\">" : "<tr>");
          sb.append("<td class=\"proposal\" title=\"").append(escape(r.proposal())).append("\">");
          proposal(r.id(), r.title());
          sb.append("</td><td>").append(escape(r.risk())).append("</td>");
          r.cells().forEach(c -> num(c.text()));
          sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
      }
      legend(Formats.flowed(v.notes()));
      sb.append("</section>\n");
      return null;
    }

    /**
     * Laid out as the Markdown diff: the counts, the conditions that hold, a summary row per
     * proposal (its ID linked to its part), each proposal's part, and the overview's totals.
     */
    @Override
    public Void diff(DiffView v) {
      sb.append("<section class=\"diff\">\n");
      List<String> intro = Formats.intro(v);
      intro.forEach(line -> sb.append("<p>").append(escape(line)).append("</p>\n"));
      if (!v.breaches().isEmpty()) {
        sb.append("<ul class=\"breaches\">\n");
        v.breaches()
            .forEach(b -> sb.append("<li><strong>").append(escape(b)).append("</strong></li>\n"));
        sb.append("</ul>\n");
      }
      if (!v.summary().rows().isEmpty()) {
        diffTable(v.summary(), true);
      }
      for (DiffView.Section s : v.sections()) {
        boolean proposal = s.proposal() != null;
        if (proposal) {
          sb.append("<details class=\"proposal\" id=\"")
              .append(anchor(s.proposal().id()))
              .append("\" open>\n<summary>")
              .append(escape(s.heading()))
              .append("</summary>\n");
        } else {
          sb.append("<h2>").append(escape(s.heading())).append("</h2>\n");
        }
        if (!s.lines().isEmpty()) {
          sb.append("<ul class=\"changes\">\n");
          s.lines().forEach(l -> sb.append("<li>").append(escape(l)).append("</li>\n"));
          sb.append("</ul>\n");
        }
        for (DiffView.Table t : s.tables()) {
          sb.append("<h3>").append(escape(t.title())).append("</h3>\n");
          diffTable(t, false);
        }
        if (proposal) {
          sb.append("</details>\n");
        }
      }
      sb.append("</section>\n");
      return null;
    }

    /**
     * A table of the diff, its figures right-aligned.
     *
     * @param linked whether the first column is a proposal's ID, linked to its part
     */
    private void diffTable(DiffView.Table t, boolean linked) {
      sb.append("<table class=\"figures diff\">\n<thead>\n<tr>");
      for (int c = 0; c < t.headers().size(); c++) {
        sb.append(c >= t.texts() ? "<th class=\"num\">" : "<th>")
            .append(escape(Words.oneLine(t.headers().get(c))))
            .append("</th>");
      }
      sb.append("</tr>\n</thead>\n<tbody>\n");
      for (List<Cell> r : t.rows()) {
        sb.append("<tr>");
        for (int c = 0; c < r.size(); c++) {
          String text = r.get(c).text();
          if (c >= t.texts()) {
            num(text);
          } else if (c == 0 && linked) {
            sb.append("<td><a href=\"#")
                .append(anchor(text))
                .append("\">")
                .append(escape(text))
                .append("</a></td>");
          } else {
            sb.append("<td>").append(escape(text)).append("</td>");
          }
        }
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }

    @Override
    public Void track(TrackView v) {
      sb.append("<section class=\"track\">\n<h2>")
          .append(escape(v.words().heading()))
          .append("</h2>\n");
      sb.append("<p>").append(escape(v.title())).append("</p>\n");
      sb.append("<p>").append(escape(v.intro())).append("</p>\n");
      if (!v.rows().isEmpty()) {
        trackTable(v.headers(), v.rows(), true);
      }
      for (TrackView.Entry e : v.proposals()) {
        sb.append("<div class=\"grid\">\n<h3>").append(escape(e.heading())).append("</h3>\n");
        trackTable(e.headers(), e.years(), false);
        sb.append("<dl class=\"figures\">\n");
        for (TrackView.Labelled f : e.figures()) {
          sb.append("<dt>")
              .append(escape(f.label()))
              .append("</dt><dd>")
              .append(escape(f.value().text()))
              .append("</dd>\n");
        }
        sb.append("</dl>\n");
        legend(e.notes());
        figure(e.chart());
        sb.append("</div>\n");
      }
      if (!v.notFollowedUp().isEmpty()) {
        sb.append("<h3>").append(escape(v.words().notFollowedUp())).append("</h3>\n<ul>\n");
        v.notFollowedUp().forEach(p -> sb.append("<li>").append(escape(p)).append("</li>\n"));
        sb.append("</ul>\n");
      }
      legend(v.notes());
      sb.append("</section>\n");
      return null;
    }

    /** A table with a label column, then figures; the rows of proposals link to their sections. */
    private void trackTable(List<String> headers, List<TrackView.Row> rows, boolean proposals) {
      sb.append("<table class=\"figures track\">\n<thead>\n<tr>");
      for (int c = 0; c < headers.size(); c++) {
        sb.append(c >= 1 ? "<th class=\"num\">" : "<th>")
            .append(escape(Words.oneLine(headers.get(c))))
            .append("</th>");
      }
      sb.append("</tr>\n</thead>\n<tbody>\n");
      for (TrackView.Row r : rows) {
        sb.append(r.total() ? "<tr class=\"total rule\">" : "<tr>").append("<td>");
        if (proposals && !r.total()) {
          proposal(r.id(), r.label().substring(r.id().length()).strip());
        } else {
          sb.append(escape(r.label()));
        }
        sb.append("</td>");
        r.cells().forEach(c -> num(c.text()));
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }

    @Override
    public Void findings(FindingsView v) {
      sb.append("<section class=\"findings\">\n<h2>")
          .append(escape(v.words().findingsHeading()))
          .append("</h2>\n");
      List<String> intro = Formats.intro(v);
      for (int i = 0; i < intro.size(); i++) {
        // The last line is the count.
        sb.append(i == intro.size() - 1 ? "<p class=\"count\">" : "<p>")
            .append(escape(intro.get(i)))
            .append("</p>\n");
      }
      if (v.invalid()) {
        sb.append("<ul class=\"errors\">\n");
        for (Diagnostic d : v.errors()) {
          sb.append("<li class=\"location\">").append(escape(d.format())).append("</li>\n");
        }
        sb.append("</ul>\n");
      }
      List<FindingsView.Item> findings = v.findings();
      if (!findings.isEmpty()) {
        sb.append("<table class=\"figures findings\">\n<thead>\n<tr>");
        List<String> headers = v.headers();
        for (int c = 0; c < headers.size(); c++) {
          sb.append(FindingsView.isNumberColumn(c) ? "<th class=\"num\">" : "<th>")
              .append(escape(headers.get(c)))
              .append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (FindingsView.Item item : findings) {
          List<Cell> cells = Formats.findingRow(item);
          sb.append("<tr><td class=\"location\">")
              .append(escape(cells.get(0).text()))
              .append("</td><td>")
              .append(escape(cells.get(1).text()))
              .append("</td><td>")
              .append(escape(cells.get(2).text()))
              .append("</td>");
          for (int c = 3; c < 7; c++) {
            num(cells.get(c).text());
          }
          sb.append("<td>").append(escape(cells.get(7).text())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
      }
      if (!v.warnings().isEmpty()) {
        sb.append("<ul class=\"warnings\">\n");
        v.warnings().forEach(n -> sb.append("<li>").append(escape(n.line())).append("</li>\n"));
        sb.append("</ul>\n");
      }
      sb.append("</section>\n");
      return null;
    }

    private void figure(Chart chart) {
      String svg = SvgChart.svg(chart, lang, unit);
      if (svg.isEmpty()) {
        return;
      }
      sb.append("<figure class=\"chart\">\n")
          .append(svg)
          .append("\n<figcaption>")
          .append(escape(chart.caption()))
          .append("</figcaption>\n</figure>\n");
    }

    /**
     * A proposal's ID and its title, the ID linked to the proposal's section where the document has
     * one; a totals row's label ("" as its ID) alone.
     */
    private void proposal(String id, String title) {
      if (linked.contains(id)) {
        sb.append("<a href=\"#")
            .append(anchor(id))
            .append("\">")
            .append(escape(id))
            .append("</a> ");
      } else if (!id.isEmpty()) {
        sb.append(escape(id)).append(' ');
      }
      sb.append(escape(title));
    }

    private void legend(List<String> notes) {
      notes.forEach(
          note -> sb.append("<p class=\"legend\">").append(escape(note)).append("</p>\n"));
    }

    private void num(String text) {
      sb.append("<td class=\"num\">").append(escape(text)).append("</td>");
    }
  }

  /** An id attribute and fragment from a proposal ID: letters, digits and '-' only. */
  static String anchor(String id) {
    return "p-" + id.replaceAll("[^A-Za-z0-9-]", "_");
  }

  /**
   * Escapes a text for HTML's text and attribute values alike. Control characters and marks that
   * turn the text's direction are shown as escapes, so that no text can hide itself or reorder what
   * follows; line breaks and tabs are whitespace to HTML, and stay.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n', '\t' -> sb.append(c);
        default -> sb.append(OneLine.hidden(c) ? OneLine.visible(c) : String.valueOf(c));
      }
    }
    return sb.toString();
  }
}
