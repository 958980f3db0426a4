package dk.payback.check.render;

/** Escaping for XML 1.0 text and attribute values. */
final class Xml {

  private Xml() {}

  /**
   * Escapes markup characters, and line ends and tabs as character references so that attribute
   * values keep them; drops characters that XML 1.0 cannot carry at all (most control characters,
   * lone surrogates, U+FFFE and U+FFFF), which no parser would accept even escaped.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> {
          if (allowed(cp)) {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.toString();
  }

  private static boolean allowed(int cp) {
    return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
