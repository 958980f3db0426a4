package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same input, same bytes, wherever the report is written: a machine in Copenhagen, a CI server on
 * UTC and one far from both give the same file, the workbook (whose zip entries carry a time)
 * included.
 */
class TimeZoneTest {

  private static final TimeZone ORIGINAL = TimeZone.getDefault();

  @TempDir Path dir;

  @AfterEach
  void restoreTheTimeZone() {
    TimeZone.setDefault(ORIGINAL);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xlsx", "md", "csv", "json", "html"})
  void theReportIsTheSameInEveryTimeZone(String format) throws IOException {
    byte[] utc = report("UTC", format);
    for (String zone : List.of("Europe/Copenhagen", "Pacific/Kiritimati", "America/St_Johns")) {
      // The offset of the first difference, rather than two dumps of 30 kB.
      assertThat(Arrays.mismatch(report(zone, format), utc))
          .as("first byte that differs, %s against UTC", zone)
          .isEqualTo(-1);
    }
  }

  private byte[] report(String zone, String format) throws IOException {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    Path file = dir.resolve(zone.replace('/', '-') + "." + format);
    Cli.Result r = Cli.run("report", "-o", file.toString(), "cases");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    return Files.readAllBytes(file);
  }
}
