package dk.payback.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs payback in a JVM of its own with a heap of a given size, on many copies of a real case. */
final class OwnJvm {

  /** What the run left: its exit code and standard error. */
  record Run(int exitCode, String err) {}

  private OwnJvm() {}

  /** Writes {@code n} copies of cases/HA02.yaml into {@code dir}, each with its own ID. */
  static void copiesOfHa02(Path dir, int n) throws IOException {
    String real = Files.readString(Path.of("cases", "HA02.yaml"));
    for (int i = 1; i <= n; i++) {
      String id = String.format("X%05d", i);
      Files.writeString(dir.resolve(id + ".yaml"), real.replace("id: HA02", "id: " + id));
    }
  }

  /** Runs the serial collector, so that the heap a run needs is the same from run to run. */
  static Run run(String heap, String... arguments) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java.toString(),
            "-Xmx" + heap,
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName()));
    command.addAll(List.of(arguments));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("payback " + String.join(" ", arguments) + " took over 2 minutes");
    }
    return new Run(p.exitValue(), err);
  }
}
