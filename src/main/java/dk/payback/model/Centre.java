package dk.payback.model;

/**
 * A centre of the administration ("Borgercenter Handicap"), as the overview's {@code centres:} map
 * names it: the letters its proposals' IDs begin with, its name as the source prints it, and the
 * page where it does.
 *
 * @param letters the letters of the IDs, upper case (HA for HA02)
 * @param page null where not given
 */
public record Centre(String letters, String name, Integer page) {

  /** The centre letters of a proposal ID: its leading letters, upper case; "" for none. */
  public static String lettersOf(String id) {
    int end = 0;
    while (end < id.length() && isAsciiLetter(id.charAt(end))) {
      end++;
    }
    return Proposal.idKey(id.substring(0, end));
  }

  // An ID is ASCII letters, digits and _.- only.
  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
