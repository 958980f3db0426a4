package dk.payback.check;

import dk.payback.model.Location;
import dk.payback.model.Proposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each case's id is unique and equals its file name, so that "HA02" means one file and one
 * proposal.
 */
final class IdChecks {

  private IdChecks() {}

  static List<CheckResult> of(List<Proposal> proposals) {
    Map<String, List<Proposal>> byId = new LinkedHashMap<>();
    // Without regard to case, as show looks IDs up: "ha02" and "HA02" would be one proposal to a
    // reader.
    proposals.forEach(p -> byId.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p));
    List<CheckResult> out = new ArrayList<>();
    for (Proposal p : proposals) {
      out.add(fileName(p));
      List<String> others =
          byId.get(key(p)).stream()
              .filter(o -> o != p)
              .map(o -> o.origin().locate("id").toString())
              .toList();
      out.add(
          structural(
              CheckKind.UNIQUE_ID,
              others.isEmpty() ? Status.PASS : Status.FINDING,
              p,
              new CheckResult.Detail(0, null, others, null, 0)));
    }
    return out;
  }

  private static CheckResult fileName(Proposal p) {
    String file = p.origin().file();
    String name = file.substring(file.lastIndexOf('/') + 1);
    String stem = stem(name);
    return structural(
        CheckKind.ID_MATCHES_FILE_NAME,
        stem.equals(p.id()) ? Status.PASS : Status.FINDING,
        p,
        new CheckResult.Detail(0, name, List.of(), null, 0));
  }

  static String stem(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".yaml", ".yml")) {
      if (lower.endsWith(ext)) {
        return fileName.substring(0, fileName.length() - ext.length());
      }
    }
    return fileName;
  }

  private static String key(Proposal p) {
    return Proposal.idKey(p.id());
  }

  private static CheckResult structural(
      CheckKind kind, Status status, Proposal p, CheckResult.Detail detail) {
    Location at = p.origin().locate("id");
    return CheckResult.of(kind, status, at, p.id(), null, null, null, null, null, detail);
  }
}
