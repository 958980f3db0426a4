package dk.payback.cli;

import dk.payback.format.Format;
import dk.payback.model.PaybackException;
import dk.payback.view.Document;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Where a document goes: standard output, or a file written whole or not at all. */
final class Printed {

  private Printed() {}

  /**
   * @param output the file to write, or null for standard output (text formats only)
   * @throws PaybackException if the file could not be written
   */
  static void to(Path output, Format format, Document document, PrintWriter out) {
    if (output == null) {
      Format.Text text = (Format.Text) format;
      if (out instanceof StandardStream standard) {
        try {
          text.write(document, standard.bytes());
        } catch (IOException e) {
          // A PrintWriter keeps its failures to itself (Main asks it after); nothing else writes.
          throw new UncheckedIOException(e);
        }
      } else {
        out.print(text.text(document));
      }
      return;
    }
    // Rendering happens inside the write, so that a failure of either leaves the old file as it
    // was. A text is encoded as it is written, never held whole as both a string and bytes.
    if (format instanceof Format.Text text) {
      OutputFile.write(
          output,
          stream -> {
            OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
            text.write(document, buffered);
            buffered.flush();
          });
      return;
    }
    OutputFile.write(output, stream -> stream.write(format.render(document)));
  }
}
