package dk.payback.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder, which
 * is then renamed over the target in one atomic step. A reader (or a CI server collecting a report)
 * never sees half a file, and a failed write leaves the previous file as it was.
 */
public final class AtomicFile {

  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFile() {}

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IOException if the folder does not exist or is not writable, the target is a folder, or
   *     the file system cannot rename atomically; the target is then unchanged
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new IOException(target + " is a folder");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("no folder " + (dir == null ? target : dir));
    }
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        // On disk before the rename, so that a crash cannot leave a renamed but empty file.
        ch.force(true);
      }
      keepPermissions(tmp, absolute);
      Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * A temporary file is private to its owner; the report should have the permissions the file it
   * replaces had, or those of an ordinary new file.
   */
  private static void keepPermissions(Path tmp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
    view.setPermissions(perms);
  }
}
