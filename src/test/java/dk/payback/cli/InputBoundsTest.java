package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pointed at a folder far above the cases, payback stops with a message instead of reading for minutes
 * into all the memory there is. 100,000 files take longer to create than a unit test may; {@code
 * src/bench/many-files.sh} runs that size against the built jar.
 */
class InputBoundsTest {

  @TempDir Path dir;

  /** The smallest complete proposal: about 150 bytes. */
  private static String tinyCase(int i) {
    return String.format("""
        kind: proposal
        id: P%05d
        type: investment
        title: Forslag %d
        years: [2018, 2019]
        permanent: [{text: Besparelse, amounts: {2019: -%d}}]
        implementation: [{text: Udgift, amounts: {2018: 1}}]
        """, i, i, i);
  }

  private void tinyCases(int count) throws IOException {
    for (int i = 1; i <= count; i++) {
      Files.writeString(dir.resolve(String.format("P%05d.yaml", i)), tinyCase(i));
    }
  }

  @Test
  void ten_thousand_case_files_load_and_add_up() throws IOException {
    tinyCases(10_000);
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    // Investment 1 each; savings 1 + 2 + ... + 10,000 in 2019.
    assertThat(r.out()).containsPattern("I ALT \\(investeringsforslag\\) +10\\.000 +-50\\.005\\.000");
  }

  @Test
  void more_than_ten_thousand_case_files_are_refused_before_reading_them() throws IOException {
    for (int i = 0; i <= 10_000; i++) {
      Files.createFile(dir.resolve(String.format("P%05d.yaml", i)));
    }
    // Empty files would each be an error: had any been read, there would be thousands of messages.
    assertOnlyError("more than 10000 case files; payback stopped looking (point at the folder of cases, such as cases/, not at a folder above it)");
  }

  @Test
  void case_files_of_more_than_32_mb_together_are_refused_before_reading_them() throws IOException {
    for (int i = 0; i < 33; i++) {
      try (RandomAccessFile f = new RandomAccessFile(dir.resolve("P" + i + ".yaml").toFile(), "rw")) {
        f.setLength(1 << 20); // sparse, and just within the size of one case file
      }
    }
    assertOnlyError("the case files come to more than 32 MB; payback stopped looking"
        + " (point at the folder of cases, such as cases/, not at a folder of other data)");
  }

  private void assertOnlyError(String message) {
    Cli.Result r = Cli.run("summary", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines().toList()).containsExactly(
        dir.toString().replace('\\', '/') + ":1:1: error: " + message, "1 error in 1 file; nothing was computed");
  }
}
