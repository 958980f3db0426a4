package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.load.Node.MapNode;
import dk.payback.load.Node.ScalarNode;
import dk.payback.load.Node.ScalarNode.Style;
import dk.payback.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a plain (unquoted) scalar is typed decides which message the case reader gives for it ("the
 * integer 010", "the boolean yes"), so the styles are pinned as the Jackson-based reader gave them;
 * the reader of SnakeYAML's events must type every one alike. An empty value is the empty text, not
 * null, as Jackson 2.22 gave it.
 */
class ScalarStyleTest {

  private static ScalarNode read(String value) {
    List<Diagnostic> errors = new ArrayList<>();
    Node root =
        YamlTree.parse("X.yaml", ("v: " + value + "\n").getBytes(StandardCharsets.UTF_8), errors)
            .orElseThrow(() -> new AssertionError(errors.toString()));
    assertThat(errors).isEmpty();
    return (ScalarNode) ((MapNode) root).entries().get("v").value();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2019 | INTEGER | 2019",
        "-6000 | INTEGER | -6000",
        "0x1F | INTEGER | 0x1F",
        "0b101 | INTEGER | 0b101",
        "1_000 | INTEGER | 1_000",
        "+5 | INTEGER | +5",
        "-0 | INTEGER | -0",
        "0 | INTEGER | 0",
        "010 | INTEGER | 010",
        "1:30 | STRING | 1:30",
        "09 | STRING | 09",
        "0_ | STRING | 0_",
        "0x_1F | INTEGER | 0x_1F",
        "1.5e3 | FLOAT | 1.5e3",
        "1.585 | FLOAT | 1.585",
        ".5 | FLOAT | .5",
        "1_000.5 | FLOAT | 1_000.5",
        ".inf | FLOAT | .inf",
        ".NaN | FLOAT | .NaN",
        "yes | BOOLEAN | yes",
        "No | BOOLEAN | No",
        "on | BOOLEAN | on",
        "OFF | BOOLEAN | OFF",
        "True | BOOLEAN | True",
        "false | BOOLEAN | false",
        "y | STRING | y",
        "tRUE | STRING | tRUE",
        "~ | NULL | \"\"",
        "null | NULL | \"\"",
        "NULL | NULL | \"\"",
        "\"\" | STRING | \"\"",
        "2019-01-01 | STRING | 2019-01-01",
        "<< | STRING | <<",
        "= | STRING | =",
        "'010' | STRING | 010",
        "'yes' | STRING | yes",
        "'~' | STRING | ~",
        "'' | STRING | \"\"",
        "x # note | STRING | x",
      })
  void aPlainScalarIsTypedAsBefore(String value, Style style, String text) {
    ScalarNode node = read(value);
    assertThat(node.style()).isEqualTo(style);
    assertThat(node.text()).isEqualTo(text);
  }
}
