package dk.payback.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule behind every "did you mean": in a case file and on the command line alike. */
class SimilarTest {

  private static final List<String> TYPES = List.of("investment", "innovation");
  private static final List<String> FORMATS = List.of("text", "md", "csv", "json", "html", "xlsx");

  @Test
  void anotherWordForAValueIsMeantBeforeANearOne() {
    Map<String, String> danish = Map.of("investering", "investment");
    assertThat(Similar.meant("Investering ", TYPES, danish::get)).contains("investment");
    assertThat(Similar.meant("invesment", TYPES, w -> null)).contains("investment");
    assertThat(Similar.meant("inovation", TYPES, w -> null)).contains("innovation");
  }

  @Test
  void aNearValueMustBeginAsTheTypedOneDoes() {
    // 'pdf' is two edits from 'md', and 'ml' one from 'md': only the second is a slip.
    assertThat(Similar.meant("pdf", FORMATS, w -> null)).isEmpty();
    assertThat(Similar.meant("ml", FORMATS, w -> null)).contains("md");
    assertThat(Similar.meant("", FORMATS, w -> null)).isEmpty();
  }

  @Test
  void anotherWordForNoValueOfTheSetIsNotSuggested() {
    assertThat(Similar.meant("excel", FORMATS, w -> "excel-da")).isEmpty();
  }
}
