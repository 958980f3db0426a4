package dk.payback.load;

import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A case file's bytes as text: strict UTF-8 (an optional UTF-8 byte order mark), and only
 * characters YAML allows. Each refusal names the place and the likely cause, because "special
 * characters are not allowed" at line 1 does not tell an analyst that Word saved the file as
 * UTF-16.
 */
final class CaseText {

  private CaseText() {}

  static Optional<String> decode(String file, byte[] bytes, List<Diagnostic> errors) {
    String wide = wideEncoding(bytes);
    if (wide != null) {
      errors.add(
          new Diagnostic(
              Location.ofFile(file), "file is " + wide + ", not UTF-8", "save it as UTF-8"));
      return Optional.empty();
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    // The JDK's own decoding is several times faster than a CharsetDecoder, but replaces bad bytes
    // with
    // U+FFFD; only a text that holds one needs the strict decoder to find the place.
    String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    String text = fast.indexOf('\uFFFD') < 0 ? fast : strict(file, bytes, start, errors);
    if (text == null) {
      return Optional.empty();
    }
    int at = firstForbidden(text);
    if (at >= 0) {
      int c = text.codePointAt(at);
      errors.add(
          new Diagnostic(
              locate(file, text, at),
              String.format(
                  "character U+%04X%s is not allowed in a YAML file", c, c == 0 ? " (NUL)" : ""),
              c == 0
                  ? "remove it; NUL bytes usually mean the file was saved as UTF-16 or is not text"
                  : "remove it, or retype the text around it"));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The text, or null after reporting the first byte that is not UTF-8. */
  private static String strict(String file, byte[] bytes, int start, List<Diagnostic> errors) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      // Strict: a stray Latin-1 'æ' must be found, not turned into U+FFFD.
      int bad = in.position();
      String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
      errors.add(
          new Diagnostic(
              locate(file, before, before.length()),
              String.format("byte 0x%02X is not UTF-8", bytes[bad] & 0xff),
              "save the file as UTF-8; it looks like Latin-1 or Windows-1252"));
      return null;
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** UTF-16 and UTF-32, by their byte order mark, or by the NUL bytes next to ASCII letters. */
  private static String wideEncoding(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
      return "UTF-32 (it starts with a UTF-32 byte order mark)";
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32 (it starts with a UTF-32 byte order mark)";
    }
    if (b.length >= 2
        && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
            || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
      return "UTF-16 (it starts with a UTF-16 byte order mark)";
    }
    if (b.length >= 2 && (b[0] == 0) != (b[1] == 0)) {
      return "UTF-16 or UTF-32 (it has NUL bytes between the letters)";
    }
    return null;
  }

  /** The index of the first character outside YAML's printable set, or -1. */
  private static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); ) {
      char ch = text.charAt(i);
      // Nearly every character of a case file is printable ASCII: no code point to work out.
      if (ch >= 0x20 && ch <= 0x7E || ch == '\n') {
        i++;
        continue;
      }
      int c = text.codePointAt(i);
      boolean printable =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0x7E)
              || c == 0x85
              || (c >= 0xA0 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!printable) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /**
   * The text of line {@code line} (0-based, as SnakeYAML counts), without its line break; "" past
   * the end.
   */
  static String line(String text, int line) {
    int start = lineStart(text, line);
    return start < 0 ? "" : text.substring(start, lineEnd(text, start));
  }

  /**
   * The index in {@code text} of a place as SnakeYAML marks it (line and column 0-based, the column
   * in code points), or -1 past the end.
   */
  static int index(String text, int line, int column) {
    int start = lineStart(text, line);
    int end = start < 0 ? -1 : lineEnd(text, start);
    if (start < 0 || text.codePointCount(start, end) < column) {
      return -1;
    }
    return text.offsetByCodePoints(start, column);
  }

  private static int lineStart(String text, int line) {
    int start = 0;
    for (int n = 0; n < line; n++) {
      int end = lineEnd(text, start);
      if (end == text.length()) {
        return -1;
      }
      start = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
    return start;
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Line and column of {@code index}, counting line breaks as SnakeYAML does, so that all messages
   * agree.
   */
  static Location locate(String file, String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean lineBreak =
          c == '\n'
              || c == 0x85
              || c == 0x2028
              || c == 0x2029
              || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'));
      if (lineBreak) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(file, line, column);
  }
}
