package dk.payback.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates a case file the ways a hand, an editor or a disk can: lines deleted, doubled and swapped,
 * characters changed, truncation, random bytes, huge numbers, deep nesting, YAML oddities, other
 * line endings and encodings. Everything comes from the {@link Random} it is given, so a seed
 * replays a run.
 */
final class Mutator {

  /**
   * A mutated file. {@code digit} is set when the only change is one digit of one amount, whose
   * effect on the figures is therefore known; {@code sameFigures} when the change must not alter
   * any figure.
   */
  record Mutation(String description, byte[] bytes, DigitChange digit, boolean sameFigures) {}

  /**
   * One amount changed from {@code before} to {@code after}, at {@code line} (0-based) and {@code
   * column} (1-based).
   */
  record DigitChange(int line, int column, int year, long before, long after) {}

  private static final String[] HUGE = {
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "-9223372036854775809",
    "4611686018427387904",
    "-4611686018427387904",
    "99999999999999999999999999",
    "1e400",
    "0x7fffffffffffffff",
    "3037000500",
    "-1",
    "0",
    "00",
    "-0"
  };

  private static final String[] ODDITIES = {
    "!!binary aGVsbG8=",
    "!!python/object:os.system ls",
    "!!int 5",
    "!!float 5",
    "!!str 5",
    "!foo 5",
    "&a 5",
    "*a",
    "? ",
    "~",
    ".inf",
    "-.inf",
    ".nan",
    "0x1F",
    "0o17",
    "1_000",
    "+5",
    "1e3",
    "yes",
    "no",
    "on",
    "off",
    "null",
    "|",
    ">-",
    "---",
    "...",
    "%YAML 1.2",
    "<<: {a: 1}",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    "#",
    "@",
    "`",
    "\t",
    "\u00a0",
    "\ufeff",
    "\u0000",
    "\u0007",
    "\u2028",
    "\ud83d\ude00",
    "1.585",
    "-6.000",
    "1,5",
    "2019-01-01",
    "12:30",
    "0b101",
    "!!set {a}",
    "!!omap [a: 1]",
    "[[[[[[[[",
    "{a: {b: {c:"
  };

  private static final char[] CHARS =
      "0123456789-:,.{}[]#&*!|>'\"%@`? \t\nabcXYZæøåÆØÅ\u00a0\u0000\u0085\u2028\ufeff\ufffd"
          .toCharArray();

  private static final Pattern AMOUNT = Pattern.compile("(?<![0-9])(\\d{4}): (-?\\d+)(?![0-9.])");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  /**
   * One to three mutations of {@code text}; a digit change or a pure line-ending change stands
   * alone.
   */
  Mutation mutate(String text) {
    int kind = random.nextInt(20);
    if (kind < 3) {
      Mutation m = digit(text);
      if (m != null) {
        return m;
      }
    }
    if (kind == 3) {
      return lineEndings(text);
    }
    if (kind == 4) {
      return encoding(text);
    }
    if (kind == 5) {
      return bytes(text);
    }
    if (kind == 6) {
      Mutation m = yearKey(text);
      if (m != null) {
        return m;
      }
    }
    String t = text;
    List<String> done = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      String[] r = textMutation(t);
      done.add(r[0]);
      t = r[1];
    }
    return new Mutation(String.join("; ", done), t.getBytes(StandardCharsets.UTF_8), null, false);
  }

  private String[] textMutation(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(10)) {
      case 0 -> {
        lines.remove(at);
        return new String[] {"delete line " + (at + 1), String.join("\n", lines)};
      }
      case 1 -> {
        lines.add(at, lines.get(at));
        return new String[] {"double line " + (at + 1), String.join("\n", lines)};
      }
      case 2 -> {
        int other = random.nextInt(lines.size());
        String a = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, a);
        return new String[] {
          "swap lines " + (at + 1) + " and " + (other + 1), String.join("\n", lines)
        };
      }
      case 3 -> {
        if (text.isEmpty()) {
          return new String[] {"nothing to change", text};
        }
        int pos = random.nextInt(text.length());
        char c = CHARS[random.nextInt(CHARS.length)];
        return new String[] {
          "change char " + pos + " to U+" + Integer.toHexString(c),
          text.substring(0, pos) + c + text.substring(pos + 1)
        };
      }
      case 4 -> {
        int pos = random.nextInt(text.length() + 1);
        return new String[] {"truncate at " + pos, text.substring(0, pos)};
      }
      case 5 -> {
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
          spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
          return new String[] {"no number", text};
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String huge = HUGE[random.nextInt(HUGE.length)];
        return new String[] {
          "number at " + s[0] + " to " + huge, text.substring(0, s[0]) + huge + text.substring(s[1])
        };
      }
      case 6 -> {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 20_000);
        boolean flow = random.nextBoolean();
        String open = flow ? "[" : "{a: ";
        String close = flow ? "]" : "}";
        String nest = open.repeat(depth) + "1" + close.repeat(depth);
        String line = lines.get(at);
        int colon = line.indexOf(": ");
        lines.set(at, colon < 0 ? line + " " + nest : line.substring(0, colon + 2) + nest);
        return new String[] {
          "nest " + depth + " deep at line " + (at + 1), String.join("\n", lines)
        };
      }
      case 7 -> {
        String odd = ODDITIES[random.nextInt(ODDITIES.length)];
        String line = lines.get(at);
        int pos = random.nextInt(line.length() + 1);
        lines.set(at, line.substring(0, pos) + odd + line.substring(pos));
        return new String[] {"insert '" + odd + "' in line " + (at + 1), String.join("\n", lines)};
      }
      case 8 -> {
        String line = lines.get(at);
        String indented =
            random.nextBoolean() ? " ".repeat(1 + random.nextInt(3)) + line : line.stripLeading();
        lines.set(at, indented);
        return new String[] {"reindent line " + (at + 1), String.join("\n", lines)};
      }
      default -> {
        String line = lines.get(at);
        int reps = random.nextBoolean() ? 2 + random.nextInt(5) : 1000 + random.nextInt(20_000);
        lines.set(
            at, line.repeat(Math.max(1, Math.min(reps, 400_000 / Math.max(1, line.length())))));
        return new String[] {
          "repeat line " + (at + 1) + " " + reps + " times", String.join("\n", lines)
        };
      }
    }
  }

  /** One digit of one amount in a {@code year: amount} pair, changed to another digit. */
  private Mutation digit(String text) {
    Matcher m = AMOUNT.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(2), m.end(2), Integer.parseInt(m.group(1))});
    }
    if (spans.isEmpty()) {
      return null;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    String before = text.substring(s[0], s[1]);
    int first = before.startsWith("-") ? 1 : 0;
    int pos = first + random.nextInt(before.length() - first);
    char old = before.charAt(pos);
    char digit;
    do {
      digit = (char) ('0' + random.nextInt(10));
    } while (digit == old);
    String after = before.substring(0, pos) + digit + before.substring(pos + 1);
    String mutated = text.substring(0, s[0]) + after + text.substring(s[1]);
    int line = (int) text.substring(0, s[0]).chars().filter(c -> c == '\n').count();
    int column = s[0] - (text.lastIndexOf('\n', s[0] - 1) + 1) + 1;
    return new Mutation(
        "amount " + before + " in " + s[2] + " (line " + (line + 1) + ") to " + after,
        mutated.getBytes(StandardCharsets.UTF_8),
        new DigitChange(line, column, s[2], Long.parseLong(before), Long.parseLong(after)),
        false);
  }

  /** Other spellings of a year, each of which YAML may or may not read as that year. */
  private static final String[] YEAR_SPELLINGS = {
    "\"%s\"", "'%s'", "\"%s \"", "\" %s\"", "\"%s\\t\"", "+%s", "0%s", "%s.0", "%s_0"
  };

  private static final Pattern YEAR_KEY = Pattern.compile("(?<![0-9.])(\\d{4}): -?\\d");

  /**
   * One year key of an amount spelt another way, or another spelling of it added beside it with
   * another amount: the loader must refuse it or read exactly what the oracle reads, never keep one
   * of two.
   */
  private Mutation yearKey(String text) {
    Matcher m = YEAR_KEY.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    if (spans.isEmpty()) {
      return null;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    String year = text.substring(s[0], s[1]);
    String other =
        random.nextInt(4) == 0
            ? "0x" + Integer.toHexString(Integer.parseInt(year)).toUpperCase(java.util.Locale.ROOT)
            : String.format(YEAR_SPELLINGS[random.nextInt(YEAR_SPELLINGS.length)], year);
    boolean beside = random.nextBoolean();
    String replacement = beside ? year + ": -" + (1 + random.nextInt(999)) + ", " + other : other;
    return new Mutation(
        (beside ? "add year key " : "year key ") + year + " as " + other,
        (text.substring(0, s[0]) + replacement + text.substring(s[1]))
            .getBytes(StandardCharsets.UTF_8),
        null,
        false);
  }

  private Mutation lineEndings(String text) {
    boolean crlf = random.nextBoolean();
    String t = text.replace("\n", crlf ? "\r\n" : "\r");
    return new Mutation(
        crlf ? "CRLF line endings" : "CR line endings",
        t.getBytes(StandardCharsets.UTF_8),
        null,
        true);
  }

  private Mutation encoding(String text) {
    return switch (random.nextInt(3)) {
      case 0 ->
          new Mutation(
              "UTF-16 with BOM",
              ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE),
              null,
              false);
      case 1 ->
          new Mutation(
              "UTF-16BE without BOM", text.getBytes(StandardCharsets.UTF_16BE), null, false);
      default -> new Mutation("Latin-1", text.getBytes(StandardCharsets.ISO_8859_1), null, false);
    };
  }

  /** Byte-level damage: random bytes inserted, or the file cut in the middle of a character. */
  private Mutation bytes(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int pos = random.nextInt(b.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextBoolean()) {
      out.write(b, 0, pos);
      return new Mutation("cut at byte " + pos, out.toByteArray(), null, false);
    }
    byte[] noise = new byte[1 + random.nextInt(16)];
    random.nextBytes(noise);
    out.write(b, 0, pos);
    out.write(noise, 0, noise.length);
    out.write(b, pos, b.length - pos);
    return new Mutation(noise.length + " random bytes at " + pos, out.toByteArray(), null, false);
  }
}
