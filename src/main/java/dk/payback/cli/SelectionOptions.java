package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.model.Area;
import dk.payback.model.PaybackException;
import dk.payback.model.PortfolioRow;
import dk.payback.model.Proposal;
import dk.payback.model.Risk;
import dk.payback.view.Selection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Which proposals the overview shows, in what order, with what subtotals: shared by the commands
 * that print it. A filter that leaves nothing out is no error, but it says so on standard error.
 */
final class SelectionOptions {

  @Option(
      names = "--only",
      paramLabel = "GLOB",
      split = ",",
      converter = GlobConverter.class,
      description =
          "Only proposals whose ID matches, such as 'BU*' or HA02,SI0? (any case); repeatable.")
  List<String> only = new ArrayList<>();

  /** An empty pattern, from --only '' or a stray comma, would show nothing and say little. */
  static final class GlobConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException(
            "an empty pattern matches no ID: give an ID or a pattern such as 'BU*'");
      }
      return value.strip();
    }
  }

  @Option(
      names = "--risk",
      // Not "lav|middel|høj": a completion script names a variable after the label.
      paramLabel = "RISK",
      converter = RiskConverter.class,
      completionCandidates = RiskKeys.class,
      description = "Only proposals of this risk: lav, middel or høj (low, medium, high).")
  Risk risk;

  @Option(
      names = "--fund",
      paramLabel = "FUND",
      description = "Only proposals from this fund, such as Investeringspuljen.")
  String fund;

  @Option(
      names = "--area",
      paramLabel = "AREA",
      converter = AreaConverter.class,
      completionCandidates = AreaKeys.class,
      description =
          "Only proposals with a line in this styringsområde: service, anlæg or overførsler.")
  Area area;

  @Option(
      names = "--sort",
      paramLabel = "number|id|payback|npv|investment",
      converter = SortConverter.class,
      completionCandidates = SortKeys.class,
      description =
          "Order within each section: the overview's (default), by ID, shortest payback,"
              + " largest present value or largest investment first.")
  Selection.Sort sort = Selection.Sort.NUMBER;

  @Option(
      names = "--by",
      paramLabel = "centre|fund|risk|type",
      converter = GroupingConverter.class,
      completionCandidates = GroupingKeys.class,
      description =
          "A subtotal per centre (the letters of the ID), fund or risk within each section;"
              + " type: the sections themselves.")
  Selection.Grouping by;

  /**
   * The selection, its fund checked against the cases' funds; a note on {@code err} for each filter
   * that matches nothing.
   *
   * @throws PaybackException (usage) for a fund no case names
   */
  Selection selection(Analysis analysis, PrintWriter err) {
    List<Proposal> proposals = analysis.overview().proposals();
    String chosenFund = fund == null ? null : fund(proposals);
    Selection s = new Selection(only, risk, chosenFund, area, sort, by);
    List<String> ids =
        Stream.concat(
                proposals.stream().map(Proposal::id),
                analysis.overview().missing().stream().map(PortfolioRow::id))
            .toList();
    if (s.filters() && proposals.stream().noneMatch(s::shows)) {
      ErrorLine.print(err, "note: no proposal matches " + filters(s) + ": the table is empty");
    } else {
      for (String glob : s.unmatched(ids)) {
        ErrorLine.print(err, "note: --only '" + glob + "' matches no proposal");
      }
    }
    return s;
  }

  private String fund(List<Proposal> proposals) {
    TreeSet<String> funds =
        proposals.stream()
            .map(Proposal::fund)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new));
    return funds.stream()
        .filter(f -> f.equalsIgnoreCase(fund.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                PaybackException.usage(
                    "--fund '"
                        + fund
                        + "' is no fund of the cases: use "
                        + (funds.isEmpty()
                            ? "none (no case names a fund)"
                            : String.join(", ", funds))));
  }

  private static String filters(Selection s) {
    List<String> parts = new ArrayList<>();
    s.only().forEach(g -> parts.add("--only '" + g + "'"));
    if (s.risk() != null) {
      parts.add("--risk " + s.risk().key());
    }
    if (s.fund() != null) {
      parts.add("--fund '" + s.fund() + "'");
    }
    if (s.area() != null) {
      parts.add("--area " + s.area().key());
    }
    return String.join(" ", parts);
  }

  /** A value of a closed list, or a usage error listing them. */
  private static <T> T oneOf(String value, String what, List<T> values, Function<T, String> key) {
    return values.stream()
        .filter(v -> key.apply(v).equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not "
                        + what
                        + ": use "
                        + values.stream().map(key).collect(Collectors.joining(", "))));
  }

  /** The values a shell completes: the keys, not the enum constants' names. */
  static final class RiskKeys extends ArrayList<String> {
    RiskKeys() {
      super(Arrays.stream(Risk.values()).map(Risk::key).toList());
    }
  }

  static final class AreaKeys extends ArrayList<String> {
    AreaKeys() {
      super(Arrays.stream(Area.values()).map(Area::key).toList());
    }
  }

  static final class SortKeys extends ArrayList<String> {
    SortKeys() {
      super(Arrays.stream(Selection.Sort.values()).map(v -> v.key).toList());
    }
  }

  static final class GroupingKeys extends ArrayList<String> {
    GroupingKeys() {
      super(Arrays.stream(Selection.Grouping.values()).map(v -> v.key).toList());
    }
  }

  static final class RiskConverter implements ITypeConverter<Risk> {
    @Override
    public Risk convert(String value) {
      try {
        return oneOf(value, "a risk", Arrays.asList(Risk.values()), Risk::key);
      } catch (TypeConversionException danish) {
        try {
          return oneOf(value, "a risk", Arrays.asList(Risk.values()), Risk::english);
        } catch (TypeConversionException english) {
          throw danish;
        }
      }
    }
  }

  static final class AreaConverter implements ITypeConverter<Area> {
    @Override
    public Area convert(String value) {
      return oneOf(value, "a styringsområde", Arrays.asList(Area.values()), Area::key);
    }
  }

  static final class SortConverter implements ITypeConverter<Selection.Sort> {
    @Override
    public Selection.Sort convert(String value) {
      return oneOf(value, "an order", Arrays.asList(Selection.Sort.values()), s -> s.key);
    }
  }

  static final class GroupingConverter implements ITypeConverter<Selection.Grouping> {
    @Override
    public Selection.Grouping convert(String value) {
      return oneOf(value, "a grouping", Arrays.asList(Selection.Grouping.values()), g -> g.key);
    }
  }
}
