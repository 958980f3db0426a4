package dk.payback.cli;

import dk.payback.util.Similar;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error is one line with a suggestion and a pointer to --help, never the whole usage text.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    if (!(ex instanceof UnmatchedArgumentException) && !cl.getUnmatchedArguments().isEmpty()) {
      // picocli checks required parameters first: "show --lnag" would only say that the ID is
      // missing.
      ex = new UnmatchedArgumentException(cl, cl.getUnmatchedArguments());
    }
    PrintWriter err = cl.getErr();
    Optional<String> undecodable = PathConverter.undecodable(List.of(args));
    if (undecodable.isPresent()) {
      // picocli would call the argument unmatched or malformed, and --help does not mend a locale.
      ErrorLine.print(err, undecodable.get());
      return ExitCode.INVALID;
    }
    ErrorLine.print(err, message(ex));
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.INVALID;
  }

  private static String message(ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException u)) {
      return ex.getMessage();
    }
    if (u.getUnmatched().stream().anyMatch(String::isBlank)) {
      // An unset shell variable, most likely; picocli's "Unmatched argument at index 1: ''" hides
      // that.
      return "an empty argument: give a case file or a folder of cases, such as cases";
    }
    List<String> suggestions = suggestions(u);
    return ex.getMessage()
        + (suggestions.isEmpty()
            ? ""
            : " (did you mean " + String.join(" or ", suggestions) + "?)");
  }

  /**
   * picocli suggests commands, but for a mistyped option often nothing: then the nearest option
   * names.
   */
  private static List<String> suggestions(UnmatchedArgumentException u) {
    if (!u.getSuggestions().isEmpty()) {
      return u.getSuggestions();
    }
    List<String> unmatched = u.getUnmatched();
    if (unmatched.isEmpty() || !unmatched.get(0).startsWith("--")) {
      return List.of(); // any one-letter option is one edit from any other: no useful guess
    }
    String option = unmatched.get(0).split("=", 2)[0];
    List<String> names = new ArrayList<>();
    u.getCommandLine().getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
    return Similar.closest(option, names, 2);
  }
}
