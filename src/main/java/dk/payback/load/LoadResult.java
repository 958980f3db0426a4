package dk.payback.load;

import dk.payback.model.CaseSet;
import dk.payback.model.Diagnostic;
import java.util.List;

/**
 * The cases read, and every input error found on the way; the cases are only trusted without
 * errors.
 */
public record LoadResult(CaseSet cases, List<Diagnostic> errors, int filesRead) {

  public LoadResult {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
