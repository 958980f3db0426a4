package dk.payback.load;

import dk.payback.load.Node.Entry;
import dk.payback.load.Node.MapNode;
import dk.payback.load.Node.ScalarNode;
import dk.payback.load.Node.SeqNode;
import dk.payback.model.Amounts;
import dk.payback.model.Area;
import dk.payback.model.Centre;
import dk.payback.model.Diagnostic;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.model.Origin;
import dk.payback.model.Portfolio;
import dk.payback.model.PortfolioRow;
import dk.payback.model.PortfolioTotal;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Realised;
import dk.payback.model.Realised.RealisedLine;
import dk.payback.model.Risk;
import dk.payback.model.SourceRef;
import dk.payback.model.Stated;
import dk.payback.model.SummaryOnly;
import dk.payback.util.Similar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a located YAML tree into a {@link Proposal} or {@link Portfolio}, reporting every problem
 * it finds rather than stopping at the first. The format is documented in the README and in {@code
 * src/main/resources/schema/case.schema.json}.
 */
final class CaseReader {

  private static final Pattern DANISH_THOUSANDS =
      Pattern.compile("-?[1-9][0-9]{0,2}(\\.[0-9]{3})+");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");

  /** A number with a unit after it, as people write it in prose: "2 år", "-100 kr.". */
  private static final Pattern NUMBER_AND_WORD = Pattern.compile("(-?[0-9]+)\\s+\\S.*");

  /** A year among words, as in "år 2019" or "2019 (forventet)". */
  private static final Pattern YEAR_IN_WORDS =
      Pattern.compile("(?=.*\\p{L})\\D*(?<![0-9])([12][0-9]{3})(?![0-9])\\D*");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2200;
  static final int MAX_YEARS = 60;

  /**
   * The most characters of a title, a line's text, a label or any other short text. The source's
   * longest title is under 150 characters; the bound is there because every report repeats a title
   * in several places, so that a megabyte title in a few files ran a 512 MB heap out of memory.
   */
  static final int MAX_TEXT = 2_000;

  /** The most characters of a summary or a note: a few pages. */
  static final int MAX_LONG_TEXT = 20_000;

  private static final Set<String> LONG_TEXTS = Set.of("summary", "notes");

  /** Far more rows than any overview has, and small enough for the printed "Nr." column. */
  private static final int MAX_ROW_NUMBER = 1_000_000;

  private static final Set<String> PROPOSAL_KEYS =
      keys(
          "kind",
          "id",
          "type",
          "title",
          "summary",
          "fund",
          "risk",
          "source",
          "years",
          "permanent",
          "implementation",
          "stated",
          "summary_only",
          "realised",
          "notes");
  private static final Set<String> REALISED_KEYS =
      keys("as_of", "permanent_total", "implementation_total", "lines", "notes");
  private static final Set<String> REALISED_LINE_KEYS = keys("text", "amounts");
  private static final Set<String> LINE_KEYS = keys("text", "area", "amounts");
  private static final Set<String> STATED_KEYS =
      keys("permanent_total", "implementation_total", "net_impact", "payback_years");
  private static final Set<String> SUMMARY_ONLY_KEYS = keys("reason", "investment", "savings");
  private static final Set<String> SOURCE_KEYS = keys("document", "page");
  private static final Set<String> PORTFOLIO_KEYS =
      keys(
          "kind",
          "title",
          "source",
          "investment_years",
          "savings_years",
          "notes",
          "rows",
          "totals",
          "centres");
  private static final Set<String> CENTRE_KEYS = keys("name", "page");
  private static final Pattern CENTRE_LETTERS = Pattern.compile("[A-Za-z]{1,40}");
  private static final Set<String> ROW_KEYS = keys("number", "id", "page", "investment", "savings");
  private static final Set<String> TOTALS_KEYS = keys("investment", "innovation");
  private static final Set<String> TOTAL_KEYS = keys("label", "investment", "savings");

  private final String file;
  private final List<Diagnostic> errors;
  private final SharedValues shared;
  private final Map<String, Location> positions = new HashMap<>();

  private CaseReader(String file, List<Diagnostic> errors, SharedValues shared) {
    this.file = file;
    this.errors = errors;
    this.shared = shared;
  }

  /** The result is a {@link Proposal} or a {@link Portfolio}, or null when the file has errors. */
  static Object read(String file, Node root, List<Diagnostic> errors) {
    return read(file, root, errors, new SharedValues());
  }

  /**
   * @param shared the texts and years already read in this load, which the result shares
   */
  static Object read(String file, Node root, List<Diagnostic> errors, SharedValues shared) {
    int before = errors.size();
    Object result = new CaseReader(file, errors, shared).document(root);
    return errors.size() == before ? result : null;
  }

  private Object document(Node root) {
    if (!(root instanceof MapNode map)) {
      error(
          root.location(),
          "a case file must be a mapping of keys, found " + root.kindName(),
          "start with 'kind: proposal' or 'kind: portfolio'");
      return null;
    }
    Entry kind = map.entries().get("kind");
    if (kind == null) {
      error(
          map.location(),
          "missing key 'kind'",
          "add 'kind: proposal' (or 'kind: portfolio' for the overview)");
      return null;
    }
    String k = text(kind.value(), "kind");
    if ("proposal".equals(k)) {
      return proposal(map);
    }
    if ("portfolio".equals(k)) {
      return portfolio(map);
    }
    if (k != null) {
      error(
          kind.value().location(),
          "unknown kind '" + k + "'",
          didYouMean("kind", k, List.of("proposal", "portfolio"))
              + "write 'proposal' or 'portfolio'");
    }
    return null;
  }

  // ---- proposal

  private Proposal proposal(MapNode map) {
    checkKeys(map, PROPOSAL_KEYS, "a proposal", "");
    String id = requiredText(map, "id", "id");
    if (id != null && !ID.matcher(id).matches()) {
      error(
          at("id"),
          "id '" + id + "' is not a plain code",
          "use letters, digits, '_', '-' or '.', such as HA02");
    }
    ProposalType type =
        enumValue(map, "type", true, ProposalType::fromKey, "investment, innovation");
    String title = requiredText(map, "title", "title");
    String summary = optionalText(map, "summary", "summary");
    String fund = optionalText(map, "fund", "fund");
    Risk risk = enumValue(map, "risk", false, Risk::fromKey, "lav, middel, høj");
    SourceRef source = source(map);
    List<Integer> years = years(map);
    List<String> notes = notes(map);

    Entry summaryOnly = map.entries().get("summary_only");
    List<Line> permanent = List.of();
    List<Line> implementation = List.of();
    Stated stated = Stated.none();
    SummaryOnly so = null;
    if (summaryOnly != null) {
      for (String forbidden : List.of("permanent", "implementation", "stated")) {
        Entry e = map.entries().get(forbidden);
        if (e != null) {
          error(
              e.keyLocation(),
              "a summary-only proposal has no '" + forbidden + "'",
              "remove '" + forbidden + "', or remove 'summary_only' if the source has a template");
        }
      }
      so = summaryOnly(summaryOnly.value(), years);
    } else {
      if (!map.entries().containsKey("permanent") && !map.entries().containsKey("implementation")) {
        error(
            map.location(),
            "a proposal needs 'permanent' or 'implementation' lines",
            "add the lines of table 1.1, or 'summary_only' for a proposal with no template");
      }
      permanent = lines(map, "permanent", years);
      implementation = lines(map, "implementation", years);
      stated = stated(map, years);
    }
    Realised realised = realised(map, years, permanent, implementation);
    if (id == null || type == null || title == null || years == null) {
      return null;
    }
    return new Proposal(
        id,
        type,
        title,
        summary,
        fund,
        risk,
        source,
        years,
        permanent,
        implementation,
        stated,
        so,
        realised,
        notes,
        new Origin(file, positions));
  }

  private SourceRef source(MapNode map) {
    Entry e = map.entries().get("source");
    if (e == null) {
      return null;
    }
    MapNode m = expectMap(e.value(), "source", "write source: { document: \"Bilag 1\", page: 2 }");
    if (m == null) {
      return null;
    }
    checkKeys(m, SOURCE_KEYS, "source", "source.");
    String document = optionalText(m, "document", "source.document");
    return new SourceRef(document, page(m, "source.page"));
  }

  /** An optional page number under the key "page"; null where absent or wrong. */
  private Integer page(MapNode m, String path) {
    Entry page = m.entries().get("page");
    if (page == null) {
      return null;
    }
    Long v = integer(page.value(), path, Whole.PAGE);
    if (v == null) {
      return null;
    }
    if (v < 1 || v > 100_000) {
      error(
          page.value().location(),
          "page " + v + " is not a page number",
          "write the page as printed");
      return null;
    }
    return v.intValue();
  }

  private List<Integer> years(MapNode map) {
    Entry e = map.entries().get("years");
    if (e == null) {
      error(
          map.location(),
          "missing key 'years'",
          "add the columns of table 1.1, such as years: [2018, 2019, 2020, 2021, 2022]");
      return null;
    }
    SeqNode seq =
        expectSeq(
            e.value(),
            "years",
            yearsHint(e.value(), "years", "write years: [2018, 2019, 2020, 2021, 2022]"));
    if (seq == null) {
      return null;
    }
    List<Integer> years = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < seq.items().size(); i++) {
      Node item = seq.items().get(i);
      Long y = integer(item, "years." + i, Whole.YEAR);
      if (y == null) {
        ok = false;
        continue;
      }
      if (!inYearRange(String.valueOf(y), y, item.location())) {
        ok = false;
        continue;
      }
      if (ok && !years.isEmpty() && y != years.get(years.size() - 1) + 1) {
        // One message is enough: after the first gap every later year would be reported too.
        error(
            item.location(),
            "year " + y + " does not follow " + years.get(years.size() - 1),
            "list consecutive years in order, such as [2018, 2019, 2020]");
        ok = false;
      }
      years.add(y.intValue());
    }
    if (ok && years.isEmpty()) {
      error(seq.location(), "'years' is empty", "list the columns of table 1.1");
      ok = false;
    }
    if (ok && years.size() > MAX_YEARS) {
      error(
          seq.location(),
          "'years' has " + years.size() + " years, more than " + MAX_YEARS,
          "list only the years of table 1.1");
      ok = false;
    }
    return ok ? shared.years(years) : null;
  }

  private List<Line> lines(MapNode map, String key, List<Integer> years) {
    Entry e = map.entries().get(key);
    if (e == null) {
      return List.of();
    }
    SeqNode seq =
        expectSeq(e.value(), key, "write a list of lines, each '- text: ...' with 'amounts'");
    if (seq == null) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      String path = key + "." + i;
      MapNode m = expectMap(seq.items().get(i), path, "write a line as text, area and amounts");
      if (m == null) {
        continue;
      }
      positions.put(path, m.location());
      checkKeys(m, LINE_KEYS, "a line", path + ".");
      String text = requiredText(m, "text", path + ".text");
      Area area =
          enumValue(m, "area", false, Area::fromKey, "service, anlæg, overførsler", path + ".area");
      Amounts amounts = requiredAmounts(m, "amounts", path + ".amounts", years);
      if (text != null && amounts != null) {
        lines.add(new Line(text, area, amounts));
      }
    }
    return lines;
  }

  private Stated stated(MapNode map, List<Integer> years) {
    Entry e = map.entries().get("stated");
    if (e == null) {
      return Stated.none();
    }
    MapNode m = expectMap(e.value(), "stated", "write the printed subtotals under stated:");
    if (m == null) {
      return Stated.none();
    }
    checkKeys(m, STATED_KEYS, "stated", "stated.");
    Amounts permanent = optionalAmounts(m, "permanent_total", "stated.permanent_total", years);
    Amounts implementation =
        optionalAmounts(m, "implementation_total", "stated.implementation_total", years);
    Amounts net = optionalAmounts(m, "net_impact", "stated.net_impact", years);
    Integer payback = null;
    Entry pb = m.entries().get("payback_years");
    if (pb != null) {
      Long v = integer(pb.value(), "stated.payback_years", Whole.PAYBACK);
      if (v != null) {
        if (v < 0 || v > 1000) {
          error(
              pb.value().location(),
              "payback of " + v + " years is out of range",
              "write the printed number of years");
        } else {
          payback = v.intValue();
        }
      }
    }
    return new Stated(permanent, implementation, net, payback);
  }

  /**
   * The realised block: strict as the plan is, and besides, no figure of a year that has not closed
   * ({@code as_of}), no line the plan does not have, and no total that disagrees with its lines,
   * since a follow-up that contradicts itself would be reported as if it were true.
   */
  private Realised realised(
      MapNode map, List<Integer> years, List<Line> permanent, List<Line> implementation) {
    Entry e = map.entries().get("realised");
    if (e == null) {
      return null;
    }
    MapNode m =
        expectMap(
            e.value(),
            "realised",
            "write the realised figures under realised: as_of, permanent_total, ...");
    if (m == null) {
      return null;
    }
    int before = errors.size();
    checkKeys(m, REALISED_KEYS, "realised", "realised.");
    Integer asOf = asOf(m, years);
    Amounts permanentTotal = realisedAmounts(m, "permanent_total", "realised", years, asOf);
    Amounts implementationTotal =
        realisedAmounts(m, "implementation_total", "realised", years, asOf);
    List<RealisedLine> lines = realisedLines(m, years, asOf, permanent, implementation);
    agrees(m, permanentTotal, lines, permanent, true, "permanent_total");
    agrees(m, implementationTotal, lines, implementation, false, "implementation_total");
    List<String> notes = notes(m, "realised.notes");
    if (asOf == null || errors.size() != before) {
      return null;
    }
    return new Realised(asOf, permanentTotal, implementationTotal, lines, notes);
  }

  private Integer asOf(MapNode m, List<Integer> years) {
    Entry e = m.entries().get("as_of");
    if (e == null) {
      error(
          m.location(),
          "missing key 'as_of'",
          "add 'as_of:' with the last year that has realised figures, such as as_of: 2020");
      return null;
    }
    Long y = year(e.value(), "realised.as_of");
    if (y == null || years == null) {
      return null;
    }
    if (!years.contains(y.intValue())) {
      error(
          e.value().location(),
          "as_of " + y + " is not among the case's years " + years,
          "follow up within the years of table 1.1");
      return null;
    }
    return y.intValue();
  }

  /** Optional amounts of the realised block, none of them after {@code asOf}; null if absent. */
  private Amounts realisedAmounts(
      MapNode m, String key, String prefix, List<Integer> years, Integer asOf) {
    Entry e = m.entries().get(key);
    if (e == null) {
      return null;
    }
    String path = prefix + "." + key;
    Amounts a = amounts(e.value(), path, years);
    if (a == null || asOf == null) {
      return a;
    }
    boolean ok = true;
    for (int year : a.byYear().keySet()) {
      if (year > asOf) {
        error(
            at(path + "." + year),
            "a realised figure for " + year + ", after as_of " + asOf,
            "set as_of to " + year + " if the year has closed, or remove the figure until it has");
        ok = false;
      }
    }
    return ok ? a : null;
  }

  private List<RealisedLine> realisedLines(
      MapNode m,
      List<Integer> years,
      Integer asOf,
      List<Line> permanent,
      List<Line> implementation) {
    Entry e = m.entries().get("lines");
    if (e == null) {
      return List.of();
    }
    SeqNode seq =
        expectSeq(e.value(), "lines", "write a list of lines, each '- text: ...' with 'amounts'");
    if (seq == null) {
      return List.of();
    }
    List<RealisedLine> lines = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (int i = 0; i < seq.items().size(); i++) {
      String path = "realised.lines." + i;
      MapNode line =
          expectMap(seq.items().get(i), path, "write a line as text and amounts, as in the plan");
      if (line == null) {
        continue;
      }
      positions.put(path, line.location());
      checkKeys(line, REALISED_LINE_KEYS, "a realised line", path + ".");
      String text = requiredText(line, "text", path + ".text");
      Entry amounts = line.entries().get("amounts");
      if (amounts == null) {
        error(
            line.location(),
            "missing key 'amounts'",
            "add 'amounts: { 2019: -6000, ... }' with the realised amounts by year");
      }
      Amounts a = amounts == null ? null : realisedAmounts(line, "amounts", path, years, asOf);
      Boolean isPermanent = text == null ? null : planLine(text, path, permanent, implementation);
      if (isPermanent != null
          && firstTime(
              seen,
              text,
              at(path + ".text"),
              "the line '" + text + "' is followed up twice",
              "give each line of the plan one realised line")
          && a != null) {
        lines.add(new RealisedLine(text, isPermanent, a));
      }
    }
    return lines;
  }

  /** Whether the plan's line with this text is permanent; null after an error if there is none. */
  private Boolean planLine(
      String text, String path, List<Line> permanent, List<Line> implementation) {
    long inPermanent = permanent.stream().filter(l -> l.text().equals(text)).count();
    long inImplementation = implementation.stream().filter(l -> l.text().equals(text)).count();
    if (inPermanent + inImplementation == 1) {
      return inPermanent == 1;
    }
    if (inPermanent + inImplementation > 1) {
      error(
          at(path + ".text"),
          "the text '"
              + text
              + "' names "
              + (inPermanent + inImplementation)
              + " lines of the plan",
          "follow up such lines in the totals instead");
      return null;
    }
    List<String> texts = new ArrayList<>();
    permanent.forEach(l -> texts.add(l.text()));
    implementation.forEach(l -> texts.add(l.text()));
    List<String> near = Similar.closest(text, texts, 1);
    error(
        at(path + ".text"),
        "the plan has no line '" + text + "'",
        near.isEmpty()
            ? "copy the text of a line under permanent or implementation"
            : "did you mean '" + near.get(0) + "'?");
    return null;
  }

  /**
   * A total beside lines that follow up every line of its kind is their sum, year by year. Where
   * the lines follow up only some of the plan's lines, the total is the only word on the rest, so
   * it is required.
   */
  private void agrees(
      MapNode m,
      Amounts total,
      List<RealisedLine> lines,
      List<Line> plan,
      boolean permanent,
      String key) {
    List<Amounts> own =
        lines.stream().filter(l -> l.permanent() == permanent).map(RealisedLine::amounts).toList();
    if (own.isEmpty()) {
      return;
    }
    String path = "realised." + key;
    if (own.size() < plan.size()) {
      if (total == null && !m.entries().containsKey(key)) {
        error(
            m.location(),
            "the realised lines follow up "
                + own.size()
                + " of the plan's "
                + plan.size()
                + " "
                + (permanent ? "permanent" : "implementation")
                + " lines, and there is no '"
                + key
                + "'",
            "add '" + key + "' with the realised figures of all of them, or a line for each");
      }
      return;
    }
    if (total == null) {
      return;
    }
    Amounts sum;
    try {
      sum = Amounts.sumOf(own);
    } catch (ArithmeticException e) {
      error(
          at(path),
          "the realised lines are too large to add up exactly",
          "amounts are thousands of kroner; check the number of digits");
      return;
    }
    TreeSet<Integer> years = new TreeSet<>(total.byYear().keySet());
    years.addAll(sum.byYear().keySet());
    for (int year : years) {
      if (total.valueOr0(year) != sum.valueOr0(year)) {
        error(
            at(total.has(year) ? path + "." + year : path),
            "the realised total for "
                + year
                + " is "
                + total.valueOr0(year)
                + ", but its lines add up to "
                + sum.valueOr0(year),
            "make the total the sum of its lines, or leave the total out");
      }
    }
  }

  private SummaryOnly summaryOnly(Node node, List<Integer> years) {
    MapNode m =
        expectMap(node, "summary_only", "write reason, investment and savings under summary_only:");
    if (m == null) {
      return null;
    }
    checkKeys(m, SUMMARY_ONLY_KEYS, "summary_only", "summary_only.");
    String reason = requiredText(m, "reason", "summary_only.reason");
    Long investment = requiredAmount(m, "investment", "summary_only.investment");
    Amounts savings = requiredAmounts(m, "savings", "summary_only.savings", years);
    if (reason == null || investment == null || savings == null) {
      return null;
    }
    return new SummaryOnly(reason, investment, savings);
  }

  private List<String> notes(MapNode map) {
    return notes(map, "notes");
  }

  private List<String> notes(MapNode map, String path) {
    Entry e = map.entries().get("notes");
    if (e == null) {
      return List.of();
    }
    SeqNode seq = expectSeq(e.value(), "notes", "write notes as a list of texts, each '- ...'");
    if (seq == null) {
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      String t = text(seq.items().get(i), path + "." + i);
      if (t != null) {
        notes.add(t);
      }
    }
    return notes;
  }

  // ---- portfolio

  private Portfolio portfolio(MapNode map) {
    checkKeys(map, PORTFOLIO_KEYS, "the portfolio", "");
    String title = requiredText(map, "title", "title");
    SourceRef source = source(map);
    List<String> notes = notes(map);
    int first = 0;
    int last = 0;
    Entry iy = map.entries().get("investment_years");
    boolean ok = true;
    if (iy == null) {
      error(
          map.location(),
          "missing key 'investment_years'",
          "add the period of the investment column, such as investment_years: [2018, 2022]");
      ok = false;
    } else {
      SeqNode s =
          expectSeq(
              iy.value(),
              "investment_years",
              yearsHint(iy.value(), "investment_years", "write investment_years: [2018, 2022]"));
      if (s == null) {
        ok = false;
      } else if (s.items().size() != 2) {
        error(
            s.location(),
            "investment_years needs two years, the first and the last",
            "write investment_years: [2018, 2022]");
        ok = false;
      } else {
        Long a = year(s.items().get(0), "investment_years.0");
        Long b = year(s.items().get(1), "investment_years.1");
        if (a == null || b == null) {
          ok = false;
        } else if (a > b) {
          error(s.location(), "investment_years runs backwards", "write the first year first");
          ok = false;
        } else {
          first = a.intValue();
          last = b.intValue();
        }
      }
    }
    List<Integer> savingsYears = new ArrayList<>();
    boolean savingsOk = true;
    Entry sy = map.entries().get("savings_years");
    if (sy == null) {
      error(
          map.location(),
          "missing key 'savings_years'",
          "add the years of the savings columns, such as savings_years: [2019, 2020, 2021, 2022]");
      ok = false;
    } else {
      SeqNode s =
          expectSeq(
              sy.value(),
              "savings_years",
              yearsHint(
                  sy.value(), "savings_years", "write savings_years: [2019, 2020, 2021, 2022]"));
      savingsOk = s != null;
      if (s != null) {
        Map<Integer, Location> seen = new HashMap<>();
        for (int i = 0; i < s.items().size(); i++) {
          Node item = s.items().get(i);
          Long y = year(item, "savings_years." + i);
          if (y == null) {
            savingsOk = false;
            continue;
          }
          // Each would print a column of its own, with the same figures.
          if (firstTime(
              seen,
              y.intValue(),
              item.location(),
              "year " + y + " is in savings_years twice",
              "list each savings column once")) {
            savingsYears.add(y.intValue());
          }
        }
      }
    }
    // A saving outside the columns would be neither printed nor checked; without usable columns,
    // the
    // keys are still checked, but not against them (that would only repeat the error above).
    YearColumns columns =
        savingsOk
            ? new YearColumns(savingsYears, "the overview's savings_years", "savings_years")
            : null;
    List<PortfolioRow> rows = rows(map, columns);
    PortfolioTotal investmentTotal = null;
    PortfolioTotal innovationTotal = null;
    Entry totals = map.entries().get("totals");
    if (totals != null) {
      MapNode t =
          expectMap(
              totals.value(),
              "totals",
              "write the I ALT rows under totals: investment: and innovation:");
      if (t != null) {
        checkKeys(t, TOTALS_KEYS, "totals", "totals.");
        investmentTotal = total(t, "investment", columns);
        innovationTotal = total(t, "innovation", columns);
      }
    }
    List<Centre> centres = centres(map);
    if (title == null || !ok) {
      return null;
    }
    return new Portfolio(
        title,
        source,
        first,
        last,
        savingsYears,
        notes,
        rows,
        investmentTotal,
        innovationTotal,
        centres,
        new Origin(file, positions));
  }

  /** The optional names of the centres: {@code centres: { HA: { name: ..., page: 2 } }}. */
  private List<Centre> centres(MapNode map) {
    Entry e = map.entries().get("centres");
    if (e == null) {
      return List.of();
    }
    String example = "write centres: { HA: { name: \"Borgercenter Handicap\", page: 2 } }";
    MapNode m = expectMap(e.value(), "centres", example);
    if (m == null) {
      return List.of();
    }
    List<Centre> centres = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (Entry c : m.entries().values()) {
      String path = "centres." + c.key();
      positions.put(path, c.value().location());
      if (!CENTRE_LETTERS.matcher(c.key()).matches()) {
        error(
            c.keyLocation(),
            "centre '" + c.key() + "' is not the letters of proposal IDs",
            "write the letters the centre's IDs begin with, such as HA for HA02");
        continue;
      }
      String letters = Proposal.idKey(c.key());
      MapNode v = expectMap(c.value(), path, "write " + c.key() + ": { name: \"...\", page: 2 }");
      if (v == null) {
        continue;
      }
      checkKeys(v, CENTRE_KEYS, "a centre", path + ".");
      String name = requiredText(v, "name", path + ".name");
      Integer page = page(v, path + ".page");
      if (!firstTime(
          seen,
          letters,
          c.keyLocation(),
          "centre " + letters + " is named twice",
          "name each centre once: its letters are compared without regard to case")) {
        continue;
      }
      if (name != null) {
        centres.add(new Centre(letters, name, page));
      }
    }
    return centres;
  }

  private List<PortfolioRow> rows(MapNode map, YearColumns columns) {
    Entry e = map.entries().get("rows");
    if (e == null) {
      error(
          map.location(),
          "missing key 'rows'",
          "add the overview's rows, each { number, id, page, investment, savings }");
      return List.of();
    }
    SeqNode seq = expectSeq(e.value(), "rows", "write a list of rows");
    if (seq == null) {
      return List.of();
    }
    List<PortfolioRow> rows = new ArrayList<>();
    Map<Long, Location> numbers = new HashMap<>();
    for (int i = 0; i < seq.items().size(); i++) {
      String path = "rows." + i;
      MapNode m =
          expectMap(
              seq.items().get(i), path, "write a row as { number, id, page, investment, savings }");
      if (m == null) {
        continue;
      }
      positions.put(path, m.location());
      checkKeys(m, ROW_KEYS, "a row", path + ".");
      Long number = rowNumber(m, path, numbers);
      String id = requiredText(m, "id", path + ".id");
      Entry page = m.entries().get("page");
      Long p = page == null ? null : integer(page.value(), path + ".page", Whole.PAGE);
      Long investment = requiredAmount(m, "investment", path + ".investment");
      Amounts savings = optionalAmounts(m, "savings", path + ".savings", columns);
      if (number != null && id != null && investment != null && savings != null) {
        rows.add(
            new PortfolioRow(
                number.intValue(), id, p == null ? null : p.intValue(), investment, savings));
      }
    }
    return rows;
  }

  /**
   * The row's number as printed, or null after an error. Analysts cite a proposal by its number
   * ("row 11"), so a number that is repeated or is no row number at all would point at the wrong
   * row.
   */
  private Long rowNumber(MapNode m, String path, Map<Long, Location> numbers) {
    Long number = requiredInteger(m, "number", path + ".number");
    if (number == null) {
      return null;
    }
    Location at = at(path + ".number");
    if (number < 1 || number > MAX_ROW_NUMBER) {
      error(
          at,
          "row number " + number + " is not a row number",
          "number the rows 1, 2, 3, ... as the overview prints them");
      return null;
    }
    boolean first =
        firstTime(
            numbers,
            number,
            at,
            "row number " + number + " is used twice",
            "give each row its own number, as the overview prints them");
    return first ? number : null;
  }

  /**
   * Whether {@code key} is new in {@code seen}; if not, an error at {@code at} names the first
   * place.
   */
  private <K> boolean firstTime(
      Map<K, Location> seen, K key, Location at, String message, String hint) {
    Location first = seen.putIfAbsent(key, at);
    if (first != null) {
      error(
          at,
          message + " (first at line " + first.line() + ", column " + first.column() + ")",
          hint);
    }
    return first == null;
  }

  private PortfolioTotal total(MapNode totals, String key, YearColumns columns) {
    Entry e = totals.entries().get(key);
    if (e == null) {
      return null;
    }
    String path = "totals." + key;
    MapNode m = expectMap(e.value(), path, "write label, investment and savings");
    if (m == null) {
      return null;
    }
    positions.put(path, m.location());
    checkKeys(m, TOTAL_KEYS, path, path + ".");
    String label = requiredText(m, "label", path + ".label");
    Long investment = requiredAmount(m, "investment", path + ".investment");
    Amounts savings = optionalAmounts(m, "savings", path + ".savings", columns);
    if (label == null || investment == null || savings == null) {
      return null;
    }
    return new PortfolioTotal(label, investment, savings);
  }

  // ---- values

  private void checkKeys(MapNode map, Set<String> allowed, String what, String prefix) {
    for (Entry e : map.entries().values()) {
      positions.put(prefix + e.key(), e.value().location());
      if (!allowed.contains(e.key())) {
        Optional<String> near =
            OtherWords.meant(OtherWords.KEY, e.key())
                .filter(allowed::contains)
                .or(() -> Similar.closest(e.key(), allowed, 1).stream().findFirst());
        String hint =
            near.isEmpty()
                ? "the keys of " + what + " are: " + String.join(", ", allowed)
                : "did you mean '" + near.get() + "'?";
        error(e.keyLocation(), "unknown key '" + e.key() + "' in " + what, hint);
      }
    }
  }

  private String requiredText(MapNode m, String key, String path) {
    Entry e = m.entries().get(key);
    if (e == null) {
      error(m.location(), "missing key '" + key + "'", "add '" + key + ": ...'");
      return null;
    }
    return text(e.value(), path);
  }

  private String optionalText(MapNode m, String key, String path) {
    Entry e = m.entries().get(key);
    return e == null ? null : text(e.value(), path);
  }

  /**
   * Any scalar counts as text (a title may well be "Nej"), but not an empty value or a structure.
   */
  private String text(Node node, String path) {
    if (node instanceof ScalarNode s && s.style() != ScalarNode.Style.NULL) {
      if (s.text().isBlank()) {
        error(
            s.location(), "'" + lastSegment(path) + "' is blank", "write the text from the source");
        return null;
      }
      String t = s.text().strip();
      String key = lastSegment(path);
      int max = LONG_TEXTS.contains(key) ? MAX_LONG_TEXT : MAX_TEXT;
      if (t.length() > max) {
        error(
            s.location(),
            "'"
                + key
                + "' is "
                + t.length()
                + " characters long, more than the "
                + max
                + " it may have",
            "shorten it to what the source prints");
        return null;
      }
      return shared.text(t);
    }
    error(
        node.location(),
        "'" + lastSegment(path) + "' must be a text, found " + node.kindName(),
        textHint(node));
    return null;
  }

  /**
   * A text with ': ' inside, such as a note "- SI02: Forslaget ...", is a mapping of one key to
   * YAML; the mend is to quote it, shown with the writer's own words.
   */
  private static String textHint(Node node) {
    if (node instanceof MapNode m
        && m.entries().size() == 1
        && m.entries().values().iterator().next().value() instanceof ScalarNode v
        && v.style() != ScalarNode.Style.NULL) {
      String text = m.entries().keySet().iterator().next() + ": " + v.text();
      return "the ': ' inside the text makes YAML read a key: put the whole text in single quotes: '"
          + text.replace("'", "''")
          + "'";
    }
    return "write the text after the key, on one line or as a '>-' block";
  }

  private interface Lookup<T> {
    java.util.Optional<T> find(String key);
  }

  private <T> T enumValue(
      MapNode m, String key, boolean required, Lookup<T> lookup, String allowed) {
    return enumValue(m, key, required, lookup, allowed, key);
  }

  private <T> T enumValue(
      MapNode m, String key, boolean required, Lookup<T> lookup, String allowed, String path) {
    Entry e = m.entries().get(key);
    if (e == null) {
      if (required) {
        error(
            m.location(),
            "missing key '" + key + "'",
            "add '" + key + ":' with one of: " + allowed);
      }
      return null;
    }
    String t = text(e.value(), path);
    if (t == null) {
      return null;
    }
    var found = lookup.find(t);
    if (found.isEmpty()) {
      List<String> options = Arrays.stream(allowed.split(", ")).toList();
      error(
          e.value().location(),
          "'" + t + "' is not a valid " + key,
          didYouMean(key, t, options) + "write one of: " + allowed);
      return null;
    }
    return found.get();
  }

  /**
   * "did you mean 'investment'? " for a value of a fixed set written as another word for it (Danish
   * for English, English for Danish) or misspelt; "" if nothing is near.
   */
  private static String didYouMean(String field, String written, List<String> options) {
    return Similar.meant(written, options, w -> OtherWords.meant(field, w).orElse(null))
        .map(m -> "did you mean '" + m + "'? ")
        .orElse("");
  }

  private Long requiredInteger(MapNode m, String key, String path) {
    Entry e = m.entries().get(key);
    if (e == null) {
      error(m.location(), "missing key '" + key + "'", "add '" + key + ": ...'");
      return null;
    }
    return integer(e.value(), path, Whole.ROW_NUMBER);
  }

  private Long requiredAmount(MapNode m, String key, String path) {
    Entry e = m.entries().get(key);
    if (e == null) {
      error(
          m.location(),
          "missing key '" + key + "'",
          "add '" + key + ":' with the amount in thousands of kroner");
      return null;
    }
    return integer(e.value(), path, Whole.AMOUNT);
  }

  private Long year(Node node, String path) {
    Long y = integer(node, path, Whole.YEAR);
    if (y != null && !inYearRange(String.valueOf(y), y, node.location())) {
      return null;
    }
    return y;
  }

  /**
   * Only plain decimal integers: YAML (and Jackson) would read {@code 1.585} as 1.585 and a long
   * conversion would make it 1, and {@code 010} as octal 8.
   */
  private Long integer(Node node, String path, Whole whole) {
    positions.putIfAbsent(path, node.location());
    String what = whole.noun;
    if (!(node instanceof ScalarNode s)) {
      error(
          node.location(),
          "the " + what + " must be a whole number, found " + node.kindName(),
          whole.plain());
      return null;
    }
    String t = s.text().strip();
    if (s.style() == ScalarNode.Style.FLOAT || s.style() == ScalarNode.Style.STRING) {
      if (DANISH_THOUSANDS.matcher(t).matches()) {
        error(
            s.location(),
            "the " + what + " " + t + " is not a whole number: YAML reads it as a decimal fraction",
            "it looks like Danish thousands notation: write " + t.replace(".", ""));
        return null;
      }
      if (DECIMAL_COMMA.matcher(t).matches()) {
        decimalComma(s.location(), t, whole);
        return null;
      }
    }
    if (s.style() == ScalarNode.Style.STRING && isPlainInteger(t)) {
      error(
          s.location(),
          "the " + what + " \"" + t + "\" is quoted, so YAML reads it as text",
          "remove the quotes: " + t);
      return null;
    }
    if (s.style() == ScalarNode.Style.NULL) {
      error(
          s.location(),
          "the " + what + " is empty",
          "write a whole number, or remove the key where the source has a blank cell");
      return null;
    }
    if (!isPlainInteger(t)) {
      var unit = NUMBER_AND_WORD.matcher(t);
      String hint =
          t.matches("-?0[0-9]+")
              ? "leading zeros make YAML read an octal number: write "
                  + t.replaceFirst("^(-?)0+(?=[0-9])", "$1")
              : whole == Whole.YEAR && t.matches("[0-9]+([ \t]+[0-9]+)+")
                  ? "a ',' is missing between the years: write " + t.replaceAll("[ \t]+", ", ")
                  : unit.matches() && isPlainInteger(unit.group(1))
                      ? whole.alone(unit.group(1))
                      : whole.plain();
      error(s.location(), "the " + what + " '" + t + "' is not a plain whole number", hint);
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      error(
          s.location(),
          "the " + what + " " + t + " is too large",
          whole == Whole.AMOUNT
              ? "amounts are thousands of kroner; check the number of digits"
              : "check the number of digits");
      return null;
    }
  }

  private void decimalComma(Location at, String written, Whole whole) {
    error(
        at,
        "the " + whole.noun + " " + written + " is not a whole number: the ',' is a decimal comma",
        whole.decimalComma(written));
  }

  private Amounts requiredAmounts(MapNode m, String key, String path, List<Integer> years) {
    Entry e = m.entries().get(key);
    if (e == null) {
      error(
          m.location(),
          "missing key '" + key + "'",
          "add '" + key + ": { 2019: -6000, ... }' with the amounts by year");
      return null;
    }
    return amounts(e.value(), path, years);
  }

  private Amounts optionalAmounts(MapNode m, String key, String path, List<Integer> years) {
    return optionalAmounts(m, key, path, YearColumns.ofCase(years));
  }

  private Amounts optionalAmounts(MapNode m, String key, String path, YearColumns columns) {
    Entry e = m.entries().get(key);
    return e == null ? Amounts.empty() : amounts(e.value(), path, columns);
  }

  /** Which years an amounts mapping may hold, and where a missing one is added. */
  private record YearColumns(List<Integer> years, String owner, String key) {
    static YearColumns ofCase(List<Integer> years) {
      return years == null ? null : new YearColumns(years, "the case's years", "years");
    }
  }

  private Amounts amounts(Node node, String path, List<Integer> years) {
    return amounts(node, path, YearColumns.ofCase(years));
  }

  /**
   * A key names a year only in plain digits, as written: "2019 " or "02019" would otherwise be
   * trimmed or parsed into the same year as a plain 2019 beside it, and one of the two figures
   * would be lost without a word. Plain digits spell each year one way only, so two keys for one
   * year are two equal keys, which the YAML tree already refuses. A key is range-checked before it
   * is narrowed to an int, so that no long wraps round into a year.
   */
  private Amounts amounts(Node node, String path, YearColumns columns) {
    positions.put(path, node.location());
    MapNode m =
        expectMap(node, path, "write the amounts by year, such as { 2019: -6000, 2020: -6000 }");
    if (m == null) {
      return null;
    }
    TreeMap<Integer, Long> out = new TreeMap<>();
    boolean ok = true;
    List<Entry> entries = new ArrayList<>(m.entries().values());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (i + 1 < entries.size() && decimalsOf(e, entries.get(i + 1))) {
        decimalComma(
            e.value().location(),
            ((ScalarNode) e.value()).text() + "," + entries.get(i + 1).key(),
            Whole.AMOUNT);
        ok = false;
        i++;
        continue;
      }
      Integer year = yearKey(e);
      if (year == null) {
        ok = false;
        continue;
      }
      if (columns != null && !columns.years().contains(year)) {
        error(
            e.keyLocation(),
            "year " + year + " is not among " + columns.owner() + " " + columns.years(),
            "add it to '" + columns.key() + "', or move the amount to the right year");
        ok = false;
        continue;
      }
      String yearPath = path + "." + year;
      Long v = integer(e.value(), yearPath, Whole.AMOUNT);
      positions.put(yearPath, e.value().location());
      if (v == null) {
        ok = false;
        continue;
      }
      out.put(year, v);
    }
    return ok ? new Amounts(out) : null;
  }

  /**
   * Whether {@code next} holds the decimals of {@code e}'s amount: in a mapping written on one
   * line, YAML reads {@code { 2028: 1500,5 }} as 1500 for 2028 and then a key 5 with no value, so
   * the decimal comma would otherwise be reported as a year 5.
   */
  private static boolean decimalsOf(Entry e, Entry next) {
    return e.value() instanceof ScalarNode v
        && v.style() == ScalarNode.Style.INTEGER
        && next.value() instanceof ScalarNode n
        && n.text().isEmpty()
        && next.key().matches("[0-9]+")
        && next.keyLocation().line() == v.location().line()
        && next.keyLocation().column() == v.location().column() + v.text().length() + 1;
  }

  /** The year an amount's key names, or null after saying why it names none. */
  private Integer yearKey(Entry e) {
    String key = e.key();
    if (!isPlainInteger(key)) {
      Matcher words = YEAR_IN_WORDS.matcher(key);
      String hint =
          isPlainInteger(key.strip())
              ? "write the year without spaces or tabs: " + key.strip()
              : words.matches()
                  ? "the key is text: key each amount by the year alone, in digits: "
                      + words.group(1)
                      + ": "
                      + shown(e.value())
                  : "key each amount by its year in plain digits, such as 2019: -6000";
      error(e.keyLocation(), "'" + key + "' is not a year", hint);
      return null;
    }
    // Longer keys may not even parse as a long; they are out of range all the same.
    long year = key.length() > 5 ? Long.MAX_VALUE : Long.parseLong(key);
    return inYearRange(key, year, e.keyLocation()) ? (int) year : null;
  }

  /** A value as a hint may repeat it: a number as written, anything else as "...". */
  private static String shown(Node value) {
    return value instanceof ScalarNode s && s.style() == ScalarNode.Style.INTEGER
        ? s.text()
        : "...";
  }

  private boolean inYearRange(String written, long year, Location at) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      error(
          at,
          "year " + written + " is out of range",
          "write a year between " + MIN_YEAR + " and " + MAX_YEAR);
      return false;
    }
    return true;
  }

  /**
   * The hint for years written as a range or a bare list ({@code years: 2024-2028}), with the
   * writer's own years as a YAML list; {@code otherwise} where they are not such years.
   */
  private static String yearsHint(Node node, String key, String otherwise) {
    if (!(node instanceof ScalarNode s) || s.style() == ScalarNode.Style.NULL) {
      return otherwise;
    }
    return YearList.parse(s.text())
        .map(
            years ->
                key.equals("investment_years")
                    ? "write the first and the last year as a list: investment_years: "
                        + YearList.yaml(List.of(years.get(0), years.get(years.size() - 1)))
                    : "write the years as a list: " + key + ": " + YearList.yaml(years))
        .orElse(otherwise);
  }

  private MapNode expectMap(Node node, String path, String hint) {
    if (node instanceof MapNode m) {
      return m;
    }
    error(
        node.location(),
        "'" + lastSegment(path) + "' must be a mapping, found " + node.kindName(),
        hint);
    return null;
  }

  private SeqNode expectSeq(Node node, String path, String hint) {
    if (node instanceof SeqNode s) {
      return s;
    }
    error(
        node.location(),
        "'" + lastSegment(path) + "' must be a list, found " + node.kindName(),
        hint);
    return null;
  }

  private Location at(String path) {
    Location l = positions.get(path);
    return l == null ? Location.ofFile(file) : l;
  }

  private void error(Location at, String message, String hint) {
    errors.add(new Diagnostic(at, message, hint));
  }

  /**
   * What {@code -?(0|[1-9][0-9]*)} matches, without a regex: every amount and year goes through
   * here, and 10,000 proposals are half a million calls.
   */
  static boolean isPlainInteger(String t) {
    int start = t.startsWith("-") ? 1 : 0;
    int n = t.length() - start;
    if (n == 0 || (n > 1 && t.charAt(start) == '0')) {
      return false;
    }
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The last part of a dotted path that is not a list index: {@code lines.permanent.0.text} gives
   * {@code text}. A path of indexes alone is given whole. Read for every text of every case, so it
   * walks the characters rather than splitting on a pattern; the result is the same.
   */
  static String lastSegment(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '.') {
      end--;
    }
    if (end == 0) {
      return path;
    }
    int start = path.lastIndexOf('.', end - 1) + 1;
    while (isIndex(path, start, end)) {
      if (start == 0) {
        return path;
      }
      end = start - 1;
      start = path.lastIndexOf('.', end - 1) + 1;
    }
    return path.substring(start, end);
  }

  private static boolean isIndex(String path, int start, int end) {
    if (start == end) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Every key a case file may have, in any mapping. */
  static Set<String> everyKey() {
    Set<String> all = new TreeSet<>();
    for (Set<String> keys :
        List.of(
            PROPOSAL_KEYS,
            REALISED_KEYS,
            REALISED_LINE_KEYS,
            LINE_KEYS,
            STATED_KEYS,
            SUMMARY_ONLY_KEYS,
            SOURCE_KEYS,
            PORTFOLIO_KEYS,
            CENTRE_KEYS,
            ROW_KEYS,
            TOTALS_KEYS,
            TOTAL_KEYS)) {
      all.addAll(keys);
    }
    return all;
  }

  private static Set<String> keys(String... keys) {
    return new LinkedHashSet<>(Arrays.asList(keys));
  }
}
