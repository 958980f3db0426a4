package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written test agrees with the regex it replaced, on the cases that matter. */
class PlainIntegerTest {

  private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)");

  @Test
  void agreesWithTheRegex() {
    String[] samples = {
      "0",
      "-0",
      "7",
      "-6000",
      "1585",
      "2019",
      "",
      "-",
      "--1",
      "010",
      "-010",
      "00",
      "1.585",
      "1,5",
      "+5",
      " 5",
      "5 ",
      "1e3",
      "0x1F",
      "1_000",
      "١٢",
      "9223372036854775808"
    };
    for (String s : samples) {
      assertThat(CaseReader.isPlainInteger(s)).as(s).isEqualTo(PLAIN.matcher(s).matches());
    }
  }
}
