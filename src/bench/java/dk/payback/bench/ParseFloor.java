package dk.payback.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor for the benchmark: what Jackson alone costs to parse the same files into trees, with
 * one shared {@code ObjectMapper(YAMLFactory)} and a parallel stream over the files, as the loader
 * does. It finds the files the same way (recursively, {@code *.yaml}/{@code *.yml}, sorted) and
 * does nothing else, so the tool's time above this is the cost of its own checks, model and tables.
 *
 * <p>With {@code --one-thread} it parses the files in turn on the calling thread: the floor that
 * {@code check} is held to, so that reading on both cores has to pay for the tool's own work.
 *
 * <p>Usage: {@code ParseFloor [--one-thread] PATH...}
 */
public final class ParseFloor {

  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private ParseFloor() {}

  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    boolean oneThread = false;
    for (String a : args) {
      if (a.equals("--one-thread")) {
        oneThread = true;
        continue;
      }
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .forEach(files::add);
      }
    }
    // Counting the nodes keeps the trees from being optimised away and proves each was built whole.
    Stream<Path> each = oneThread ? files.stream() : files.parallelStream();
    long nodes = each.mapToLong(ParseFloor::parse).sum();
    System.out.println(files.size() + " files, " + nodes + " nodes");
  }

  private static long parse(Path file) {
    try {
      return count(MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(JsonNode n) {
    long c = 1;
    for (JsonNode child : n) {
      c += count(child);
    }
    return c;
  }
}
