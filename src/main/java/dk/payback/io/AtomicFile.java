package dk.payback.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target, which is
 * flushed to disk and then renamed over the target in one step. A reader (or a CI server collecting a
 * report) never sees half a file; if anything fails on the way, the temporary file is deleted and the
 * target is as it was. Two writers at once each rename a whole file of their own, so the last one wins
 * whole.
 *
 * <p>A target that is a link is followed: the file it points to is replaced, the link stays. A target
 * that is a device or a pipe ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is
 * written into, not replaced: there is no old file to keep, and renaming over it would swap a device
 * for a plain file.
 */
public final class AtomicFile {

  /** Writes the content; may throw, and then nothing is written. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFile() {}

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /**
   * @throws IOException with a message fit for a user (the folder is missing, the target is a folder,
   *     permission denied ...); the target is then untouched
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isSymbolicLink(absolute) && Files.isRegularFile(absolute)) {
      // Followed, as the shell's ">" does: the file it points to gets the report and the link stays.
      // Renaming over the link instead would, for root, turn /dev/stdout into a plain file in /dev.
      // A link to a device or pipe is written into, below.
      absolute = absolute.toRealPath();
    }
    // Before the folder above: "/" has none, and is a folder itself.
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "it is a folder, not a file; give a file name");
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new NoSuchFileException(String.valueOf(folder), null, "no such folder");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      writeInto(absolute, content);
      return;
    }
    Path temp = folder.resolve("." + absolute.getFileName() + "." + randomSuffix() + ".tmp");
    try {
      try (FileChannel channel = createNew(temp, folder);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
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
    }
  }

  /** CREATE_NEW: never write through a file or link that someone else put at the temporary name. */
  private static FileChannel createNew(Path temp, Path folder) throws IOException {
    try {
      return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      // The folder is there (checked above), yet takes no new file: /proc, for one, says "no such file".
      throw new FileSystemException(temp.toString(), null, "the folder " + folder + " does not take new files; choose a folder you can write to");
    }
  }

  private static void writeInto(Path device, Content content) throws IOException {
    try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
      content.writeTo(out);
    }
  }

  /** The report keeps the permissions of the file it replaces, or gets those of an ordinary new file. */
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
      throw new IOException("the file system of " + target.getParent() + " cannot replace a file in one step", e);
    }
  }

  private static String randomSuffix() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
