package dk.payback.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as a user would, and captures what it prints. */
public final class Cli {

  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  public static Result run(String... args) {
    return run(Screen.PIPE, args);
  }

  /** Runs the command line with its standard output on {@code screen}. */
  static Result run(Screen screen, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(screen, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
