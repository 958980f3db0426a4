package dk.payback.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc sources of the man pages, {@code payback.adoc} and one page per command
 * ({@code payback-check.adoc} …), from the same annotations as the help. Build-time only: the build
 * runs it before Asciidoctor turns the pages into roff, so picocli-codegen never reaches the jar.
 * It starts from {@link PaybackCommand#commandLine}, the whole tree, because the subcommands are
 * added there rather than named in the root's annotation.
 */
public final class ManPages {

  private ManPages() {}

  /** {@code args[0]}: the folder to write the pages to. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPages FOLDER");
    }
    int code = write(new File(args[0]));
    if (code != 0) {
      throw new IllegalStateException("picocli's ManPageGenerator ended with " + code);
    }
  }

  static int write(File folder) throws IOException {
    return ManPageGenerator.generateManPage(folder, null, new boolean[0], true, tree());
  }

  /**
   * The root with every subcommand, as help and completion see it. The root gets a header, which
   * its help does not print: the man page's NAME line is the header, or else the description's
   * first line, which for the root is half a sentence.
   */
  static CommandSpec tree() {
    PrintWriter none = new PrintWriter(new StringWriter());
    CommandSpec root = PaybackCommand.commandLine(none, none).getCommandSpec();
    root.usageMessage().header("check and report investment proposals kept as YAML files");
    return root;
  }
}
