package dk.payback.format;

import dk.payback.model.Diagnostic;
import dk.payback.util.OneLine;
import dk.payback.view.BudgetView;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.OverviewView;
import dk.payback.view.OverviewWords;
import dk.payback.view.ProposalView;
import dk.payback.view.ProposalWords;
import dk.payback.view.SensitivityView;
import dk.payback.view.TrackView;
import dk.payback.view.View;
import dk.payback.view.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * GitHub-flavoured Markdown: a heading and a table per view, figures right-aligned and in the
 * language's number format, ready to paste into a paper or a wiki.
 */
public final class MarkdownFormat implements Format.Text {

  public MarkdownFormat() {}

  @Override
  public String text(Document document) {
    List<String> blocks = new ArrayList<>();
    blocks.add(head(document));
    blocks.addAll(document.visit(new Blocks()));
    // Each block ends its last line; a blank line between them.
    return String.join("\n", blocks);
  }

  /** The title, the scenario the figures are under, and the unit where there are figures. */
  private static String head(Document d) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("# " + escape(d.titleOr(OverviewWords.of(d.lang()).reportTitle())));
    d.scenarioLine().ifPresent(line -> paragraphs.add("**" + escape(line) + "**"));
    if (Formats.hasAmounts(d)) {
      paragraphs.add(escape(d.words().unit() + " " + d.words().signNote()));
    }
    return String.join("\n\n", paragraphs) + "\n";
  }

  private static final class Blocks implements View.Visitor<String> {

    @Override
    public String overview(OverviewView v) {
      OverviewWords w = v.words();
      StringBuilder sb = new StringBuilder();
      sb.append("## ").append(escape(w.overviewHeading())).append("\n\n");
      List<String> header =
          new ArrayList<>(
              List.of(w.number(), w.proposal(), w.investmentPeriod(v.firstYear(), v.lastYear())));
      v.savingsYears().forEach(y -> header.add(w.savingsYear(y)));
      header.add(Words.oneLine(w.paybackShort()));
      if (v.presentValues()) {
        header.add(Words.oneLine(w.npvShort()));
      }
      header.add(w.page());
      header(sb, header, c -> c != 1);
      for (OverviewView.Row r : v.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(escape(Formats.rowNumber(r)));
        cells.add(strong(r.proposal(), r.sum()));
        cells.add(strong(r.investment().text(), r.sum()));
        r.savings().forEach(c -> cells.add(strong(c.text(), r.sum())));
        cells.add(escape(r.payback().text()));
        if (v.presentValues()) {
          cells.add(strong(w.amount(r.presentValue().thousands()), r.sum()));
        }
        cells.add(escape(Formats.page(r)));
        row(sb, cells);
      }
      notes(sb, Formats.flowed(v.notes()));
      return sb.toString();
    }

    @Override
    public String budget(BudgetView v) {
      StringBuilder sb = new StringBuilder();
      sb.append("## ").append(escape(v.heading())).append("\n\n");
      if (v.empty()) {
        paragraph(sb, Formats.flowed(v.notes()));
        return sb.toString();
      }
      List<String> header = new ArrayList<>(List.of(v.words().areaColumn()));
      v.years().forEach(y -> header.add(String.valueOf(y)));
      header(sb, header, c -> c >= 1);
      for (BudgetView.Row r : v.rows()) {
        boolean bold = r.kind() != BudgetView.Kind.PROPOSAL;
        List<String> cells = new ArrayList<>();
        // A proposal's share stands under its area: a table row has no indent, so a dash marks it.
        cells.add(
            r.kind() == BudgetView.Kind.PROPOSAL
                ? "– " + escape(r.text())
                : strong(r.text(), bold));
        for (int i = 0; i < v.years().size(); i++) {
          cells.add(r.cells().isEmpty() ? "" : strong(r.cells().get(i).text(), bold));
        }
        row(sb, cells);
      }
      notes(sb, Formats.flowed(v.notes()));
      return sb.toString();
    }

    @Override
    public String sensitivity(SensitivityView v) {
      StringBuilder sb = new StringBuilder();
      sb.append("## ").append(escape(v.words().sensitivityHeading())).append("\n\n");
      paragraph(sb, Formats.intro(v));
      for (SensitivityView.Table t : v.tables()) {
        sb.append("\n### ").append(escape(t.heading())).append("\n\n");
        header(sb, v.headers(), c -> c >= 2);
        for (SensitivityView.Row r : t.rows()) {
          List<String> cells =
              new ArrayList<>(List.of(strong(r.proposal(), r.total()), escape(r.risk())));
          r.cells().forEach(c -> cells.add(strong(c.text(), r.total())));
          row(sb, cells);
        }
      }
      notes(sb, Formats.flowed(v.notes()));
      return sb.toString();
    }

    @Override
    public String track(TrackView v) {
      StringBuilder sb = new StringBuilder();
      sb.append("## ").append(escape(v.words().heading())).append("\n\n");
      paragraph(sb, List.of(v.title(), v.intro()));
      if (!v.rows().isEmpty()) {
        sb.append('\n');
        trackTable(sb, v.headers(), v.rows());
      }
      for (TrackView.Entry e : v.proposals()) {
        sb.append("\n### ").append(escape(e.heading())).append("\n\n");
        trackTable(sb, e.headers(), e.years());
        List<String> lines = new ArrayList<>();
        e.figures().forEach(f -> lines.add(f.label() + ": " + f.value().text()));
        notes(sb, lines);
        // A list, so that no note from the case begins a line of its own.
        if (!e.notes().isEmpty()) {
          sb.append('\n');
          e.notes().forEach(n -> sb.append("- ").append(escape(n)).append('\n'));
        }
      }
      if (!v.notFollowedUp().isEmpty()) {
        sb.append("\n### ").append(escape(v.words().notFollowedUp())).append("\n\n");
        v.notFollowedUp().forEach(p -> sb.append("- ").append(escape(p)).append('\n'));
      }
      notes(sb, v.notes());
      return sb.toString();
    }

    private void trackTable(StringBuilder sb, List<String> headers, List<TrackView.Row> rows) {
      header(sb, headers.stream().map(Words::oneLine).toList(), c -> c >= 1);
      for (TrackView.Row r : rows) {
        List<String> cells = new ArrayList<>(List.of(strong(r.label(), r.total())));
        r.cells().forEach(c -> cells.add(strong(c.text(), r.total())));
        row(sb, cells);
      }
    }

    @Override
    public String proposal(ProposalView v) {
      ProposalWords w = v.words();
      StringBuilder sb = new StringBuilder();
      sb.append("## ").append(escape(v.heading())).append("\n\n");
      sb.append(escape(String.join(" · ", v.facts()))).append("\n\n");
      if (v.summaryOnly() != null) {
        sb.append("> **")
            .append(escape(w.summaryOnly()))
            .append(":** ")
            .append(escape(v.summaryOnly()))
            .append("\n\n");
      }
      sb.append("### ").append(escape(w.tableHeading())).append("\n\n");
      List<String> header = new ArrayList<>(List.of(w.unit(), Words.oneLine(w.area())));
      v.years().forEach(y -> header.add(String.valueOf(y)));
      header(sb, header, c -> c >= 2);
      for (ProposalView.Row r : v.rows()) {
        boolean bold = r.kind() != ProposalView.Kind.LINE;
        List<String> cells = new ArrayList<>();
        cells.add(strong(r.text(), bold));
        cells.add(escape(r.areaText()));
        for (int y : v.years()) {
          cells.add(r.amounts().has(y) ? strong(w.amount(r.amounts().valueOr0(y)), bold) : "");
        }
        row(sb, cells);
      }
      sb.append("\n**").append(escape(w.paybackLine())).append(":** ").append(escape(v.payback()));
      for (String note : v.statedNotes()) {
        sb.append("  \n").append(escape(note));
      }
      sb.append('\n');
      if (!v.presentValue().isEmpty()) {
        sb.append('\n');
        for (ProposalView.Labelled figure : v.presentValue()) {
          sb.append("**")
              .append(escape(figure.label()))
              .append(":** ")
              .append(escape(figure.value().text()))
              .append("  \n");
        }
        sb.append(escape(v.presentValueYears())).append('\n');
      }
      return sb.toString();
    }

    /**
     * A pull-request comment: the counts, the conditions that hold, a summary row per proposal,
     * then each proposal's figures folded in a {@code <details>} block and the overview's totals
     * open.
     */
    @Override
    public String diff(DiffView v) {
      StringBuilder sb = new StringBuilder();
      paragraph(sb, Formats.intro(v));
      if (!v.breaches().isEmpty()) {
        sb.append('\n');
        v.breaches().forEach(b -> sb.append("- **").append(escape(b)).append("**\n"));
      }
      if (!v.summary().rows().isEmpty()) {
        sb.append('\n');
        table(sb, v.summary());
      }
      for (DiffView.Section s : v.sections()) {
        sb.append('\n');
        boolean folded = s.proposal() != null;
        if (folded) {
          sb.append("<details><summary>").append(html(s.heading())).append("</summary>\n\n");
        } else {
          sb.append("### ").append(escape(s.heading())).append("\n\n");
        }
        if (!s.lines().isEmpty()) {
          s.lines().forEach(l -> sb.append("- ").append(escape(l)).append('\n'));
          sb.append('\n');
        }
        for (DiffView.Table t : s.tables()) {
          sb.append("**").append(escape(t.title())).append("**\n\n");
          table(sb, t);
          sb.append('\n');
        }
        if (folded) {
          sb.append("</details>\n");
        }
      }
      return sb.toString();
    }

    private static void table(StringBuilder sb, DiffView.Table t) {
      header(sb, t.headers().stream().map(Words::oneLine).toList(), c -> c >= t.texts());
      for (List<dk.payback.view.Cell> r : t.rows()) {
        row(sb, r.stream().map(c -> escape(c.text())).toList());
      }
    }

    @Override
    public String findings(FindingsView v) {
      StringBuilder sb = new StringBuilder();
      sb.append("## ").append(escape(v.words().findingsHeading())).append("\n\n");
      paragraph(sb, Formats.intro(v));
      if (v.invalid()) {
        sb.append('\n');
        for (Diagnostic d : v.errors()) {
          sb.append("- ").append(escape(d.format())).append('\n');
        }
        return sb.toString();
      }
      List<FindingsView.Item> findings = v.findings();
      if (!findings.isEmpty()) {
        sb.append('\n');
        header(sb, v.headers(), FindingsView::isNumberColumn);
        for (FindingsView.Item i : findings) {
          List<String> cells = new ArrayList<>();
          Formats.findingRow(i).forEach(c -> cells.add(escape(c.text())));
          row(sb, cells);
        }
      }
      if (!v.warnings().isEmpty()) {
        sb.append('\n');
        v.warnings().forEach(n -> sb.append("- ").append(escape(n.line())).append('\n'));
      }
      return sb.toString();
    }
  }

  /** Notes under a table, after a blank line. */
  private static void notes(StringBuilder sb, List<String> notes) {
    if (!notes.isEmpty()) {
      sb.append('\n');
      paragraph(sb, notes);
    }
  }

  /** Lines of one paragraph, each on its own line: a hard line break (two spaces) between them. */
  private static void paragraph(StringBuilder sb, List<String> lines) {
    if (!lines.isEmpty()) {
      sb.append(String.join("  \n", lines.stream().map(MarkdownFormat::escape).toList()))
          .append('\n');
    }
  }

  /** A table's header row and the row that aligns its columns: figures right, texts left. */
  private static void header(StringBuilder sb, List<String> headers, IntPredicate right) {
    row(sb, headers.stream().map(MarkdownFormat::escape).toList());
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
   * Text inside an HTML element of the Markdown (a {@code <details>} block's summary), where
   * Markdown's own escapes do not apply: HTML's, on one line, with hidden characters shown.
   */
  static String html(String text) {
    String escaped =
        HtmlFormat.escape(text.replace("\r", "").replace('\n', ' ').replace('\t', ' '));
    // Markdown's own marks as character references too: read as HTML or as Markdown, the text
    // stays text (no link, no emphasis).
    StringBuilder sb = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if ("\\|*_`[]~#()!".indexOf(c) >= 0) {
        sb.append("&#").append((int) c).append(';');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Escapes the characters that would end a table cell ({@code |}) or start Markdown of their own
   * (emphasis, code, links, images, HTML), so that a case's text shows as written. Line breaks
   * become spaces: a table row is one line. Control characters and marks that turn the text's
   * direction are shown as escapes, so that no text can hide itself or what follows it.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '~', '#' -> sb.append('\\').append(c);
        case '\r' -> {}
        case '\n' -> sb.append(' ');
        default -> sb.append(OneLine.hidden(c) ? OneLine.visible(c) : String.valueOf(c));
      }
    }
    return sb.toString();
  }
}
