package dk.payback.model;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant spelled one way in case files. */
public interface Keyed {

  String key();

  static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key)).findFirst();
  }
}
