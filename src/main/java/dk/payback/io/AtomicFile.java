package dk.payback.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target, which
 * is flushed to disk and then renamed over the target in one step. A reader (or a CI server
 * collecting a report) never sees half a file; if anything fails on the way, the temporary file is
 * deleted and the target is as it was. Two writers at once each rename a whole file of their own,
 * so the last one wins whole.
 *
 * <p>The content is made in memory before any file is: a run stopped while it renders leaves
 * nothing behind. The temporary file, {@code .NAME.<12 hex digits>.tmp} beside NAME, exists only
 * while the finished bytes are written; a run stopped by Ctrl-C or SIGTERM then deletes it on the
 * way out. One stopped by SIGKILL or a power cut cannot, so the next write to the same target
 * deletes such files once they are older than {@link #STALE}: a younger one may be another run's,
 * still being written.
 *
 * <p>A target that is a link is followed: the file it points to is replaced, the link stays. A
 * target that is a device or a pipe ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is
 * written into, not replaced: there is no old file to keep, and renaming over it would swap a
 * device for a plain file.
 */
public final class AtomicFile {

  /** Writes the content; may throw, and then nothing is written. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writing the finished bytes of a report takes well under a second; a minute leaves room for a
   * slow disk's flush without leaving a killed run's file about for long.
   */
  static final Duration STALE = Duration.ofMinutes(1);

  private static final String TEMP_SUFFIX = ".tmp";
  private static final int RANDOM_BYTES = 6;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFile() {}

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IOException with a message fit for a user (the folder is missing, the target is a
   *     folder, permission denied ...), or what the content threw; the target is then untouched
   */
  public static void write(Path target, Content content) throws IOException {
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    content.writeTo(rendered);
    write(target, rendered.toByteArray());
  }

  /** As {@link #write(Path, Content)}, for content already made. */
  public static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isSymbolicLink(absolute) && Files.isRegularFile(absolute)) {
      // Followed, as the shell's ">" does: the file it points to gets the report and the link
      // stays.
      // Renaming over the link instead would, for root, turn /dev/stdout into a plain file in /dev.
      // A link to a device or pipe is written into, below.
      absolute = absolute.toRealPath();
    }
    // Before the folder above: "/" has none, and is a folder itself.
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(
          target.toString(), null, "it is a folder, not a file; give a file name");
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new NoSuchFileException(String.valueOf(folder), null, "no such folder");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      writeInto(absolute, content);
      return;
    }
    String name = absolute.getFileName().toString();
    deleteStale(folder, name);
    Path temp = folder.resolve("." + name + "." + randomSuffix() + TEMP_SUFFIX);
    Stopped.deleteIfStopped(temp);
    try {
      try (FileChannel channel = createNew(temp, folder);
          OutputStream out = Channels.newOutputStream(channel)) {
        out.write(content);
        out.flush();
        // On disk before the rename, so that a crash cannot leave a renamed but empty file.
        channel.force(true);
      }
      keepPermissions(temp, absolute);
      move(temp, absolute);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      Stopped.forget(temp);
    }
  }

  /**
   * Deletes what a killed run left of its temporary files for this target: regular files named as
   * this class names them, older than {@link #STALE}. Nothing else, and never a link or a folder.
   * Housekeeping only: what cannot be listed or deleted is left, and the write goes on.
   */
  private static void deleteStale(Path folder, String target) {
    Pattern ours =
        Pattern.compile(
            Pattern.quote("." + target + ".")
                + "[0-9a-f]{"
                + 2 * RANDOM_BYTES
                + "}"
                + Pattern.quote(TEMP_SUFFIX));
    Instant before = Instant.now().minus(STALE);
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(folder, f -> ours.matcher(f.getFileName().toString()).matches())) {
      for (Path file : files) {
        BasicFileAttributes a =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Left for the next run; this one's own write is what matters, and it says if it fails.
    }
  }

  /** CREATE_NEW: never write through a file or link that someone else put at the temporary name. */
  private static FileChannel createNew(Path temp, Path folder) throws IOException {
    try {
      return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      // The folder is there (checked above), yet takes no new file: /proc, for one, says "no such
      // file".
      throw new FileSystemException(
          temp.toString(),
          null,
          "the folder " + folder + " does not take new files; choose a folder you can write to");
    }
  }

  private static void writeInto(Path device, byte[] content) throws IOException {
    try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
      out.write(content);
    }
  }

  /**
   * The report keeps the permissions of the file it replaces, or gets those of an ordinary new
   * file.
   */
  private static void keepPermissions(Path temp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the file system of " + target.getParent() + " cannot replace a file in one step", e);
    }
  }

  private static String randomSuffix() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
