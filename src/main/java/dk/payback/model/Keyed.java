package dk.payback.model;

import java.util.Optional;

/** An enum constant spelled one way in case files. */
public interface Keyed {

  String key();

  static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
    // A loop, not a stream: every case names a type and an area, and the stream cost 2% of loading.
    for (E e : type.getEnumConstants()) {
      if (e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
