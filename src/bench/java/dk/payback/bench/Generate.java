package dk.payback.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N synthetic proposals for the benchmark: copies of the real proposals in turn, each under
 * a new ID that is also its file name ({@code HA02-000042.yaml} holds {@code id: HA02-000042}),
 * 1,000 to a folder. No portfolio file: the overview of a synthetic set is ordered by ID.
 *
 * <p>Usage: {@code Generate SOURCE_FOLDER TARGET_FOLDER N}
 */
public final class Generate {

  static final int FILES_PER_FOLDER = 1000;
  private static final Pattern ID_LINE = Pattern.compile("(?m)^id:[ \\t]*(\\S+)");

  private Generate() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: Generate SOURCE_FOLDER TARGET_FOLDER N");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    List<Template> templates = templates(source);
    if (templates.isEmpty()) {
      throw new IllegalStateException("no proposals in " + source);
    }
    int digits = Math.max(6, String.valueOf(n).length());
    for (int i = 0; i < n; i++) {
      Template t = templates.get(i % templates.size());
      String id = t.id() + "-" + String.format("%0" + digits + "d", i + 1);
      Path folder = target.resolve(String.format("d%03d", i / FILES_PER_FOLDER));
      if (i % FILES_PER_FOLDER == 0) {
        Files.createDirectories(folder);
      }
      Files.writeString(
          folder.resolve(id + ".yaml"), t.before() + id + t.after(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + n + " proposals to " + target);
  }

  /** A real proposal split around its ID, so that a copy is two appends. */
  private record Template(String id, String before, String after) {}

  private static List<Template> templates(Path source) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(source)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Template> out = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      if (!text.contains("kind: proposal")) {
        continue; // the overview: a synthetic set has none
      }
      Matcher m = ID_LINE.matcher(text);
      if (!m.find()) {
        throw new IllegalStateException(f + " has no 'id:' line");
      }
      out.add(new Template(m.group(1), text.substring(0, m.start(1)), text.substring(m.end(1))));
    }
    return out;
  }
}
