package dk.payback.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Diagnostic;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read failures a real disk can give but a test running as root cannot provoke (root reads a file
 * without read permission all the same): the reader is replaced by one that fails as the disk
 * would.
 */
class ReadFaultTest {

  @TempDir Path dir;

  private static final String CASE =
      """
      kind: proposal
      id: %s
      type: investment
      title: Et forslag
      years: [2018, 2019]
      permanent: [{text: Besparelse, amounts: {2019: -10}}]
      implementation: [{text: Udgift, amounts: {2018: 5}}]
      """;

  @Test
  void aFileWithoutReadPermissionIsNamedAndTheOthersStillLoad() throws IOException {
    Files.writeString(dir.resolve("A.yaml"), CASE.formatted("A"));
    Path locked = Files.writeString(dir.resolve("B.yaml"), CASE.formatted("B"));
    Files.writeString(dir.resolve("C.yaml"), CASE.formatted("C"));
    LoadResult r =
        CaseLoader.load(
            List.of(dir),
            (file, limit) -> {
              if (file.equals(locked)) {
                throw new AccessDeniedException(file.toString());
              }
              return Files.readAllBytes(file);
            });
    assertThat(r.errors())
        .extracting(Diagnostic::format)
        .containsExactly(
            CaseFiles.display(locked)
                + ": error: cannot read file: permission denied (check that it exists and is readable)");
    assertThat(r.cases().proposals()).extracting(p -> p.id()).containsExactly("A", "C");
  }

  @Test
  void aFileThatDisappearsBetweenListingAndReading() throws IOException {
    Path file = Files.writeString(dir.resolve("A.yaml"), CASE.formatted("A"));
    LoadResult r =
        CaseLoader.load(
            List.of(file),
            (f, limit) -> {
              throw new java.nio.file.NoSuchFileException(f.toString());
            });
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly("cannot read file: no such file");
  }

  @Test
  void aFileOf50MbIsRefusedWithoutReadingAByteOfIt() throws IOException {
    Path big = dir.resolve("A.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L << 20);
    }
    List<Path> read = new ArrayList<>();
    LoadResult r =
        CaseLoader.load(
            List.of(dir),
            (file, limit) -> {
              read.add(file);
              return Files.readAllBytes(file);
            });
    assertThat(read).isEmpty();
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly("file is 52428800 bytes, more than the 1048576 a case file may have");
  }

  @Test
  void aFileThatGrowsAfterItsSizeWasTakenIsReadNoFurtherThanTheLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("A.yaml"), CASE.formatted("A"));
    int[] asked = {0};
    LoadResult r =
        CaseLoader.load(
            List.of(file),
            (f, limit) -> {
              asked[0] = limit;
              return new byte
                  [limit]; // as much as was asked for: the file is now larger than a case may be
            });
    assertThat(asked[0]).isEqualTo(YamlTree.MAX_BYTES + 1);
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly("file grew past the 1048576 bytes a case file may have while it was read");
  }
}
