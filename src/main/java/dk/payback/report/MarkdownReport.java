package dk.payback.report;

import dk.payback.calc.Overview;
import dk.payback.calc.ProposalFigures;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.model.Proposal;
import dk.payback.render.Labels;
import dk.payback.view.Lang;
import dk.payback.view.Numbers;
import dk.payback.render.ProposalTable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntPredicate;

/**
 * GitHub-flavoured Markdown: a heading and a table per section, figures right-aligned and in the
 * language's number format, ready to paste into a paper or a wiki.
 */
public final class MarkdownReport implements TextReportRenderer {

  @Override
  public String text(Report report, Lang lang) {
    Labels l = Labels.of(lang);
    StringBuilder sb = new StringBuilder();
    Scenario scenario = report.scenario();
    report.forEach(
        s -> overviewSection(sb, s, scenario, l),
        s -> sensitivitySection(sb, s.sensitivity(), scenario, l),
        s -> proposalSection(sb, s, l),
        s -> findingsSection(sb, s, scenario, l));
    return sb.toString();
  }

  private static void overviewSection(StringBuilder sb, OverviewSection s, Scenario scenario, Labels l) {
    Overview o = s.overview();
    sb.append("# ").append(escape(o.title() == null ? l.reportTitle() : o.title())).append("\n\n");
    if (!scenario.isBase()) {
      sb.append("**").append(escape(l.scenario(scenario))).append("**\n\n");
    }
    sb.append(escape(l.unit() + " " + l.signNote())).append("\n\n");
    sb.append("## ").append(escape(l.overviewHeading())).append("\n\n");
    List<String> header = new ArrayList<>(List.of(l.number(), l.proposal(), l.investmentPeriod(o.firstYear(), o.lastYear())));
    o.savingsYears().forEach(y -> header.add(l.savingsYear(y)));
    header.add(Labels.oneLine(l.paybackShort()));
    header.add(Labels.oneLine(l.npvShort()));
    header.add(l.page());
    header(sb, header, c -> c != 1);
    for (OverviewRows.Row r : OverviewRows.of(s, l)) {
      List<String> cells = new ArrayList<>();
      cells.add(escape(r.number()));
      cells.add(strong(r.proposal(), r.total()));
      cells.add(strong(Numbers.format(r.investment(), l.lang()), r.total()));
      for (OptionalLong v : r.savings()) {
        cells.add(v.isPresent() ? strong(Numbers.format(v.getAsLong(), l.lang()), r.total()) : "-");
      }
      cells.add(escape(r.payback()));
      cells.add(strong(Numbers.format(r.netPresentValue(), l.lang()), r.total()));
      cells.add(escape(r.page()));
      row(sb, cells);
    }
    sb.append('\n');
    paragraph(sb, OverviewRows.notes(s, l));
  }

  private static void sensitivitySection(StringBuilder sb, Sensitivity s, Scenario scenario, Labels l) {
    sb.append("\n## ").append(escape(l.sensitivityHeading())).append("\n\n");
    List<String> intro = new ArrayList<>(SensitivityRows.intro(s, l));
    if (!scenario.isBase()) {
      intro.add(l.sensitivityOfCasesAsRead());
    }
    paragraph(sb, intro);
    List<String> headers = SensitivityRows.headers(s, l);
    for (SensitivityRows.Table t : SensitivityRows.of(s, l)) {
      sb.append("\n### ").append(escape(t.heading())).append("\n\n");
      header(sb, headers, c -> c >= 2);
      for (SensitivityRows.Row r : t.rows()) {
        List<String> cells = new ArrayList<>(List.of(strong(r.proposal(), r.total()), escape(r.risk())));
        r.cells().forEach(c -> cells.add(strong(c.text(), r.total())));
        row(sb, cells);
      }
    }
    sb.append('\n');
    paragraph(sb, SensitivityRows.notes(s, l));
  }

  private static void proposalSection(StringBuilder sb, ProposalSection s, Labels l) {
    ProposalFigures f = s.figures();
    Proposal p = f.proposal();
    sb.append("\n## ").append(escape(p.id() + " – " + p.title())).append("\n\n");
    sb.append(escape(String.join(" · ", l.facts(p)))).append("\n\n");
    if (p.isSummaryOnly()) {
      sb.append("> **").append(escape(l.summaryOnly())).append(":** ").append(escape(p.summaryOnly().reason())).append("\n\n");
    }
    sb.append("### ").append(escape(l.tableHeading())).append("\n\n");
    List<String> header = new ArrayList<>(List.of(l.unit(), Labels.oneLine(l.area())));
    p.years().forEach(y -> header.add(String.valueOf(y)));
    header(sb, header, c -> c >= 2);
    for (ProposalRows.Row r : ProposalRows.of(f, l)) {
      boolean bold = r.kind() != ProposalRows.Kind.LINE;
      List<String> cells = new ArrayList<>();
      cells.add(strong(r.text(), bold));
      cells.add(escape(l.area(r.area())));
      for (int y : p.years()) {
        cells.add(r.amounts().has(y) ? strong(Numbers.format(r.amounts().valueOr0(y), l.lang()), bold) : "");
      }
      row(sb, cells);
    }
    sb.append("\n**").append(escape(l.paybackLine())).append(":** ").append(escape(l.paybackAndStated(f)));
    for (String note : ProposalTable.statedDiffers(s.differences(), p, l)) {
      sb.append("  \n").append(escape(note));
    }
    sb.append("\n\n");
    for (ProposalRows.Labelled figure : ProposalRows.appraisal(s.appraisal(), l)) {
      sb.append("**").append(escape(figure.label())).append(":** ").append(escape(figure.value().text())).append("  \n");
    }
    sb.append(escape(ProposalRows.appraisalYears(s.appraisal(), l))).append('\n');
  }

  private static void findingsSection(StringBuilder sb, FindingsSection s, Scenario scenario, Labels l) {
    sb.append("\n## ").append(escape(l.findingsHeading())).append("\n\n");
    List<String> intro = new ArrayList<>(List.of(l.findingsIntro()));
    if (!scenario.isBase()) {
      intro.add(l.findingsOfSource());
    }
    intro.add(FindingRows.count(s, l));
    paragraph(sb, intro);
    List<FindingRows.Row> rows = FindingRows.of(s, l);
    if (rows.isEmpty()) {
      return;
    }
    sb.append('\n');
    header(sb, FindingRows.headers(l), FindingRows::isNumberColumn);
    for (FindingRows.Row r : rows) {
      row(sb, List.of(escape(r.location()), escape(r.subject()), escape(r.figure()), r.year(), escape(r.stated().text()),
          escape(r.computed().text()), escape(r.difference().text()), escape(r.basis())));
    }
  }

  /** Lines of one paragraph, each on its own line: a hard line break (two spaces) between them. */
  private static void paragraph(StringBuilder sb, List<String> lines) {
    if (!lines.isEmpty()) {
      sb.append(String.join("  \n", lines.stream().map(MarkdownReport::escape).toList())).append('\n');
    }
  }

  /** A table's header row and the row that aligns its columns: figures right, texts left. */
  private static void header(StringBuilder sb, List<String> headers, IntPredicate right) {
    row(sb, headers.stream().map(MarkdownReport::escape).toList());
    sb.append('|');
    for (int c = 0; c < headers.size(); c++) {
      sb.append(right.test(c) ? " ---: |" : " :--- |");
    }
    sb.append('\n');
  }

  /** One table row of cells that are Markdown already (see {@link #strong}). */
  private static void row(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(c).append(" |");
    }
    sb.append('\n');
  }

  /** The text as Markdown, in bold if asked. */
  private static String strong(String text, boolean bold) {
    String md = escape(text);
    return bold && !md.isEmpty() ? "**" + md + "**" : md;
  }

  /**
   * Escapes the characters that would end a table cell ({@code |}) or start Markdown of their own
   * (emphasis, code, links, HTML), so that a case's text shows as written. Line breaks become spaces:
   * a table row is one line.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '~', '#' -> sb.append('\\').append(c);
        case '\r' -> { }
        case '\n' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
