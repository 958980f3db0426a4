package dk.payback.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      // Part of the new report is written before the renderer fails.
                      out.write("<!DOCTYPE html>\n<html>".getBytes(StandardCharsets.UTF_8));
                      throw new IllegalStateException("renderer failed half-way");
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
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      out.write("halv".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("gammel\n");
    assertThat(files()).containsExactly(target);
  }

  /**
   * The content is made before any file is: a run stopped while a long report renders (Ctrl-C, kill
   * -9) leaves no temporary file, as there is none yet.
   */
  @Test
  void noFileIsMadeWhileTheContentIsMade() throws IOException {
    Path target = Files.writeString(dir.resolve("report.xlsx"), "gammel rapport\n");
    AtomicFile.write(
        target,
        out -> {
          assertThat(files()).as("while rendering").containsExactly(target);
          out.write("ny rapport\n".getBytes(StandardCharsets.UTF_8));
        });
    assertThat(Files.readString(target)).isEqualTo("ny rapport\n");
    assertThat(files()).containsExactly(target);
  }

  /**
   * What a run killed while writing (SIGKILL, a power cut) left beside the target is deleted by the
   * next write to that target: only files named as AtomicFile names its temporary files for that
   * very target, and only once older than {@link AtomicFile#STALE}, since a younger one may be
   * another run's, being written right now.
   */
  @Test
  void theNextWriteDeletesWhatAKilledRunLeft() throws IOException {
    Path target = dir.resolve("report.xlsx");
    FileTime old =
        FileTime.from(Instant.now().minus(AtomicFile.STALE).minus(Duration.ofMinutes(1)));
    Path killed =
        aged(Files.writeString(dir.resolve(".report.xlsx.0123456789ab.tmp"), "halv"), old);
    Path beingWritten = Files.writeString(dir.resolve(".report.xlsx.ba9876543210.tmp"), "halv");
    List<Path> notOurs = new ArrayList<>();
    for (String name :
        List.of(
            ".other.xlsx.0123456789ab.tmp",
            ".report.xlsx.0123456789AB.tmp",
            ".report.xlsx.0123.tmp",
            "report.xlsx.0123456789ab.tmp",
            ".report.xlsx.0123456789ab.tmp.bak",
            ".report.xlsx.0123456789ab.tmpx")) {
      notOurs.add(aged(Files.writeString(dir.resolve(name), "not ours"), old));
    }
    notOurs.add(aged(Files.createDirectory(dir.resolve(".report.xlsx.cccccccccccc.tmp")), old));
    Path link = dir.resolve(".report.xlsx.dddddddddddd.tmp");
    Files.createSymbolicLink(link, notOurs.get(0));
    Files.setAttribute(link, "lastModifiedTime", old, LinkOption.NOFOLLOW_LINKS);
    notOurs.add(link);

    AtomicFile.write(target, "ny rapport\n");

    assertThat(Files.exists(killed)).as("left by a killed run").isFalse();
    assertThat(beingWritten).as("another run's, being written").exists();
    assertThat(files())
        .containsAll(notOurs)
        .contains(target, beingWritten)
        .hasSize(notOurs.size() + 2);
    assertThat(Files.readString(target)).isEqualTo("ny rapport\n");
  }

  private static Path aged(Path file, FileTime time) throws IOException {
    return Files.setLastModifiedTime(file, time);
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

  /** "/" has no folder above it, and once came out as "no such folder null". */
  @Test
  void theRootIsAFolderNotAMissingOne() {
    assertThatThrownBy(() -> AtomicFile.write(Path.of("/"), "x"))
        .isInstanceOf(FileSystemException.class)
        .isNotInstanceOf(NoSuchFileException.class)
        .hasMessage("/: it is a folder, not a file; give a file name");
  }

  /**
   * A disk of 64 KiB in memory, with an old report on it: a new report of 100 KiB does not fit. It
   * is written through {@link AtomicFile}'s own code, on the in-memory file system, as on a real
   * one.
   */
  @Test
  void aFullDiskLeavesTheOldReportUntouchedAndNoTemporaryFile() throws IOException {
    Configuration small =
        Configuration.unix().toBuilder().setBlockSize(4096).setMaxSize(64 * 1024).build();
    try (FileSystem fs = Jimfs.newFileSystem(small)) {
      Path folder = Files.createDirectory(fs.getPath("/rapporter"));
      Path target = folder.resolve("report.md");
      Files.writeString(target, "gammel rapport\n");
      byte[] report = "ny rapport\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> AtomicFile.write(target, report))
          .isInstanceOf(IOException.class)
          .hasMessage("out of disk space");
      assertThat(Files.readString(target)).isEqualTo("gammel rapport\n");
      assertThat(list(folder)).containsExactly(target);
      // The space is free again: a report that fits is written whole.
      AtomicFile.write(target, "ny rapport\n".repeat(1_000));
      assertThat(Files.readString(target)).isEqualTo("ny rapport\n".repeat(1_000));
      assertThat(list(folder)).containsExactly(target);
    }
  }

  /**
   * A folder that takes no new files, even from root: /proc says "no such file" for the temporary
   * file, which must not come out as "no such folder".
   */
  @Test
  void aFolderThatTakesNoNewFilesIsNamedAsSuch() {
    Path proc = Path.of("/proc");
    assumeTrue(Files.isDirectory(proc.resolve("self")), "Linux only");
    assertThatThrownBy(() -> AtomicFile.write(proc.resolve("report.md"), "x"))
        .isInstanceOf(FileSystemException.class)
        .isNotInstanceOf(NoSuchFileException.class)
        .hasMessageEndingWith(
            ": the folder /proc does not take new files; choose a folder you can write to");
  }

  /**
   * A device is written into, never replaced by a plain file (which, run as root, renaming would
   * do). The device is a copy of /dev/full made in the test's folder, so that a regression cannot
   * harm the real one: every write to it fails with "No space left on device", as on a full disk.
   */
  @Test
  void aDeviceIsWrittenIntoNotReplaced() throws Exception {
    Path full = DeviceFiles.full(dir.resolve("full"));
    assertThatThrownBy(() -> AtomicFile.write(full, "ny rapport\n"))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
    assertThat(Files.isRegularFile(full)).as("still a device").isFalse();
    assertThat(Files.exists(full)).isTrue();
    assertThat(files()).containsExactly(full);
    // Through a link, as /dev/stdout is one.
    Path link = Files.createSymbolicLink(dir.resolve("stdout"), full);
    assertThatThrownBy(() -> AtomicFile.write(link, "ny rapport\n"))
        .hasMessage("No space left on device");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(files()).containsExactly(full, link);
  }

  @Test
  void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
    Path pipe = DeviceFiles.pipe(dir.resolve("report.pipe"));
    CompletableFuture<byte[]> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readAllBytes(pipe);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    AtomicFile.write(pipe, "ny rapport\n");
    assertThat(new String(read.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8))
        .isEqualTo("ny rapport\n");
    assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
    assertThat(files()).containsExactly(pipe);
  }

  /** As the shell's ">" does; and /dev/stdout, a link, is not replaced by a plain file in /dev. */
  @Test
  void aLinkIsFollowedAndStaysALink() throws IOException {
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Path real = Files.writeString(shared.resolve("report.md"), "gammel rapport\n");
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("report.md"), real);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
      return;
    }
    AtomicFile.write(link, "ny rapport\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("ny rapport\n");
    assertThat(list(shared)).containsExactly(real);
    assertThat(files()).containsExactly(link, shared);
  }

  private List<Path> files() throws IOException {
    return list(dir);
  }

  private static List<Path> list(Path dir) throws IOException {
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
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
        .isEqualTo("rw-rw----");
    assertThat(files()).containsExactly(f);
  }

  @Test
  void aNewFileIsReadableByOthersLikeAnyReport() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path f = dir.resolve("report.txt");
    AtomicFile.write(f, "x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
        .isEqualTo("rw-r--r--");
  }
}
