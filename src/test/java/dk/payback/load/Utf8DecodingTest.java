package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding takes a fast path for good UTF-8; bad bytes must still be found, and U+FFFD kept. */
class Utf8DecodingTest {

  private static final String CASE =
      """
      kind: proposal
      id: XX01
      type: investment
      title: %s
      years: [2018, 2019]
      permanent:
        - text: Besparelse
          amounts: { 2019: -6000 }
      """;

  private static List<Diagnostic> parse(byte[] bytes) {
    List<Diagnostic> errors = new ArrayList<>();
    YamlTree.parse("XX01.yaml", bytes, errors);
    return errors;
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsTextLikeAnyOther() {
    assertThat(
            parse(CASE.formatted("Ukendt tegn \uFFFD i kilden").getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void anEncodedSurrogateIsNotUtf8() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(CASE.formatted("Et forslag ").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    List<Diagnostic> errors = parse(b.toByteArray());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).isEqualTo("byte 0xED is not UTF-8");
    assertThat(errors.get(0).location().line()).isEqualTo(9);
  }

  @Test
  void anOverlongEncodingIsNotUtf8() {
    byte[] good = CASE.formatted("Et forslag").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC0; // '/' written in two bytes
    bad[good.length + 1] = (byte) 0xAF;
    List<Diagnostic> errors = parse(bad);
    assertThat(errors).extracting(Diagnostic::message).containsExactly("byte 0xC0 is not UTF-8");
  }
}
