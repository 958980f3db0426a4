package dk.payback.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. Java 17 cannot ask that of one stream: {@code
 * System.console()} speaks of standard input and output, and from Java 22 is there even when they
 * are redirected. So the setting {@code PAYBACK_PROGRESS} ({@code always} or {@code never}) decides
 * first; then, on Linux, what file descriptor 2 is open on (a terminal is {@code /dev/pts/N} or
 * {@code /dev/ttyN}); elsewhere the console, which {@code src/bin/payback} overrules by setting
 * {@code never} when its standard error is not a terminal.
 */
final class StandardError {

  static final String SETTING = "PAYBACK_PROGRESS";

  private static final Path DESCRIPTOR = Path.of("/proc/self/fd/2");

  private StandardError() {}

  static boolean isTerminal() {
    return isTerminal(System.getenv(SETTING), DESCRIPTOR);
  }

  static boolean isTerminal(String setting, Path descriptor) {
    if ("always".equals(setting)) {
      return true;
    }
    if ("never".equals(setting)) {
      return false;
    }
    if (Files.isSymbolicLink(descriptor)) {
      try {
        String target = Files.readSymbolicLink(descriptor).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return consoleIsTerminal();
  }

  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // Java 22 and later: a console is there when the streams are redirected too, and says so here.
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
