package dk.payback.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

  @Test
  void plainTextAndDanishLettersAreLeftAlone() {
    String s = "Udgifter til indretning af nyt lejemål, herunder it – 1.585";
    assertThat(OneLine.of(s)).isSameAs(s);
  }

  @Test
  void everyKindOfLineBreakIsShownAsAnEscape() {
    assertThat(OneLine.of("a\nb\rc\u0085d\u2028e\u2029f"))
        .isEqualTo("a\\nb\\rc\\u0085d\\u2028e\\u2029f");
  }

  @Test
  void tabsControlCharactersAndDirectionOverridesAreShownToo() {
    assertThat(OneLine.of("a\tb\u0000c\u001b[2Jd\u202ee"))
        .isEqualTo("a\\tb\\u0000c\\u001B[2Jd\\u202Ee");
  }

  /** BEL and DEL, the C1 range (U+009B is a terminal's one-byte CSI) and the isolates as well. */
  @Test
  void bellDeleteC1ControlsAndDirectionIsolatesToo() {
    assertThat(OneLine.of("\u0007\u007f\u0080\u009b\u009f\u00a0"))
        .isEqualTo("\\u0007\\u007F\\u0080\\u009B\\u009F\u00a0");
    assertThat(OneLine.of("\u202a\u202d\u2066\u2067\u2068\u2069"))
        .isEqualTo("\\u202A\\u202D\\u2066\\u2067\\u2068\\u2069");
  }

  @Test
  void c1ControlsDeleteAndEveryBidirectionalControlAreShownToo() {
    assertThat(OneLine.of("\u009b\u007f\u202a\u2066\u2069\u200e\u200f\u061c"))
        .isEqualTo("\\u009B\\u007F\\u202A\\u2066\\u2069\\u200E\\u200F\\u061C");
  }
}
