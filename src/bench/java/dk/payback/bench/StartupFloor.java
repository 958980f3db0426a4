package dk.payback.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The floors of start-up: what a program on this stack pays before it has done any of the tool's
 * own work, so that the start-up target can be read against what is possible at all.
 *
 * <ul>
 *   <li>{@code version}: a picocli command of one option group (help and version) printing its
 *       version, as {@code payback --version} does;
 *   <li>{@code yaml DIR}: SnakeYAML's parser reading every {@code *.yaml} in DIR to its events, in
 *       turn on one thread, with nothing built from them;
 *   <li>{@code read DIR}: both, a picocli command whose one parameter is the folder it reads: the
 *       least a command line that reads the cases can cost.
 * </ul>
 *
 * <p>Usage: {@code StartupFloor version | yaml DIR | read DIR}
 */
public final class StartupFloor {

  private StartupFloor() {}

  @Command(name = "floor", mixinStandardHelpOptions = true, version = "floor 1")
  static final class Read implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1")
    Path dir;

    @Override
    public Integer call() {
      System.out.println(events(dir));
      return 0;
    }
  }

  public static void main(String[] args) {
    switch (args[0]) {
      case "version" -> System.exit(new CommandLine(new Read()).execute("--version"));
      case "yaml" -> System.out.println(events(Path.of(args[1])));
      case "read" -> System.exit(new CommandLine(new Read()).execute(args[1]));
      default -> throw new IllegalArgumentException("version, yaml DIR or read DIR");
    }
  }

  /** The number of YAML events in the folder's files, so that the parse cannot be left out. */
  static long events(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long n = 0;
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ParserImpl parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
      for (Event e = parser.getEvent(); !e.is(Event.ID.StreamEnd); e = parser.getEvent()) {
        n++;
      }
    }
    return n;
  }
}
