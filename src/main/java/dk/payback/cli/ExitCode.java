package dk.payback.cli;

import dk.payback.model.Diagnostic;
import dk.payback.model.PaybackException;
import dk.payback.view.FindingsWords;
import dk.payback.view.Lang;
import java.io.PrintWriter;
import java.util.List;

/** The exit codes, in one place: the help's footer and the README list the same. */
public final class ExitCode {

  /** All good: every figure balances. */
  public static final int OK = 0;

  /**
   * {@code check} found stated figures that do not balance, or a {@code diff --fail-on} condition
   * holds.
   */
  public static final int FINDINGS = 1;

  /** Invalid input or usage, or output that could not be written; wins over findings. */
  public static final int INVALID = 2;

  /** A bug in payback itself, never bad input: reported in one line, without a stack trace. */
  public static final int INTERNAL = 3;

  /** Each code and what it means, for the help's footer. */
  static final List<String> MEANINGS =
      List.of(
          OK + "  all good",
          FINDINGS + "  check found a finding, or diff --fail-on or track --fail-below held",
          INVALID + "  invalid input or usage, or output that could not be written",
          INTERNAL + "  a bug in payback (one line on standard error; please report it)");

  private ExitCode() {}

  /**
   * Says what failed on {@code err} and gives its exit code: the one place a failure becomes one.
   *
   * @param command the command that failed, such as "payback show", for the pointer to its help
   */
  static int report(PaybackException failure, String command, PrintWriter err) {
    switch (failure.kind()) {
      case INPUT -> printErrors(failure.diagnostics(), err);
      case OUTPUT -> ErrorLine.print(err, failure.getMessage());
      case USAGE -> {
        ErrorLine.print(err, failure.getMessage());
        err.println("Try '" + command + " --help' for more information.");
      }
    }
    return INVALID;
  }

  /**
   * Every input error, compiler style, then how many there were and in how many files. An error
   * about a path as a whole (an empty folder, a path that does not exist) is in no file, so it is
   * counted as an error but not as a file.
   */
  static void printErrors(List<Diagnostic> errors, PrintWriter err) {
    for (Diagnostic d : errors) {
      err.println(d.format());
    }
    err.println(count(errors) + "; nothing was computed");
  }

  /** "2 errors in 1 file", "1 error" (in no file) or "3 errors, 2 in 1 file". */
  static String count(List<Diagnostic> errors) {
    // In English, as the errors themselves are.
    return FindingsWords.of(Lang.EN)
        .errorCount(errors.size(), Diagnostic.inFiles(errors), Diagnostic.files(errors));
  }
}
