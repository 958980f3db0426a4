package dk.payback.format;

import dk.payback.model.Amounts;
import dk.payback.view.Chart;
import dk.payback.view.Lang;
import dk.payback.view.Numbers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Chart} as inline SVG for the HTML format, its texts escaped as HTML's. Coordinates
 * are whole pixels computed from the exact amounts with integer arithmetic, so the same figures
 * always draw the same bytes.
 */
final class SvgChart {

  private static final int WIDTH = 680;
  private static final int HEIGHT = 250;
  private static final int LEFT = 84;
  private static final int RIGHT = WIDTH - 24;
  private static final int TOP = 30;
  private static final int BOTTOM = HEIGHT - 34;
  private static final int MAX_TICKS = 5;

  private SvgChart() {}

  /** The chart with its value axis labelled in {@code unit} ("1.000 kr."), above the ticks. */
  static String svg(Chart d, Lang lang, String unit) {
    if (d.isEmpty()) {
      return "";
    }
    List<Long> values = new ArrayList<>(d.solid().byYear().values());
    values.addAll(d.dashed().byYear().values());
    long min = 0;
    long max = 0;
    for (long v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    long step = step(min, max);
    BigInteger lo = floor(min, step);
    BigInteger hi = ceil(max, step);
    if (lo.equals(hi)) {
      hi = hi.add(BigInteger.valueOf(step));
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(HtmlFormat.escape(d.title()))
        .append("\">\n");
    sb.append("<title>").append(HtmlFormat.escape(d.title())).append("</title>\n");
    sb.append("<text class=\"unit\" x=\"")
        .append(LEFT - 8)
        .append("\" y=\"")
        .append(TOP - 12)
        .append("\" text-anchor=\"end\">")
        .append(HtmlFormat.escape(unit))
        .append("</text>\n");
    for (BigInteger t = lo; t.compareTo(hi) <= 0; t = t.add(BigInteger.valueOf(step))) {
      int y = y(t, lo, hi);
      boolean zero = t.signum() == 0;
      sb.append("<line class=\"")
          .append(zero ? "zero" : "grid")
          .append("\" x1=\"")
          .append(LEFT)
          .append("\" y1=\"")
          .append(y)
          .append("\" x2=\"")
          .append(RIGHT)
          .append("\" y2=\"")
          .append(y)
          .append("\"/>\n");
      sb.append("<text class=\"tick\" x=\"")
          .append(LEFT - 8)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" text-anchor=\"end\">")
          .append(HtmlFormat.escape(tick(t, lang)))
          .append("</text>\n");
    }
    for (int i = 0; i < d.years().size(); i++) {
      sb.append("<text class=\"year\" x=\"")
          .append(x(i, d.years().size()))
          .append("\" y=\"")
          .append(BOTTOM + 20)
          .append("\" text-anchor=\"middle\">")
          .append(d.years().get(i))
          .append("</text>\n");
    }
    if (d.markYear() != 0 && d.years().contains(d.markYear())) {
      int x = x(d.years().indexOf(d.markYear()), d.years().size());
      sb.append("<line class=\"mark\" x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(TOP - 6)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(BOTTOM)
          .append("\"/>\n");
      sb.append("<text class=\"mark\" x=\"")
          .append(x)
          .append("\" y=\"")
          .append(TOP - 12)
          .append("\" text-anchor=\"")
          .append(x > (LEFT + RIGHT) / 2 ? "end" : "start")
          .append("\">")
          .append(HtmlFormat.escape(d.markLabel()))
          .append("</text>\n");
    }
    line(sb, "dashed", d.dashed(), d.years(), lo, hi);
    line(sb, "solid", d.solid(), d.years(), lo, hi);
    sb.append("</svg>");
    return sb.toString();
  }

  private static void line(
      StringBuilder sb,
      String cls,
      Amounts series,
      List<Integer> years,
      BigInteger lo,
      BigInteger hi) {
    if (series.isEmpty()) {
      return;
    }
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (Map.Entry<Integer, Long> e : series.byYear().entrySet()) {
      int i = years.indexOf(e.getKey());
      if (i < 0) {
        continue;
      }
      int x = x(i, years.size());
      int y = y(BigInteger.valueOf(e.getValue()), lo, hi);
      if (!points.isEmpty()) {
        points.append(' ');
      }
      points.append(x).append(',').append(y);
      dots.append("<circle class=\"")
          .append(cls)
          .append("\" cx=\"")
          .append(x)
          .append("\" cy=\"")
          .append(y)
          .append("\" r=\"3\"/>\n");
    }
    sb.append("<polyline class=\"")
        .append(cls)
        .append("\" points=\"")
        .append(points)
        .append("\"/>\n");
    sb.append(dots);
  }

  /**
   * Rounded ticks can lie just past the range of a long; amounts that large are beyond belief
   * anyway.
   */
  private static String tick(BigInteger t, Lang lang) {
    return t.bitLength() < Long.SIZE ? Numbers.format(t.longValue(), lang) : t.toString();
  }

  private static int x(int index, int count) {
    if (count <= 1) {
      return (LEFT + RIGHT) / 2;
    }
    int inner = 24;
    return LEFT + inner + index * (RIGHT - LEFT - 2 * inner) / (count - 1);
  }

  /** hi at the top, lo at the bottom; v lies between them. */
  private static int y(BigInteger v, BigInteger lo, BigInteger hi) {
    BigInteger offset =
        hi.subtract(v).multiply(BigInteger.valueOf(BOTTOM - TOP)).divide(hi.subtract(lo));
    return TOP + offset.intValueExact();
  }

  /**
   * A round step of 1, 2 or 5 times a power of ten, so that the range takes at most MAX_TICKS
   * steps.
   */
  static long step(long min, long max) {
    BigInteger range = BigInteger.valueOf(max).subtract(BigInteger.valueOf(min));
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        BigInteger step = BigInteger.valueOf(power).multiply(BigInteger.valueOf(m));
        if (range.compareTo(step.multiply(BigInteger.valueOf(MAX_TICKS))) <= 0) {
          return step.longValueExact();
        }
      }
      power = Math.multiplyExact(power, 10);
    }
  }

  private static BigInteger floor(long v, long step) {
    return BigInteger.valueOf(Math.floorDiv(v, step)).multiply(BigInteger.valueOf(step));
  }

  private static BigInteger ceil(long v, long step) {
    return BigInteger.valueOf(-Math.floorDiv(-v, step)).multiply(BigInteger.valueOf(step));
  }
}
