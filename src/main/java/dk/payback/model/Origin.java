package dk.payback.model;

import java.util.Map;

/**
 * Where each value of a case came from. Keys are dotted paths such as {@code stated.net_impact.2020};
 * a path without its own entry falls back to its nearest parent, then to the file itself.
 */
public record Origin(String file, Map<String, Location> positions) {

  public Origin {
    positions = Map.copyOf(positions);
  }

  public static Origin ofFile(String file) {
    return new Origin(file, Map.of());
  }

  public Location locate(String path) {
    String p = path;
    while (true) {
      Location found = positions.get(p);
      if (found != null) {
        return found;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return Location.ofFile(file);
      }
      p = p.substring(0, dot);
    }
  }
}
