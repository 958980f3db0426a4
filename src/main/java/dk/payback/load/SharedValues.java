package dk.payback.load;

import dk.payback.util.Shared;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each text and each list of years read in one load, shared by every proposal that
 * repeats it: a fund, a source document, a line's text ("Projektledelse"), the years of table 1.1.
 * A set of 100,000 proposals is held in memory whole, and each proposal's own copies of what the
 * others also say were a third of it. Both cores read at once, hence the concurrent map.
 */
final class SharedValues {

  private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<List<Integer>, List<Integer>> years = new ConcurrentHashMap<>();

  String text(String text) {
    return Shared.of(texts, text, text);
  }

  /** The years as a list that cannot be changed, the same one for every equal list. */
  List<Integer> years(List<Integer> list) {
    List<Integer> copy = List.copyOf(list);
    return Shared.of(years, copy, copy);
  }
}
