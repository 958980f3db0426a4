package dk.payback.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * What each way of parsing YAML costs once the JVM is warm, on one thread, for texts already in
 * memory: Jackson's {@code readTree} (the floor), Jackson's streaming parser (what the loader
 * uses), and SnakeYAML's event parser, which both of Jackson's sit on. Prints the time of each
 * pass.
 *
 * <p>Usage: {@code ParserCost tree|stream|events FOLDER [PASSES]}
 */
public final class ParserCost {

  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private ParserCost() {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(args[1]))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      long items = 0;
      for (String t : texts) {
        items += parse(mode, t);
      }
      System.out.printf(
          "%s pass %d: %d ms (%d items)%n",
          mode, pass, (System.nanoTime() - start) / 1_000_000, items);
    }
  }

  private static long parse(String mode, String text) throws IOException {
    switch (mode) {
      case "tree":
        return MAPPER.readTree(text).size();
      case "stream":
        long tokens = 0;
        try (JsonParser p = FACTORY.createParser(text)) {
          while (p.nextToken() != null) {
            p.currentTokenLocation(); // the loader asks every token where it stands
            tokens++;
          }
        }
        return tokens;
      case "events":
        ParserImpl parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
        long events = 0;
        while (true) {
          Event e = parser.getEvent();
          e.getStartMark();
          events++;
          if (e instanceof StreamEndEvent) {
            return events;
          }
        }
      default:
        throw new IllegalArgumentException("mode is tree, stream or events, not " + mode);
    }
  }
}
