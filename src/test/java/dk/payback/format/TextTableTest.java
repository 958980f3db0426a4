package dk.payback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.format.TextTable.Align;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How a table gives way to a width: titles are shortened first, then labels wrap, then the figures
 * go into blocks; no figure, heading or label is ever cut, and no line is wider than the width.
 */
class TextTableTest {

  private static final String TOTAL = "I ALT (investeringsforslag)";

  /** An overview-like table: number, title, an investment and {@code years} year columns. */
  private static TextTable overview(int years) {
    int n = 3 + years;
    String[] headers = headers(n);
    headers[2] = "Investering\n2018-2022";
    for (int y = 0; y < years; y++) {
      headers[3 + y] = String.valueOf(2019 + y);
    }
    Align[] aligns = aligns(n);
    TextTable t = new TextTable(headers, aligns, 1, false).uniform(3, 2 + years);
    t.row(
        row("1.", "HA02 Samlokalisering af stabsfunktionerne under Borgercenter Handicap", years));
    t.row(row("2.", "SI02 Sammenlægning af stabene i centerfællesskaberne", years));
    t.rule();
    t.row(row("", TOTAL, years), true);
    return t;
  }

  /** A number and a title, then figures. */
  private static String[] headers(int n) {
    String[] headers = new String[n];
    headers[0] = "Nr.";
    headers[1] = "Forslag";
    return headers;
  }

  private static Align[] aligns(int n) {
    Align[] aligns = new Align[n];
    Arrays.fill(aligns, Align.RIGHT);
    aligns[1] = Align.LEFT;
    return aligns;
  }

  private static String[] row(String number, String text, int years) {
    String[] cells = new String[3 + years];
    cells[0] = number;
    cells[1] = text;
    cells[2] = "3.985";
    for (int y = 0; y < years; y++) {
      cells[3 + y] = "-" + (y + 1) + "0.000";
    }
    return cells;
  }

  @Test
  void aTableThatFitsIsAsWide() {
    TextTable t = overview(4);
    assertThat(t.render(200)).isEqualTo(t.render(0));
  }

  @Test
  void titlesAreShortenedFirstAndTheTotalKeptWhole() {
    String text = overview(4).render(90);
    assertThat(lines(text)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(90));
    assertThat(text).contains("HA02 Samlokalisering").contains("…").contains(TOTAL);
    // One table: the header once.
    assertThat(text.split("Forslag", -1)).hasSize(2);
  }

  @Test
  void thenTheTotalWrapsAtASpaceWithItsFiguresOnItsLastLine() {
    // 5 + 12 (the shortest title) + 13 + 4 x 9 = 66: the label (27) fits only wrapped, as "I ALT"
    // and "  (investeringsforslag)" (23).
    String text = overview(4).render(78);
    assertThat(lines(text)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(78));
    assertThat(text)
        .contains("     I ALT\n")
        .containsPattern("\n {7}\\(investeringsforslag\\) +3\\.985");
    assertThat(text.split("Forslag", -1)).hasSize(2);
  }

  @Test
  void thenTheFiguresCloseUpToOneSpace() {
    // Wrapped, the total takes 21 columns: 5 + 21 + 13 + 5 x 9 = 84 with two spaces between the
    // figures, 79 with one.
    String text = overview(5).render(80);
    assertThat(lines(text)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(text.split("Forslag", -1)).hasSize(2);
    assertThat(text).contains(" -10.000 -20.000 -30.000 -40.000 -50.000");
    assertThat(collapsed(text)).contains(TOTAL);
  }

  @Test
  void thenTheFiguresGoIntoBlocksEachWithTheNumberAndTitle() {
    // Six years do not fit even one space apart (87): the investment in one block, the years in
    // the other.
    String text = overview(6).render(80);
    assertThat(lines(text)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    String[] blocks = text.split("\n\n");
    assertThat(blocks).hasSize(2);
    for (String block : blocks) {
      assertThat(block).contains("Nr.  Forslag").contains("HA02").contains("I ALT");
    }
    // The year columns stay together; the investment goes with the first block.
    assertThat(blocks[0]).contains("Investering").doesNotContain("2019");
    assertThat(blocks[1]).contains("2019").contains("2024").doesNotContain("Investering");
    assertThat(collapsed(text)).contains(TOTAL);
  }

  @Test
  void aFootnoteMarkInABlocksLastColumnStaysWithinIt() {
    String[] headers = {"Forslag", "A", "B", "C", "D"};
    Align[] aligns = {Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT};
    TextTable t = new TextTable(headers, aligns, 0, false);
    t.row("BU03 Intensive kortvarige", "-1.000.000", "-3.280¹", "-2.000.000", "-3.000.000");
    String text = t.render(40);
    assertThat(lines(text)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    assertThat(text).contains("-3.280¹");
  }

  /**
   * Random tables at random widths: no line wider than the width (unless the leading columns and
   * one figure column alone are), every figure and heading whole, every label's words in order.
   */
  @Test
  void anyTableFitsAnyWidthWithNothingCut() {
    Random random = new Random(14);
    for (int run = 0; run < 500; run++) {
      int figures = 1 + random.nextInt(14);
      int n = 2 + figures;
      String[] headers = headers(n);
      for (int c = 2; c < n; c++) {
        headers[c] = random.nextBoolean() ? "År " + c : "Tilbage-\nbetaling " + c;
      }
      Align[] aligns = aligns(n);
      int from = 2 + random.nextInt(figures);
      int to = from + random.nextInt(n - from);
      TextTable t = new TextTable(headers, aligns, 1, false).uniform(from, to);
      List<String> cells = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int r = 0; r < 1 + random.nextInt(8); r++) {
        String[] row = new String[n];
        boolean label = random.nextInt(4) == 0;
        row[0] = label ? "" : (r + 1) + ".";
        row[1] = label ? words(random, 1 + random.nextInt(5)) : words(random, random.nextInt(12));
        for (int c = 2; c < n; c++) {
          row[c] = figure(random);
          cells.add(row[c]);
        }
        if (label) {
          labels.add(row[1]);
        }
        if (random.nextInt(5) == 0) {
          t.rule();
        }
        t.row(row, label);
      }
      int width = 40 + random.nextInt(120);
      String text = t.render(width);
      String wide = t.render(0);
      // A line may be wider only where one figure column beside the number and the narrowest
      // title is.
      int title = 0;
      for (String line : lines(wide).subList(lines(wide).size() > 2 ? 2 : 0, lines(wide).size())) {
        title = Math.max(title, Math.min(12, line.length()));
      }
      for (String label : labels) {
        String[] w = label.split(" ");
        for (int i = 0; i < w.length; i++) {
          title = Math.max(title, w[i].length());
        }
      }
      int figure = 0;
      for (String cell : cells) {
        figure = Math.max(figure, cell.length());
      }
      for (String h : headers) {
        for (String part : h.split("\n")) {
          figure = Math.max(figure, part.length());
        }
      }
      boolean oneColumnTooWide = 5 + title + 2 + figure > width;
      for (String line : lines(text)) {
        if (!oneColumnTooWide) {
          assertThat(line.length()).as("%s%nat %d", text, width).isLessThanOrEqualTo(width);
        }
      }
      List<String> tokens = Arrays.asList(collapsed(text).split(" "));
      for (String cell : cells) {
        assertThat(tokens).as("%s in%n%s", cell, text).contains(cell);
      }
      for (int c = 2; c < n; c++) {
        for (String h : headers[c].split("\n")) {
          assertThat(text).as("heading %s in%n%s", h, text).contains(h);
        }
      }
      for (String label : labels) {
        assertThat(collapsed(text)).as("label %s in%n%s", label, text).contains(label);
      }
      assertThat(wide).isEqualTo(t.render(0));
    }
  }

  private static String figure(Random random) {
    long v = random.nextInt(3) == 0 ? random.nextInt(1000) : random.nextInt(100_000_000);
    String s = String.format("%,d", v).replace(',', '.');
    return (random.nextBoolean() ? "-" : "") + s + (random.nextInt(10) == 0 ? "¹" : "");
  }

  private static String words(Random random, int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> "ord".repeat(1 + random.nextInt(5)))
        .collect(Collectors.joining(" "));
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static String collapsed(String text) {
    return text.replaceAll("[\\s─]+", " ").strip();
  }
}
