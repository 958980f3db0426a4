package dk.payback.cli;

import dk.payback.format.Format;
import dk.payback.model.PaybackException;
import dk.payback.view.Document;
import java.io.PrintWriter;
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
      out.print(((Format.Text) format).text(document));
      return;
    }
    // Rendering happens inside the write, so that a failure of either leaves the old file as it
    // was.
    OutputFile.write(output, stream -> stream.write(format.render(document)));
  }
}
