package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man pages say what the commands take. The build writes their AsciiDoc with {@link ManPages}
 * and has Asciidoctor turn it into roff at {@code package}; this test writes the same AsciiDoc
 * in-process and holds it against the command tree, and reads the roff pages with groff when a
 * package has made them from the same AsciiDoc and groff is here.
 */
class ManPageTest {

  private static final Path ROFF = Path.of("target", "man");

  @TempDir Path dir;

  @Test
  void onePagePerCommandNamingEveryCommandOptionAndParameter() throws IOException {
    assertThat(ManPages.write(dir.toFile())).isZero();
    List<CommandSpec> commands = commands(ManPages.tree());
    // The root and its eleven commands (CommandTreeTest names them): the whole tree, not the root
    // alone that a class name given to ManPageGenerator would make.
    assertThat(commands).hasSize(12);

    Set<String> expected = new TreeSet<>();
    commands.forEach(c -> expected.add(page(c) + ".adoc"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    for (CommandSpec command : commands) {
      String adoc = Files.readString(dir.resolve(page(command) + ".adoc"), StandardCharsets.UTF_8);
      assertThat(adoc).as(page(command)).contains("= " + page(command) + "(1)");
      for (String word : words(command)) {
        // AsciiDoc sets an option's name in bold: *--tolerance*=_N_.
        assertThat(adoc).as(page(command) + " names " + word).contains("*" + word + "*");
      }
      for (PositionalParamSpec p : command.positionalParameters()) {
        assertThat(adoc).as(page(command)).contains(p.paramLabel());
      }
    }
  }

  @Test
  void theRoffPagesRenderWithoutWarningsAndNameEveryOption()
      throws IOException, InterruptedException {
    assumeTrue(
        Files.isRegularFile(ROFF.resolve("payback.1")),
        "no target/man/payback.1: the man pages are made by mvn package");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "no groff here");
    // mvn package runs the tests before it makes the pages: pages from an earlier build, from
    // other annotations, are not these.
    assertThat(ManPages.write(dir.toFile())).isZero();
    for (CommandSpec command : commands(ManPages.tree())) {
      Path built = ROFF.resolveSibling("man-adoc").resolve(page(command) + ".adoc");
      assumeTrue(
          Files.isRegularFile(built)
              && Files.readString(built, StandardCharsets.UTF_8)
                  .equals(
                      Files.readString(
                          dir.resolve(page(command) + ".adoc"), StandardCharsets.UTF_8)),
          "target/man is from an earlier build: mvn package makes it anew");
    }
    for (CommandSpec command : commands(ManPages.tree())) {
      Path roff = ROFF.resolve(page(command) + ".1");
      assertThat(roff).isRegularFile();
      Process p =
          new ProcessBuilder("/usr/bin/groff", "-man", "-Tutf8", "-ww", "-P-cbou", roff.toString())
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String warnings = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(warnings).isZero();
      assertThat(warnings).as(roff.toString()).isEmpty();
      for (String word : words(command)) {
        assertThat(text).as(roff + " names " + word).contains(word);
      }
    }
  }

  @Test
  void theRootHelpSaysWhereTheManPageIs() {
    Cli.Result r = Cli.run("help");
    assertThat(r.out()).contains("man -l target/man/payback.1");
  }

  /** The option names and, on the root's page, the subcommands' names. */
  private static List<String> words(CommandSpec command) {
    List<String> words = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.hidden()) {
        words.addAll(List.of(option.names()));
      }
    }
    command.subcommands().values().forEach(sub -> words.add(sub.getCommandName()));
    return words;
  }

  private static String page(CommandSpec command) {
    return command.qualifiedName("-");
  }

  private static List<CommandSpec> commands(CommandSpec root) {
    List<CommandSpec> all = new ArrayList<>(List.of(root));
    for (CommandLine sub : root.subcommands().values()) {
      all.addAll(commands(sub.getCommandSpec()));
    }
    return all;
  }
}
