package dk.payback.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;

/**
 * Reads the entries of a small zip archive in memory through its central directory. fastexcel's zip
 * writer ends each entry with a ZIP64 data descriptor, which {@link java.util.zip.ZipInputStream}
 * misreads; the central directory has the true sizes.
 */
final class ZipEntries {

  record Entry(String name, byte[] data) {}

  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int DIRECTORY_ENTRY = 0x02014b50;
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int END_SIZE = 22;

  private ZipEntries() {}

  static List<Entry> read(byte[] zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = findEnd(b);
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    int at = b.getInt(end + 16);
    List<Entry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      check(b, at, DIRECTORY_ENTRY);
      int method = Short.toUnsignedInt(b.getShort(at + 10));
      int compressed = b.getInt(at + 20);
      int size = b.getInt(at + 24);
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
      int local = b.getInt(at + 42);
      if (compressed < 0 || size < 0 || local < 0) {
        throw new IOException("zip entry too large for this reader");
      }
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      check(b, local, LOCAL_HEADER);
      int data =
          local
              + 30
              + Short.toUnsignedInt(b.getShort(local + 26))
              + Short.toUnsignedInt(b.getShort(local + 28));
      entries.add(new Entry(name, content(zip, data, compressed, size, method, name)));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  private static byte[] content(
      byte[] zip, int from, int compressed, int size, int method, String name) throws IOException {
    if (method == ZipEntry.STORED) {
      byte[] out = new byte[size];
      System.arraycopy(zip, from, out, 0, size);
      return out;
    }
    if (method != ZipEntry.DEFLATED) {
      throw new IOException("zip entry " + name + " uses compression method " + method);
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, from, compressed);
      byte[] out = new byte[size];
      int n = 0;
      while (n < size && !inflater.finished()) {
        int got = inflater.inflate(out, n, size - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != size) {
        throw new IOException("zip entry " + name + " is shorter than its directory says");
      }
      return out;
    } catch (DataFormatException e) {
      throw new IOException("zip entry " + name + " is damaged", e);
    } finally {
      inflater.end();
    }
  }

  private static int findEnd(ByteBuffer b) throws IOException {
    for (int at = b.limit() - END_SIZE; at >= 0; at--) {
      if (b.getInt(at) == END_OF_DIRECTORY) {
        return at;
      }
    }
    throw new IOException("not a zip archive: no central directory");
  }

  private static void check(ByteBuffer b, int at, int signature) throws IOException {
    if (at < 0 || at + 4 > b.limit() || b.getInt(at) != signature) {
      throw new IOException("damaged zip archive at offset " + at);
    }
  }
}
