package dk.payback.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.payback.render.Lang;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.report.Report;
import dk.payback.report.ReportRenderer;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void writesTheWholeContentAndLeavesNothingElse() throws IOException {
    Path target = dir.resolve("report.md");
    AtomicFile.write(target, out -> out.write("ny rapport\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(target)).isEqualTo("ny rapport\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void replacesAnOldReport() throws IOException {
    Path target = dir.resolve("report.md");
    Files.writeString(target, "gammel rapport\n");
    AtomicFile.write(target, out -> out.write("ny rapport\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(target)).isEqualTo("ny rapport\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aRendererThatThrowsLeavesTheOldReportUntouchedAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.html");
    Files.writeString(target, "gammel rapport\n");
    ReportRenderer failing = (report, lang) -> {
      throw new IllegalStateException("renderer failed half-way");
    };
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
          // Part of the new report is written before the renderer fails.
          out.write("<!DOCTYPE html>\n<html>".getBytes(StandardCharsets.UTF_8));
          out.write(failing.render(new Report(Scenario.BASE, Discounting.DEFAULT, List.of()), Lang.DA));
        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("renderer failed half-way");
    assertThat(Files.readString(target)).isEqualTo("gammel rapport\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aWriteErrorLeavesTheOldReportUntouchedAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.csv");
    Files.writeString(target, "gammel\n");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
          out.write("halv".getBytes(StandardCharsets.UTF_8));
          throw new IOException("No space left on device");
        }))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("gammel\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aMissingFolderIsAClearErrorAndCreatesNothing() {
    Path target = dir.resolve("no-such-folder").resolve("report.md");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1)))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(Files.exists(target.getParent())).isFalse();
  }

  @Test
  void aFolderIsNoTarget() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report.md"));
    assertThatThrownBy(() -> AtomicFile.write(folder, out -> out.write(1)))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("it is a folder, not a file");
    assertThat(files()).containsExactly(folder);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
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
    assertThat(files()).containsExactly(f);
  }

  @Test
  void aNewFileIsReadableByOthersLikeAnyReport() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path f = dir.resolve("report.txt");
    AtomicFile.write(f, "x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
  }
}
