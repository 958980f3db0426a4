package dk.payback.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years as people write them outside YAML's list syntax: a range {@code 2024-2028} or a list {@code
 * 2024, 2025, 2026}. A case file wants a YAML list; a hint can then show the writer's own years as
 * one, and {@code payback new --years} takes either spelling.
 */
public final class YearList {

  private static final Pattern RANGE = Pattern.compile("\\s*([0-9]{4})\\s*[-–]\\s*([0-9]{4})\\s*");
  private static final Pattern LIST = Pattern.compile("\\s*[0-9]{4}(\\s*,\\s*[0-9]{4})*\\s*");

  private YearList() {}

  /**
   * The years written, if they are consecutive, in order, within the years a case may have and no
   * more of them than a case may have.
   */
  public static Optional<List<Integer>> parse(String written) {
    List<Integer> years = new ArrayList<>();
    Matcher range = RANGE.matcher(written);
    if (range.matches()) {
      int first = Integer.parseInt(range.group(1));
      int last = Integer.parseInt(range.group(2));
      for (int y = first; y <= last && years.size() <= CaseReader.MAX_YEARS; y++) {
        years.add(y);
      }
    } else if (LIST.matcher(written).matches()) {
      for (String y : written.split(",")) {
        years.add(Integer.parseInt(y.strip()));
      }
    }
    return usable(years) ? Optional.of(List.copyOf(years)) : Optional.empty();
  }

  private static boolean usable(List<Integer> years) {
    if (years.isEmpty() || years.size() > CaseReader.MAX_YEARS) {
      return false;
    }
    for (int i = 0; i < years.size(); i++) {
      int y = years.get(i);
      if (y < CaseReader.MIN_YEAR
          || y > CaseReader.MAX_YEAR
          || i > 0 && y != years.get(i - 1) + 1) {
        return false;
      }
    }
    return true;
  }

  /** As a YAML list: {@code [2024, 2025, 2026]}. */
  public static String yaml(List<Integer> years) {
    return years.toString();
  }
}
