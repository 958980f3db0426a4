package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a run keeps per proposal stays small: 4,000 proposals are checked and tabulated in a JVM of
 * its own with a 28 MB heap. Checks that kept a title, a location and boxed numbers each, or an
 * overview laid out as one string, needed more (check ran out at 28 MB, summary at 20 MB); now
 * check fits in 16 MB and summary in 20, so the margin is wide enough not to flake. A guard against
 * memory that grows per proposal, which at 100,000 proposals is what decides whether -Xmx512m is
 * enough; no time is measured.
 */
class ManyProposalsMemoryTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"check", "summary"})
  void fourThousandProposalsFitIn28Megabytes(String command)
      throws IOException, InterruptedException {
    String real = Files.readString(Path.of("cases", "HA02.yaml"));
    for (int i = 1; i <= 4_000; i++) {
      String id = String.format("X%05d", i);
      Files.writeString(dir.resolve(id + ".yaml"), real.replace("id: HA02", "id: " + id));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx28m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    command,
                    dir.toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(err).isEmpty();
    assertThat(p.exitValue()).isEqualTo(0);
  }
}
