package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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
    OwnJvm.copiesOfHa02(dir, 4_000);
    OwnJvm.Run run = OwnJvm.run("28m", command, dir.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(0);
  }
}
