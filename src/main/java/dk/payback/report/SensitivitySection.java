package dk.payback.report;

import dk.payback.calc.Sensitivity;

/**
 * How fragile each case is: payback, discounted payback and net present value with the savings at 100,
 * 90, 75 and 50 %, and in full but one or two years late, beside the proposal's own risk rating. Always
 * of the cases as read: its columns are scenarios of their own.
 */
public record SensitivitySection(Sensitivity sensitivity) implements Section {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.sensitivity(this);
  }
}
