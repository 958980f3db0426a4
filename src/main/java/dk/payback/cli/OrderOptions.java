package dk.payback.cli;

import dk.payback.view.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The order of the overview's rows and its subtotals: beside {@link FilterOptions} in the commands
 * that print the overview. The budget's rows are its areas, which have neither.
 */
final class OrderOptions {

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

  /** The proposals chosen, in the order and with the subtotals asked for. */
  Selection applyTo(Selection chosen) {
    return new Selection(chosen.only(), chosen.risk(), chosen.fund(), chosen.area(), sort, by);
  }

  /** The values a shell completes: the keys, not the enum constants' names. */
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

  static final class SortConverter implements ITypeConverter<Selection.Sort> {
    @Override
    public Selection.Sort convert(String value) {
      return OneOf.of(value, "an order", Arrays.asList(Selection.Sort.values()), s -> s.key);
    }
  }

  static final class GroupingConverter implements ITypeConverter<Selection.Grouping> {
    @Override
    public Selection.Grouping convert(String value) {
      return OneOf.of(value, "a grouping", Arrays.asList(Selection.Grouping.values()), g -> g.key);
    }
  }
}
