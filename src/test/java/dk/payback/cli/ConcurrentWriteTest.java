package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs writing the same report at once (a script started twice, two CI jobs sharing a folder):
 * the file that remains is one of the two reports, whole, never a mix of both, and no temporary
 * file is left. The two write different reports (Danish and English headings, of different
 * lengths), each of some 130 kB of HTML, so that their writes overlap and a mix would show.
 */
class ConcurrentWriteTest {

  private static final int ROUNDS = 12;

  @TempDir Path dir;

  @Test
  void twoWritersLeaveOneWholeReport() throws Exception {
    byte[] danish = report("da", dir.resolve("da.html"));
    byte[] english = report("en", dir.resolve("en.html"));
    assertThat(danish).isNotEqualTo(english);
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Path target = shared.resolve("report.html");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Integer> da = pool.submit(writer(start, "da", target));
        Future<Integer> en = pool.submit(writer(start, "en", target));
        // The time limits only guard against a hang; they are not what is tested.
        assertThat(da.get(60, TimeUnit.SECONDS)).as("round %d, da", round).isZero();
        assertThat(en.get(60, TimeUnit.SECONDS)).as("round %d, en", round).isZero();
        byte[] left = Files.readAllBytes(target);
        assertThat(Arrays.equals(left, danish) || Arrays.equals(left, english))
            .as(
                "round %d: the report is one of the two, whole (%d bytes; da %d, en %d)",
                round, left.length, danish.length, english.length)
            .isTrue();
        try (Stream<Path> files = Files.list(shared)) {
          assertThat(files.toList())
              .as("round %d: no temporary file left", round)
              .isEqualTo(List.of(target));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Integer> writer(CyclicBarrier start, String lang, Path target) {
    return () -> {
      start.await(60, TimeUnit.SECONDS);
      return Cli.run("report", "--format", "html", "--lang", lang, "-o", target.toString(), "cases")
          .exitCode();
    };
  }

  private static byte[] report(String lang, Path file) throws Exception {
    Cli.Result r =
        Cli.run("report", "--format", "html", "--lang", lang, "-o", file.toString(), "cases");
    assertThat(r.exitCode()).isZero();
    return Files.readAllBytes(file);
  }
}
