package dk.payback.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Finds the names closest to a mistyped one, for "did you mean" hints. */
public final class Similar {

  private Similar() {}

  /**
   * Up to {@code max} candidates at edit distance at most a third of the word (at least 2), nearest
   * first.
   */
  public static List<String> closest(String word, Collection<String> candidates, int max) {
    String w = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, w.length() / 3);
    List<String> hits = new ArrayList<>();
    for (String c : candidates) {
      if (distance(w, c.toLowerCase(Locale.ROOT)) <= limit) {
        hits.add(c);
      }
    }
    hits.sort(
        Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
    return hits.size() > max ? hits.subList(0, max) : hits;
  }

  /**
   * The value of a fixed set that {@code typed} was meant as: the one {@code otherName} gives for
   * it (another word for it, or null), else the nearest value that begins as the typed one does.
   * Values of a few letters are all near each other ('pdf' is two edits from 'md'), which the first
   * letter tells apart.
   */
  public static Optional<String> meant(
      String typed, Collection<String> values, Function<String, String> otherName) {
    String t = typed.strip().toLowerCase(Locale.ROOT);
    String other = otherName.apply(t);
    if (other != null && values.contains(other)) {
      return Optional.of(other);
    }
    return closest(t, values, 1).stream()
        .filter(v -> !t.isEmpty() && Character.toLowerCase(v.charAt(0)) == t.charAt(0))
        .findFirst();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
