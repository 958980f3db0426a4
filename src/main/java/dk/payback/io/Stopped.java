package dk.payback.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files being written right now, deleted by a shutdown hook if the run is stopped
 * (Ctrl-C is SIGINT, kill is SIGTERM): the JVM runs its hooks then, and the user is left no
 * ".name.….tmp" beside the report. Deleting one that is just being renamed is safe: the rename then
 * fails, and the target is the old file; or it has happened, and there is nothing left to delete.
 */
final class Stopped {

  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(Stopped::deleteAll, "payback: delete temporary files"));
  }

  private Stopped() {}

  /** Until {@link #forget}, {@code temp} is deleted if the run is stopped. */
  static void deleteIfStopped(Path temp) {
    WRITING.add(temp);
  }

  static void forget(Path temp) {
    WRITING.remove(temp);
  }

  private static void deleteAll() {
    for (Path temp : WRITING) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException e) {
        // The JVM is on its way out and no one is left to tell; the next write to the target
        // deletes it.
      }
    }
  }
}
