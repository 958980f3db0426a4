package dk.payback.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  static long filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void writesANewFileWhole() throws IOException {
    Path f = dir.resolve("report.json");
    AtomicFile.write(f, "{ \"æøå\": 1 }\n");
    assertThat(Files.readString(f)).isEqualTo("{ \"æøå\": 1 }\n");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void replacesAnOldFileAndKeepsItsPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path f = dir.resolve("report.xml");
    Files.writeString(f, "old and longer than the new content");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFile.write(f, "new");
    assertThat(Files.readString(f)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aNewFileIsReadableByOthersLikeAnyReport() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path f = dir.resolve("report.txt");
    AtomicFile.write(f, "x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
  }

  @Test
  void aFolderInTheWayIsAnErrorAndChangesNothing() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report.json"));
    assertThatThrownBy(() -> AtomicFile.write(folder, "x")).isInstanceOf(IOException.class).hasMessageContaining("is a folder");
    assertThat(folder).isDirectory();
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("nope").resolve("r.json"), "x"))
        .isInstanceOf(IOException.class).hasMessageContaining("no folder");
  }
}
