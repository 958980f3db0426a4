package dk.payback.view;

/**
 * Thousands of kroner as the template prints them: {@code -6.000} in Danish, {@code -6,000} in
 * English.
 */
public final class Numbers {

  private Numbers() {}

  public static String format(long value, Lang lang) {
    char sep = lang == Lang.DA ? '.' : ',';
    String digits =
        value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append(sep).append(digits, i, i + 3);
    }
    return value < 0 ? "-" + sb : sb.toString();
  }
}
