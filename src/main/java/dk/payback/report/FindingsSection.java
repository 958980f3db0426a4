package dk.payback.report;

import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import java.util.List;

/**
 * What {@code payback check} finds in the source's own figures: the findings only (not the checks
 * that balanced), and how many checks were made. Always of the cases as read, whatever the scenario.
 */
public record FindingsSection(CheckReport checks) implements Section {

  public List<CheckResult> findings() {
    return checks.findings();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.findings(this);
  }
}
