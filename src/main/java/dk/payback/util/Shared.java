package dk.payback.util;

import java.util.concurrent.ConcurrentMap;

/**
 * One copy of a value that many loaded proposals repeat (a path, a text, a list of years), kept in
 * a map that threads reading files at once share.
 */
public final class Shared {

  private Shared() {}

  /**
   * The value kept under {@code key}, or {@code value}, now kept, where none is. A plain get first:
   * almost every value is there already, and a hit takes no lock.
   */
  public static <K, V> V of(ConcurrentMap<K, V> kept, K key, V value) {
    V found = kept.get(key);
    if (found == null) {
      found = kept.putIfAbsent(key, value);
    }
    return found == null ? value : found;
  }
}
