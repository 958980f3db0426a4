package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.load.OtherWords;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Which proposals a command shows: the overview's and the budget's filters. A filter that leaves
 * nothing out is no error, but it says so on standard error. The order and the subtotals, which
 * only the overview has, are {@link OrderOptions}.
 */
final class FilterOptions {

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

  /**
   * The proposals chosen, in the overview's order and without groups, the fund checked against the
   * cases' funds; a note on {@code err} for each filter that matches nothing.
   *
   * @throws PaybackException (usage) for a fund no case names
   */
  Selection selection(Analysis analysis, PrintWriter err) {
    List<Proposal> proposals = analysis.overview().proposals();
    String chosenFund = fund == null ? null : fund(proposals);
    Selection s = new Selection(only, risk, chosenFund, area, Selection.Sort.NUMBER, null);
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

  static final class RiskConverter implements ITypeConverter<Risk> {
    @Override
    public Risk convert(String value) {
      try {
        return OneOf.of(
            value,
            "a risk",
            Arrays.asList(Risk.values()),
            Risk::key,
            w -> OtherWords.meant("risk", w).orElse(null));
      } catch (TypeConversionException danish) {
        try {
          return OneOf.of(value, "a risk", Arrays.asList(Risk.values()), Risk::english);
        } catch (TypeConversionException english) {
          throw danish;
        }
      }
    }
  }

  static final class AreaConverter implements ITypeConverter<Area> {
    @Override
    public Area convert(String value) {
      return OneOf.of(
          value,
          "a styringsområde",
          Arrays.asList(Area.values()),
          Area::key,
          w -> OtherWords.meant("area", w).orElse(null));
    }
  }
}
