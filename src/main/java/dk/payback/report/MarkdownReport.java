package dk.payback.report;

import dk.payback.calc.Overview;
import dk.payback.calc.ProposalFigures;
import dk.payback.model.Proposal;
import dk.payback.render.Labels;
import dk.payback.render.Lang;
import dk.payback.render.Numbers;
import dk.payback.render.ProposalTable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * GitHub-flavoured Markdown: a heading and a table per section, figures right-aligned and in the
 * language's number format, ready to paste into a paper or a wiki.
 */
public final class MarkdownReport implements TextReportRenderer {

  @Override
  public String text(Report report, Lang lang) {
    Labels l = Labels.of(lang);
    StringBuilder sb = new StringBuilder();
    report.forEach(
        s -> overviewSection(sb, s.overview(), l),
        s -> proposalSection(sb, s, l),
        s -> findingsSection(sb, s, l));
    return sb.toString();
  }

  private static void overviewSection(StringBuilder sb, Overview o, Labels l) {
    sb.append("# ").append(escape(o.title() == null ? l.reportTitle() : o.title())).append("\n\n");
    sb.append(escape(l.unit() + " " + l.signNote())).append("\n\n");
    sb.append("## ").append(escape(l.overviewHeading())).append("\n\n");
    List<String> header = new ArrayList<>(List.of(l.number(), l.proposal(), l.investmentPeriod(o.firstYear(), o.lastYear())));
    o.savingsYears().forEach(y -> header.add(l.savingsYear(y)));
    header.add(Labels.oneLine(l.paybackShort()));
    header.add(l.page());
    StringBuilder align = new StringBuilder("| ---: | :--- | ---: |");
    o.savingsYears().forEach(y -> align.append(" ---: |"));
    align.append(" ---: | ---: |");
    row(sb, header.stream().map(MarkdownReport::escape).toList());
    sb.append(align).append('\n');
    for (OverviewRows.Row r : OverviewRows.of(o, l)) {
      List<String> cells = new ArrayList<>();
      cells.add(escape(r.number()));
      cells.add(strong(r.proposal(), r.total()));
      cells.add(strong(Numbers.format(r.investment(), l.lang()), r.total()));
      for (OptionalLong v : r.savings()) {
        cells.add(v.isPresent() ? strong(Numbers.format(v.getAsLong(), l.lang()), r.total()) : "-");
      }
      cells.add(escape(r.payback()));
      cells.add(escape(r.page()));
      row(sb, cells);
    }
    List<String> notes = OverviewRows.notes(o, l);
    if (!notes.isEmpty()) {
      sb.append('\n');
      // A hard line break (two spaces) keeps each note on its own line in one paragraph.
      sb.append(String.join("  \n", notes.stream().map(MarkdownReport::escape).toList())).append('\n');
    }
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
    row(sb, header.stream().map(MarkdownReport::escape).toList());
    sb.append("| :--- | :--- |");
    p.years().forEach(y -> sb.append(" ---: |"));
    sb.append('\n');
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
    lines(sb, ProposalTable.statedDiffers(s.differences(), p, l));
  }

  private static void findingsSection(StringBuilder sb, FindingsSection s, Labels l) {
    sb.append("\n## ").append(escape(l.findingsHeading())).append("\n\n");
    sb.append(escape(l.findingsIntro())).append("  \n").append(escape(FindingRows.count(s, l))).append('\n');
    List<FindingRows.Row> rows = FindingRows.of(s, l);
    if (rows.isEmpty()) {
      return;
    }
    sb.append('\n');
    List<String> headers = FindingRows.headers(l);
    row(sb, headers.stream().map(MarkdownReport::escape).toList());
    sb.append('|');
    for (int c = 0; c < headers.size(); c++) {
      sb.append(FindingRows.isNumberColumn(c) ? " ---: |" : " :--- |");
    }
    sb.append('\n');
    for (FindingRows.Row r : rows) {
      row(sb, List.of(escape(r.location()), escape(r.subject()), escape(r.figure()), r.year(), escape(r.stated().text()),
          escape(r.computed().text()), escape(r.difference().text()), escape(r.basis())));
    }
  }

  /** Lines after a paragraph's first, each on its own line (a hard break: two spaces). */
  private static void lines(StringBuilder sb, List<String> lines) {
    for (String line : lines) {
      sb.append("  \n").append(escape(line));
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
