package dk.payback.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The figures of a proposal computed a second way, to catch a total that is wrong but looks right:
 * SnakeYAML's safe loader into plain maps (not the located tree of the loader), and {@link
 * BigInteger} (which cannot overflow, so a sum that wrapped in {@code long} shows up as a
 * difference).
 */
final class Oracle {

  /** What the payback rule gives: {@code kind} is "years", "none" or "n/a". */
  record Payback(String kind, long years, boolean extrapolated) {}

  record Figures(
      String id,
      String type,
      TreeMap<Integer, BigInteger> permanentTotal,
      TreeMap<Integer, BigInteger> implementationTotal,
      TreeMap<Integer, BigInteger> netImpact,
      TreeMap<Integer, BigInteger> cumulative,
      BigInteger investment,
      Payback payback) {}

  private Oracle() {}

  /** Parses a case file; the result is a map, or whatever else the document's root is. */
  static Object parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(new SafeConstructor(options)).load(yaml);
  }

  /** The figures of a proposal document as read by {@link #parse}. */
  static Figures figures(Map<?, ?> doc) {
    List<Integer> years = new ArrayList<>();
    for (Object y : (List<?>) doc.get("years")) {
      years.add(((Number) y).intValue());
    }
    TreeMap<Integer, BigInteger> permanent = new TreeMap<>();
    TreeMap<Integer, BigInteger> implementation = new TreeMap<>();
    List<Map<Integer, BigInteger>> every = new ArrayList<>();
    Map<?, ?> summaryOnly = (Map<?, ?>) doc.get("summary_only");
    BigInteger investment;
    if (summaryOnly != null) {
      Map<Integer, BigInteger> savings = amounts(summaryOnly.get("savings"));
      permanent.putAll(savings);
      investment = big(summaryOnly.get("investment"));
      if (investment.signum() != 0) {
        implementation.put(years.get(0), investment);
      }
      every.add(permanent);
      every.add(implementation);
    } else {
      for (String section : List.of("permanent", "implementation")) {
        Object lines = doc.get(section);
        if (lines == null) {
          continue;
        }
        for (Object line : (List<?>) lines) {
          Map<Integer, BigInteger> a = amounts(((Map<?, ?>) line).get("amounts"));
          every.add(a);
          a.forEach(
              (y, v) ->
                  (section.equals("permanent") ? permanent : implementation)
                      .merge(y, v, BigInteger::add));
        }
      }
      investment = implementation.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
    TreeMap<Integer, BigInteger> net = new TreeMap<>(permanent);
    implementation.forEach((y, v) -> net.merge(y, v, BigInteger::add));
    TreeMap<Integer, BigInteger> cumulative = new TreeMap<>();
    BigInteger running = BigInteger.ZERO;
    boolean started = false;
    for (int y : years) {
      started |= net.containsKey(y);
      if (started) {
        running = running.add(net.getOrDefault(y, BigInteger.ZERO));
        cumulative.put(y, running);
      }
    }
    int start = years.get(0);
    search:
    for (int y : years) {
      for (Map<Integer, BigInteger> a : every) {
        if (a.getOrDefault(y, BigInteger.ZERO).signum() != 0) {
          start = y;
          break search;
        }
      }
    }
    return new Figures(
        String.valueOf(doc.get("id")),
        String.valueOf(doc.get("type")),
        permanent,
        implementation,
        net,
        cumulative,
        investment,
        payback(years, start, investment, permanent));
  }

  /** The payback rule of src/docs/calculations.md, written out again without a shortcut. */
  private static Payback payback(
      List<Integer> years, int start, BigInteger investment, Map<Integer, BigInteger> permanent) {
    if (investment.signum() <= 0) {
      return new Payback("n/a", 0, false);
    }
    BigInteger saved = BigInteger.ZERO;
    for (int y : years) {
      if (y < start) {
        continue;
      }
      saved = saved.subtract(permanent.getOrDefault(y, BigInteger.ZERO));
      if (saved.compareTo(investment) >= 0) {
        return new Payback("years", y - start + 1, false);
      }
    }
    int last = years.get(years.size() - 1);
    BigInteger perYear = permanent.getOrDefault(last, BigInteger.ZERO).negate();
    if (perYear.signum() <= 0) {
      return new Payback("none", 0, false);
    }
    BigInteger[] qr = investment.subtract(saved).divideAndRemainder(perYear);
    BigInteger extra = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    if (extra.compareTo(BigInteger.valueOf(1_000_000_000L)) > 0) {
      return new Payback("none", 0, false);
    }
    return new Payback("years", last + extra.longValueExact() - start + 1, true);
  }

  /**
   * Amounts by year. A key is a year only as an integer or a text of plain digits; two keys that
   * name one year (2019 and "2019", or 2019 and 0x7E3, which YAML reads as 2019) hold no plain
   * figures, since one of them would have to be dropped.
   */
  static TreeMap<Integer, BigInteger> amounts(Object node) {
    TreeMap<Integer, BigInteger> out = new TreeMap<>();
    if (node == null) {
      return out;
    }
    ((Map<?, ?>) node)
        .forEach(
            (k, v) -> {
              if (out.put(Integer.parseInt(k.toString()), big(v)) != null) {
                throw new IllegalArgumentException("two keys for the year " + k);
              }
            });
    return out;
  }

  /**
   * Every amounts mapping of a proposal or an overview, by its dotted path (such as {@code
   * permanent.0.amounts} or {@code rows.2.savings}), as the safe loader reads them.
   */
  static Map<String, TreeMap<Integer, BigInteger>> allAmounts(Map<?, ?> doc) {
    Map<String, TreeMap<Integer, BigInteger>> out = new TreeMap<>();
    for (String section : List.of("permanent", "implementation")) {
      List<?> lines = (List<?>) doc.get(section);
      for (int i = 0; lines != null && i < lines.size(); i++) {
        out.put(section + "." + i + ".amounts", amounts(((Map<?, ?>) lines.get(i)).get("amounts")));
      }
    }
    Map<?, ?> stated = (Map<?, ?>) doc.get("stated");
    for (String figure : List.of("permanent_total", "implementation_total", "net_impact")) {
      if ("proposal".equals(doc.get("kind"))) {
        out.put("stated." + figure, amounts(stated == null ? null : stated.get(figure)));
      }
    }
    Map<?, ?> summaryOnly = (Map<?, ?>) doc.get("summary_only");
    if (summaryOnly != null) {
      out.put("summary_only.savings", amounts(summaryOnly.get("savings")));
    }
    List<?> rows = (List<?>) doc.get("rows");
    for (int i = 0; rows != null && i < rows.size(); i++) {
      out.put("rows." + i + ".savings", amounts(((Map<?, ?>) rows.get(i)).get("savings")));
    }
    Map<?, ?> totals = (Map<?, ?>) doc.get("totals");
    for (String total : List.of("investment", "innovation")) {
      if (totals != null && totals.get(total) != null) {
        out.put(
            "totals." + total + ".savings",
            amounts(((Map<?, ?>) totals.get(total)).get("savings")));
      }
    }
    return out;
  }

  private static BigInteger big(Object v) {
    Objects.requireNonNull(v, "amount");
    if (v instanceof BigInteger b) {
      return b;
    }
    if (v instanceof Integer || v instanceof Long) {
      return BigInteger.valueOf(((Number) v).longValue());
    }
    throw new IllegalArgumentException(
        "not an integer: " + v + " (" + v.getClass().getSimpleName() + ")");
  }
}
