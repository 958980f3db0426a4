package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Diagnostic;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pointed at a folder far above the cases, payback stops with a message instead of reading for
 * minutes into all the memory there is. Small bounds here, so that the test needs few files; the
 * defaults are the same code with larger numbers.
 */
class InputBoundsTest {

  @TempDir Path dir;

  @Test
  void theDefaultsTakeANationalComparison() {
    assertThat(InputBounds.DEFAULT.maxFiles()).isGreaterThanOrEqualTo(100_000);
    assertThat(InputBounds.DEFAULT.maxTotalBytes()).isGreaterThanOrEqualTo(100_000L * 3_000);
  }

  @Test
  void moreFilesThanTheBoundAreRefusedBeforeReadingThem() throws IOException {
    for (int i = 0; i <= 100; i++) {
      Files.createFile(dir.resolve(String.format("P%05d.yaml", i)));
    }
    LoadResult r = CaseLoader.load(List.of(dir), new InputBounds(100, 1L << 30));
    // Empty files would each be an error: had any been read, there would be a hundred messages.
    assertThat(r.errors())
        .extracting(Diagnostic::format)
        .containsExactly(
            CaseFiles.display(dir)
                + ": error: more than 100 case files; payback stopped looking"
                + " (point at the folder of cases, such as cases/, not at a folder above it)");
  }

  @Test
  void filesOfMoreBytesTogetherThanTheBoundAreRefusedBeforeReadingThem() throws IOException {
    for (int i = 0; i < 3; i++) {
      try (RandomAccessFile f =
          new RandomAccessFile(dir.resolve("P" + i + ".yaml").toFile(), "rw")) {
        f.setLength(1 << 20); // sparse, and just within the size of one case file
      }
    }
    LoadResult r = CaseLoader.load(List.of(dir), new InputBounds(1000, 2L << 20));
    assertThat(r.errors())
        .extracting(Diagnostic::format)
        .containsExactly(
            CaseFiles.display(dir)
                + ": error: the case files come to more than 2 MB; payback stopped looking"
                + " (point at the folder of cases, such as cases/, not at a folder of other data)");
  }
}
