package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key a message names, found by walking the path, as splitting it on dots would find it. */
class LastSegmentTest {

  /** The way the key was found before: split on dots, the last part that is not all digits. */
  private static String bySplitting(String path) {
    String[] parts = path.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].matches("[0-9]+")) {
        return parts[i];
      }
    }
    return path;
  }

  @Test
  void everyPathOfNamesIndexesAndDotsUpToSevenCharacters() {
    List<String> paths = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 7; length++) {
      List<String> longer = new ArrayList<>();
      for (String p : paths) {
        if (p.length() == length - 1) {
          for (String c : List.of("a", "1", "0", ".", "x")) {
            longer.add(p + c);
          }
        }
      }
      paths.addAll(longer);
    }
    assertThat(paths).hasSize(97656);
    for (String p : paths) {
      assertThat(CaseReader.lastSegment(p)).as(p).isEqualTo(bySplitting(p));
    }
  }

  @Test
  void realPaths() {
    assertThat(CaseReader.lastSegment("lines.permanent.0.text")).isEqualTo("text");
    assertThat(CaseReader.lastSegment("stated.net_impact.2020")).isEqualTo("net_impact");
    assertThat(CaseReader.lastSegment("notes.3")).isEqualTo("notes");
    assertThat(CaseReader.lastSegment("title")).isEqualTo("title");
  }
}
