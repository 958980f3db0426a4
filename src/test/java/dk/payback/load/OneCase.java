package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A case written as XX01.yaml into a folder and loaded, as the loader's tests need it. */
final class OneCase {

  private OneCase() {}

  static LoadResult load(Path dir, String yaml) throws IOException {
    Path f = dir.resolve("XX01.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return CaseLoader.load(List.of(f));
  }

  /** The one error the case has; fails on none or more. */
  static Diagnostic only(Path dir, String yaml) throws IOException {
    LoadResult r = load(dir, yaml);
    assertThat(r.errors()).hasSize(1);
    return r.errors().get(0);
  }
}
