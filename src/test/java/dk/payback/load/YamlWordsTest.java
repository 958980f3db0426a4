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
 * Errors whose words and places the Jackson-based reader worked out itself, not SnakeYAML: each
 * expected text is what that reader gave for the input, so that reading the events directly changes
 * none of them.
 */
class YamlWordsTest {

  private static final String MEND =
      " (check the indentation and the ':' after each key near this place)";
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
            "F.yaml:1:3: invalid YAML: Expected a field name (Scalar value in YAML), got this"
                + " instead: <org.yaml.snakeyaml.events.AliasEvent(anchor=a)>"
                + MEND),
        Arguments.of(
            "a: {[2018]: 1}",
            "F.yaml:1:5: a key must be a name or a year, found a list" + KEY_HINT),
        Arguments.of(
            "a: {{b: 1}: 1}",
            "F.yaml:1:5: a key must be a name or a year, found a mapping" + KEY_HINT),
        Arguments.of(
            "a: !!int 0x",
            "F.yaml:1:12: invalid YAML: Invalid base-16 number (''), problem: For input string: \"\""
                + " under radix 16"
                + MEND),
        Arguments.of("a: !!int _", "F.yaml:1:11: invalid YAML: Invalid number ('_')" + MEND),
        Arguments.of(
            "a: !!binary xyz!",
            "F.yaml:1:17: invalid YAML: Illegal character '!' (code 0x21) in base64 content"
                + MEND),
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
        // A second document's first value was typed before it was seen to be a second document.
        Arguments.of(
            "a: 1\n--- !!binary xyz!",
            "F.yaml:2:18: invalid YAML: Illegal character '!' (code 0x21) in base64 content"
                + MEND),
        // Jackson had no token for '!!int +': the end of the file, or of a list.
        Arguments.of(
            "!!int +",
            "F.yaml:1:1: file holds no YAML value (only comments?) (write a proposal (kind:"
                + " proposal) or delete the file)"),
        Arguments.of("a: 1\n--- !!int +", ""),
        Arguments.of("a: [!!int +]", "F.yaml:1:1: cannot read YAML: list not closed (null)"),
        // Jackson handed over the anchor of a mapping or a list, never that of a scalar.
        Arguments.of("a: &x 1", ""),
        Arguments.of("&a x: 1", ""));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void wordsAndPlacesAreThoseOfTheJacksonBasedReader(String yaml, String expected) {
    assertThat(read(yaml)).isEqualTo(expected);
  }
}
