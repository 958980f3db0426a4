package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code payback completion}: a script bash can parse, that knows every command. */
class CompletionCommandTest {

  @TempDir Path dir;

  @Test
  void printsAScriptThatBashParses() throws IOException, InterruptedException {
    Cli.Result r = Cli.run("completion");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("complete -F _complete_payback")
        .contains("new")
        .contains("--years");
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "no bash here");
    Path script =
        Files.writeString(dir.resolve("payback-completion.bash"), r.out(), StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(bash.toString(), "-n", script.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(said).isZero();
  }

  @Test
  void offersTheValuesEachOptionTakes() {
    String script = Cli.run("completion").out();
    // The names the options accept, per command, never picocli's enum constants.
    assertThat(script)
        .contains("(\"rfc4180\" \"excel-da\") # --csv-dialect values")
        .contains("(\"da\" \"en\") # --lang values")
        .contains("(\"text\" \"json\" \"github\" \"junit\") # --format values")
        .contains("(\"md\" \"csv\" \"json\" \"html\" \"xlsx\") # --format values")
        .doesNotContain("EXCEL_DA", "RFC4180", "\"GITHUB\"", "\"DA\"");
  }
}
