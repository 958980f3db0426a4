package dk.payback.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: model, load, calc, check, view, format, cli, with io and util below them all.
 * A package may use its own classes and those of the steps before it, never of a later step; io and
 * util know none of the steps. Read from the sources' imports and fully qualified names.
 */
class PackageFlowTest {

  /** Each package's step; a package may refer to packages of a lower or equal step. */
  private static final List<List<String>> STEPS =
      List.of(
          List.of("util"),
          List.of("io"),
          List.of("model"),
          List.of("load"),
          List.of("calc"),
          List.of("check"),
          List.of("view"),
          List.of("format"),
          List.of("cli"));

  private static final Pattern REFERENCE = Pattern.compile("\\bdk\\.payback\\.([a-z]+)\\.");

  @Test
  void noPackageRefersToALaterStep() throws IOException {
    List<String> backwards = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dk/payback"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String own = file.getParent().getFileName().toString();
        int ownStep = step(own);
        assertThat(ownStep)
            .as("%s is in a package of no step: %s", file, own)
            .isGreaterThanOrEqualTo(0);
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          int usedStep = step(used);
          if (usedStep < 0
              || usedStep > ownStep
              || (own.equals("io") && !used.equals("io") && !used.equals("util"))) {
            backwards.add(file + " uses " + used);
          }
        }
      }
    }
    assertThat(backwards).isEmpty();
  }

  private static int step(String pkg) {
    for (int i = 0; i < STEPS.size(); i++) {
      if (STEPS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }
}
