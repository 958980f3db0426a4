package dk.payback.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link StoppedTest} in a JVM of its own: a run in the middle of writing its temporary
 * file, marked as AtomicFile marks it, that says so on standard output and then waits to be
 * stopped.
 */
final class WritingUntilStopped {

  private WritingUntilStopped() {}

  public static void main(String[] args) throws IOException {
    Path temp = Files.writeString(Path.of(args[0]), "halv rapport");
    Stopped.deleteIfStopped(temp);
    System.out.println("writing");
    System.out.flush();
    // The test never writes to standard input: this waits until the signal comes.
    System.in.read();
  }
}
