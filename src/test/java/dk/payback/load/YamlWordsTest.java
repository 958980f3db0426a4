package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors whose words and places the loader works out itself, not SnakeYAML: keys that are no names,
 * tags, anchors and aliases, and documents past the first. Most are the words the Jackson-based
 * reader gave; where that reader showed its own internals (a Java exception's text, SnakeYAML's
 * event class) or missed an error (a scalar's anchor, a second document whose value it could not
 * type), the words are the loader's own.
 */
class YamlWordsTest {

  private static final String KEY_HINT =
      " (write keys as plain names such as title, or years such as 2019)";

  private static String read(String yaml) {
    List<Diagnostic> errors = new ArrayList<>();
    YamlTree.parse("F.yaml", yaml.getBytes(StandardCharsets.UTF_8), errors);
    return String.join(
        " / ",
        errors.stream()
            .map(d -> d.location() + ": " + d.message() + " (" + d.hint() + ")")
            .toList());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "*a : 1",
            "F.yaml:1:1: a key must be a name or a year, found the YAML alias '*a' (write the key"
                + " out in full; aliases hide what a file says)"),
        Arguments.of(
            "a: {[2018]: 1}",
            "F.yaml:1:5: a key must be a name or a year, found a list" + KEY_HINT),
        Arguments.of(
            "a: {{b: 1}: 1}",
            "F.yaml:1:5: a key must be a name or a year, found a mapping" + KEY_HINT),
        // A tagged value is refused for its tag, whatever it holds.
        Arguments.of(
            "a: !!int 0x",
            "F.yaml:1:4: YAML tag '!!int' is not allowed (remove '!!int' and write the value"
                + " plainly: amounts as whole numbers, texts as text)"),
        Arguments.of(
            "a: !!int _",
            "F.yaml:1:4: YAML tag '!!int' is not allowed (remove '!!int' and write the value"
                + " plainly: amounts as whole numbers, texts as text)"),
        Arguments.of(
            "a: !!binary xyz!",
            "F.yaml:1:4: YAML tag '!!binary' is not allowed (remove '!!binary' and write the value"
                + " plainly: amounts as whole numbers, texts as text)"),
        Arguments.of(
            "a: ! x",
            "F.yaml:1:4: YAML tag '!' is not allowed (remove '!' and write the value plainly: amounts"
                + " as whole numbers, texts as text)"),
        Arguments.of(
            "a: !<tag:x> 1",
            "F.yaml:1:4: YAML tag '!<tag:x>' is not allowed (remove '!<tag:x>' and write the value"
                + " plainly: amounts as whole numbers, texts as text)"),
        Arguments.of(
            "!!null",
            "F.yaml:1:1: YAML tag '!!null' is not allowed (remove '!!null' and write the value"
                + " plainly: amounts as whole numbers, texts as text) / F.yaml:1:1: file holds no"
                + " YAML value, only a document marker (write a proposal (kind: proposal) or delete"
                + " the file)"),
        Arguments.of(
            "a: 1\n---\n",
            "F.yaml:3:1: file holds more than one YAML document (put each proposal in a file of its"
                + " own and remove the '---' separator)"),
        Arguments.of(
            "a: 1\n--- !!binary xyz!",
            "F.yaml:2:5: file holds more than one YAML document (put each proposal in a file of its"
                + " own and remove the '---' separator)"),
        Arguments.of(
            "!!int +",
            "F.yaml:1:1: YAML tag '!!int' is not allowed (remove '!!int' and write the value"
                + " plainly: amounts as whole numbers, texts as text)"),
        Arguments.of(
            "a: 1\n--- !!int +",
            "F.yaml:2:5: file holds more than one YAML document (put each proposal in a file of its"
                + " own and remove the '---' separator)"),
        Arguments.of(
            "a: [!!int +]",
            "F.yaml:1:5: YAML tag '!!int' is not allowed (remove '!!int' and write the value"
                + " plainly: amounts as whole numbers, texts as text)"),
        Arguments.of("a: &x 1", "F.yaml:1:4: YAML anchor '&x' is not allowed (remove '&x')"),
        Arguments.of("&a x: 1", "F.yaml:1:1: YAML anchor '&a' is not allowed (remove '&a')"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void errorsSayWhatIsWrongAndWhere(String yaml, String expected) {
    assertThat(read(yaml)).isEqualTo(expected);
  }
}
