package dk.payback.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output or error in UTF-8 (whatever the platform default, so that æ, ø, å and "…" survive
 * a pipe). A PrintWriter keeps only that a write failed; this one also keeps why, for the message.
 */
final class StandardStream extends PrintWriter {

  private final Watched stream;

  StandardStream(OutputStream out, boolean autoFlush) {
    this(new Watched(out), autoFlush);
  }

  private StandardStream(Watched stream, boolean autoFlush) {
    super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
    this.stream = stream;
  }

  /**
   * This stream as bytes, for a format that encodes its own text: what was printed before comes
   * first, and a failure is kept as a print's is (said by {@link #checkError} and {@link #failure},
   * never thrown); once writing failed, the rest is dropped. It holds no buffer: the formats write
   * in blocks of a few kilobytes.
   */
  OutputStream bytes() {
    flush();
    return new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (stream.failure != null) {
          return;
        }
        try {
          stream.write(b, off, len);
        } catch (IOException e) {
          setError();
        }
      }

      @Override
      public void flush() {
        if (stream.failure != null) {
          return;
        }
        try {
          stream.flush();
        } catch (IOException e) {
          setError();
        }
      }
    };
  }

  /** The first failure, if writing failed: "No space left on device", "Broken pipe" … */
  Optional<IOException> failure() {
    return Optional.ofNullable(stream.failure);
  }

  private static final class Watched extends FilterOutputStream {

    private IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
