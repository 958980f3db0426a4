package dk.payback.format;

import dk.payback.format.TextTable.Align;
import dk.payback.model.Amounts;
import dk.payback.util.OneLine;
import dk.payback.view.BudgetView;
import dk.payback.view.Cell;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.OverviewView;
import dk.payback.view.ProposalView;
import dk.payback.view.SensitivityView;
import dk.payback.view.TrackView;
import dk.payback.view.View;
import dk.payback.view.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a terminal shows: the overview, proposals' tables 1.1 and the sensitivity grid as plain-text
 * tables fitted to a width, and check's findings one line each, compiler style. The scenario line,
 * if any, comes first; views are separated by a blank line.
 *
 * <p>A terminal obeys the control characters in what it prints, so every text goes through {@link
 * #line} or {@link #lines} (and every table cell through {@link TextTable}), which show them as
 * escapes: a case file can neither retitle or clear the terminal nor print a row of its own.
 */
public final class TextFormat implements Format.Text {

  private static final String INDENT = "  ";

  private final int width;

  public TextFormat(FormatOptions options) {
    this.width = options.width();
  }

  @Override
  public String text(Document document) {
    StringWriter text = new StringWriter();
    write(document, text);
    return text.toString();
  }

  /** The same text, written as it is laid out, a few lines at a time. */
  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      write(document, text);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void write(Document document, Writer text) {
    TextSink sink = new TextSink(text, TextFormat::ciSafe);
    document.scenarioLine().ifPresent(s -> sink.append(line(s)).append('\n'));
    Layout layout = new Layout(sink);
    List<View> views = document.views();
    for (int i = 0; i < views.size(); i++) {
      if (i > 0) {
        sink.append('\n');
      }
      views.get(i).accept(layout);
    }
    sink.finish();
  }

  /**
   * A CI runner reads a log line that begins with "::" (or "##[") as a command, and check's text is
   * what a CI job prints: a line that would begin so, from a title or a note, shows its first
   * character escaped instead. Each line on its own, so the text may come in pieces of whole lines.
   */
  private static String ciSafe(String text) {
    if (!text.contains("::") && !text.contains("##[")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String start = lines[i].stripLeading();
      if (start.startsWith("::") || start.startsWith("##[")) {
        int at = lines[i].length() - start.length();
        lines[i] =
            lines[i].substring(0, at) + OneLine.visible(start.charAt(0)) + start.substring(1);
      }
    }
    return String.join("\n", lines);
  }

  /**
   * A text on one line, whatever it holds, and never wrapped: a finding, which an editor or a CI
   * job reads line by line.
   */
  private static String oneLine(String text) {
    return OneLine.of(text);
  }

  /** A text on one line, whatever it holds, wrapped at spaces where it is wider than the width. */
  private String line(String text) {
    String one = OneLine.of(text);
    return width <= 0 || one.length() <= width
        ? one
        : String.join("\n", TextTable.wrapText(one, width, 0));
  }

  /**
   * Words that break over lines where a terminal would: the breaks are kept, each line is escaped
   * and wrapped.
   */
  private String lines(String words) {
    return String.join("\n", words.lines().map(this::line).toList());
  }

  /**
   * A year's cell of table 1.1: blank where the row has no figure for the year, 0 where it is 0.
   */
  private static String amount(Amounts amounts, int year, Words w) {
    return amounts.has(year) ? w.amount(amounts.valueOr0(year)) : "";
  }

  /** Writes each view to the sink; returns nothing. */
  private final class Layout implements View.Visitor<Void> {

    private final TextSink sb;

    Layout(TextSink sink) {
      this.sb = sink;
    }

    @Override
    public Void overview(OverviewView v) {
      var w = v.words();
      List<Integer> years = v.savingsYears();
      boolean npv = v.presentValues();
      int n = 3 + years.size() + 2 + (npv ? 1 : 0);
      String[] headers = new String[n];
      Align[] aligns = new Align[n];
      int c = 0;
      headers[c] = w.number();
      aligns[c++] = Align.RIGHT;
      headers[c] = w.proposal();
      aligns[c++] = Align.LEFT;
      headers[c] = w.investment() + "\n" + v.firstYear() + "-" + v.lastYear();
      aligns[c++] = Align.RIGHT;
      for (int year : years) {
        // The savings heading spans the year columns, so it stands above the table instead.
        headers[c] = String.valueOf(year);
        aligns[c++] = Align.RIGHT;
      }
      headers[c] = w.paybackShort();
      aligns[c++] = Align.RIGHT;
      if (npv) {
        headers[c] = w.npvShort();
        aligns[c++] = Align.RIGHT;
      }
      headers[c] = w.page();
      aligns[c] = Align.RIGHT;
      TextTable table = new TextTable(headers, aligns, 1, false).uniform(3, 2 + years.size());
      boolean afterTotal = false;
      for (OverviewView.Row r : v.rows()) {
        // A rule above each total or group subtotal, and between it and the rows that follow (the
        // heading's rule does above the first).
        if ((r.sum() || afterTotal) && !table.isEmpty()) {
          table.rule();
        }
        afterTotal = r.sum();
        String[] cells = new String[n];
        int i = 0;
        cells[i++] = r.number() == 0 ? "" : r.number() + ".";
        cells[i++] = r.proposal();
        cells[i++] = r.investment().text();
        for (Cell s : r.savings()) {
          cells[i++] = s.text();
        }
        cells[i++] = r.payback().text();
        if (npv) {
          cells[i++] = r.presentValue() == null ? "" : w.amount(r.presentValue().thousands());
        }
        cells[i] = r.page() == null ? "" : String.valueOf(r.page());
        // A total or a group subtotal says what it adds up in its label: never cut short.
        table.row(cells, r.sum());
      }

      if (v.title() != null) {
        sb.append(line(v.title())).append('\n');
      }
      sb.append(w.unit());
      if (!years.isEmpty()) {
        sb.append("   ")
            .append(w.savings())
            .append(": ")
            .append(years.get(0))
            .append('-')
            .append(years.get(years.size() - 1));
      }
      sb.append("\n\n");
      table.render(width, sb);
      if (!v.notes().isEmpty()) {
        sb.append('\n');
      }
      List<String> quoting = v.notesQuotingInput();
      for (String note : v.notes()) {
        sb.append(quoting.contains(note) ? line(note) : lines(note)).append('\n');
      }
      return null;
    }

    @Override
    public Void budget(BudgetView v) {
      var w = v.words();
      if (v.empty()) {
        sb.append(line(v.heading())).append("\n\n");
        notes(v.notes());
        return null;
      }
      List<Integer> years = v.years();
      int n = 1 + years.size();
      String[] headers = new String[n];
      Align[] aligns = new Align[n];
      headers[0] = w.areaColumn();
      aligns[0] = Align.LEFT;
      for (int i = 0; i < years.size(); i++) {
        headers[1 + i] = String.valueOf(years.get(i));
        aligns[1 + i] = Align.RIGHT;
      }
      TextTable table = new TextTable(headers, aligns, 0, false).uniform(1, years.size());
      for (BudgetView.Row r : v.rows()) {
        if (r.kind() == BudgetView.Kind.TOTAL
            || (r.kind() == BudgetView.Kind.HEADING && !table.isEmpty())) {
          table.rule();
        }
        String[] cells = new String[n];
        for (int i = 0; i < years.size(); i++) {
          cells[1 + i] = r.cells().isEmpty() ? "" : r.cells().get(i).text();
        }
        boolean proposal = r.kind() == BudgetView.Kind.PROPOSAL;
        cells[0] = proposal ? INDENT + r.text() : r.text();
        table.row(cells, !proposal);
      }
      sb.append(line(v.heading())).append('\n');
      sb.append(w.unit()).append("\n\n");
      table.render(width, sb);
      sb.append('\n');
      notes(v.notes());
      return null;
    }

    private void notes(List<String> notes) {
      for (String note : notes) {
        sb.append(lines(note)).append('\n');
      }
    }

    @Override
    public Void proposal(ProposalView v) {
      var w = v.words();
      List<Integer> years = v.years();
      int n = 2 + years.size();
      String[] headers = new String[n];
      Align[] aligns = new Align[n];
      headers[0] = w.unit();
      aligns[0] = Align.LEFT;
      headers[1] = w.area();
      aligns[1] = Align.LEFT;
      for (int i = 0; i < years.size(); i++) {
        headers[2 + i] = String.valueOf(years.get(i));
        aligns[2 + i] = Align.RIGHT;
      }
      TextTable table = new TextTable(headers, aligns, 0, true).uniform(2, 1 + years.size());
      boolean ruled = false;
      for (ProposalView.Row r : v.rows()) {
        if (r.kind() == ProposalView.Kind.RESULT && !ruled) {
          table.rule();
          ruled = true;
        }
        String[] cells = new String[n];
        cells[0] = r.kind() == ProposalView.Kind.LINE ? INDENT + r.text() : r.text();
        cells[1] = r.areaText();
        for (int i = 0; i < years.size(); i++) {
          cells[2 + i] = amount(r.amounts(), years.get(i), w);
        }
        // The template's own words (headings, subtotals, results) are labels; a line's text is the
        // case's.
        table.row(cells, r.kind() != ProposalView.Kind.LINE);
      }

      sb.append(line(v.heading())).append('\n');
      sb.append(line(String.join(" · ", v.facts()))).append('\n');
      if (v.summaryOnly() != null) {
        sb.append(line(w.summaryOnly() + ": " + v.summaryOnly())).append('\n');
      }
      sb.append('\n').append(line(w.tableHeading())).append('\n');
      table.render(width, sb);
      sb.append('\n').append(line(w.paybackLine() + ": " + v.payback()));
      for (String note : v.statedNotes()) {
        sb.append('\n').append(line(note));
      }
      sb.append('\n').append(line(w.signNote())).append('\n');
      if (v.appraisal() != null) {
        for (ProposalView.Labelled figure : v.presentValue()) {
          sb.append(line(figure.label() + ": " + figure.value().text())).append('\n');
        }
        sb.append(line(v.presentValueYears())).append('\n');
        sb.append(line(w.npvSign())).append('\n');
      }
      return null;
    }

    @Override
    public Void sensitivity(SensitivityView v) {
      sb.append(line(v.title())).append('\n');
      for (String intro : v.intro()) {
        sb.append(lines(intro)).append('\n');
      }
      if (v.asRead() != null) {
        sb.append(line(v.asRead())).append('\n');
      }
      for (SensitivityView.Table t : v.tables()) {
        sb.append('\n').append(line(t.heading())).append('\n');
        grid(v, t);
      }
      sb.append('\n');
      for (String note : v.notes()) {
        sb.append(lines(note)).append('\n');
      }
      return null;
    }

    private void grid(SensitivityView v, SensitivityView.Table t) {
      int n = v.headers().size();
      Align[] aligns = new Align[n];
      for (int c = 0; c < n; c++) {
        aligns[c] = c < 2 ? Align.LEFT : Align.RIGHT;
      }
      TextTable table =
          new TextTable(v.headers().toArray(String[]::new), aligns, 0, false).uniform(2, n - 1);
      boolean ruled = false;
      for (SensitivityView.Row r : t.rows()) {
        if (r.total() && !ruled) {
          table.rule();
          ruled = true;
        }
        String[] cells = new String[n];
        cells[0] = r.proposal();
        cells[1] = r.risk();
        for (int c = 0; c < r.cells().size(); c++) {
          cells[2 + c] = r.cells().get(c).text();
        }
        table.row(cells, r.total());
      }
      table.render(width, sb);
    }

    @Override
    public Void diff(DiffView v) {
      sb.append(line(v.heading())).append('\n');
      sb.append(line(v.sides())).append('\n');
      sb.append(line(v.count())).append('\n');
      sb.append(line(v.findingsCount())).append('\n');
      if (v.sections().isEmpty()) {
        sb.append(v.words().noChanges()).append('\n');
      } else {
        sb.append(line(v.presentValues())).append('\n');
        if (!v.summary().rows().isEmpty()) {
          sb.append('\n');
          table(v.summary());
        }
      }
      for (DiffView.Section s : v.sections()) {
        sb.append('\n').append(line(s.heading())).append('\n');
        s.lines().forEach(l -> sb.append(INDENT).append(oneLine(l)).append('\n'));
        for (DiffView.Table t : s.tables()) {
          sb.append('\n').append(line(t.title())).append('\n');
          table(t);
        }
      }
      if (!v.breaches().isEmpty()) {
        sb.append('\n');
        v.breaches().forEach(b -> sb.append(line(b)).append('\n'));
      }
      return null;
    }

    @Override
    public Void track(TrackView v) {
      sb.append(line(v.title())).append('\n');
      sb.append(lines(v.intro())).append('\n');
      if (!v.rows().isEmpty()) {
        sb.append('\n');
        trackTable(v.headers(), v.rows(), 0);
      }
      for (TrackView.Entry e : v.proposals()) {
        sb.append('\n').append(line(e.heading())).append('\n');
        trackTable(e.headers(), e.years(), -1);
        for (TrackView.Labelled f : e.figures()) {
          sb.append(line(f.label() + ": " + f.value().text())).append('\n');
        }
        for (String note : e.notes()) {
          sb.append(line(note)).append('\n');
        }
      }
      if (!v.notFollowedUp().isEmpty()) {
        sb.append('\n').append(line(v.words().notFollowedUp())).append(":\n");
        v.notFollowedUp().forEach(p -> sb.append(line(INDENT + p)).append('\n'));
      }
      sb.append('\n');
      for (String note : v.notes()) {
        sb.append(lines(note)).append('\n');
      }
      return null;
    }

    private void table(DiffView.Table t) {
      int n = t.headers().size();
      Align[] aligns = new Align[n];
      for (int c = 0; c < n; c++) {
        aligns[c] = c < t.texts() ? Align.LEFT : Align.RIGHT;
      }
      TextTable table =
          new TextTable(t.headers().toArray(String[]::new), aligns, t.texts() > 1 ? 1 : 0, false);
      for (List<Cell> row : t.rows()) {
        String[] cells = row.stream().map(Cell::text).toArray(String[]::new);
        // A table with one text column names figures: its labels are never cut.
        table.row(cells, t.texts() == 1);
      }
      table.render(width, sb);
    }

    /** A table whose first column is a label and the rest figures; a rule above its total. */
    private void trackTable(List<String> headers, List<TrackView.Row> rows, int flex) {
      Align[] aligns = new Align[headers.size()];
      for (int c = 0; c < aligns.length; c++) {
        aligns[c] = c == 0 ? Align.LEFT : Align.RIGHT;
      }
      TextTable table = new TextTable(headers.toArray(String[]::new), aligns, flex, false);
      for (TrackView.Row r : rows) {
        if (r.total()) {
          table.rule();
        }
        String[] cells = new String[headers.size()];
        cells[0] = r.label();
        for (int c = 0; c < r.cells().size(); c++) {
          cells[1 + c] = r.cells().get(c).text();
        }
        table.row(cells, r.total());
      }
      table.render(width, sb);
    }

    @Override
    public Void findings(FindingsView v) {
      if (v.ofSource() != null) {
        sb.append(oneLine(v.ofSource())).append('\n');
      }
      if (v.invalid()) {
        v.errors().forEach(d -> sb.append(oneLine(d.format())).append('\n'));
      } else {
        for (FindingsView.Item item : v.items()) {
          if (item.isFinding() || v.verbose()) {
            sb.append(oneLine(item.line())).append('\n');
          }
        }
        v.warnings().forEach(n -> sb.append(oneLine(n.line())).append('\n'));
      }
      sb.append(oneLine(v.count())).append('\n');
      return null;
    }
  }
}
