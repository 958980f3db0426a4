package dk.payback.cli;

import dk.payback.io.AtomicFile;
import dk.payback.load.LoadResult;
import dk.payback.model.CaseSet;
import dk.payback.model.PaybackException;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The rules for an {@code -o FILE} that every command writing a file follows. */
final class OutputFile {

  private OutputFile() {}

  /**
   * Refuses a target (null for none) that would be read as a case file, before anything is read.
   */
  static void refuseCaseFileName(Path output) {
    String name =
        output == null || output.getFileName() == null
            ? ""
            : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      throw PaybackException.usage(
          "-o "
              + output
              + " would be read as a case file next time: choose another name or extension");
    }
  }

  /**
   * Refuses an {@code -o} that names a folder, one that exists or a name ending in a separator,
   * with {@code example} as the file name to suggest. The name as typed is needed: a Path drops the
   * trailing separator, and "-o out/" would be written as a file named out. Checked before the
   * format is taken from the name, which a folder does not have.
   */
  static void refuseFolder(CommandSpec spec, String example) {
    OptionSpec option = spec.findOption("--output");
    Path output = option.getValue();
    if (output == null) {
      return;
    }
    List<String> typed = option.originalStringValues();
    String name = typed.isEmpty() ? output.toString() : typed.get(typed.size() - 1);
    if (name.endsWith("/") || name.endsWith(File.separator) || Files.isDirectory(output)) {
      throw PaybackException.output(
          "cannot write "
              + name
              + ": that names a folder, not a file; give a file name, such as -o "
              + output.resolve(example));
    }
  }

  /**
   * Refuses a target (null for none) that is one of the files just read. Compared by real path, so
   * that another spelling or a link counts too; the files that failed to load count as well, for a
   * command (check) that writes its report of invalid input.
   */
  static void refuseInput(Path target, LoadResult loaded) {
    if (target != null && isInput(target, loaded)) {
      throw PaybackException.output(
          "will not write the report to "
              + target
              + ": it is one of the input case files; choose another file");
    }
  }

  private static boolean isInput(Path target, LoadResult loaded) {
    if (!Files.exists(target)) {
      return false;
    }
    Set<String> files = new LinkedHashSet<>();
    CaseSet cases = loaded.cases();
    cases.proposals().forEach(p -> files.add(p.origin().file()));
    cases.overview().ifPresent(p -> files.add(p.origin().file()));
    loaded.errors().forEach(d -> files.add(d.location().file()));
    try {
      Path real = target.toRealPath();
      for (String file : files) {
        Path input = Path.of(file);
        if (Files.exists(input) && input.toRealPath().equals(real)) {
          return true;
        }
      }
    } catch (IOException | InvalidPathException e) {
      // A path that cannot be resolved is not one that was just read; the write will say what is
      // wrong.
      return false;
    }
    return false;
  }

  /**
   * Writes whole or not at all.
   *
   * @throws PaybackException saying why it could not be written
   */
  static void write(Path output, AtomicFile.Content content) {
    try {
      AtomicFile.write(output, content);
    } catch (IOException e) {
      if (ClosedPipe.is(e)) {
        // -o /dev/stdout into "| head", or a named pipe whose reader had enough: as for standard
        // output.
        return;
      }
      throw PaybackException.output("cannot write " + output + ": " + reason(e, output));
    }
  }

  private static String reason(IOException e, Path output) {
    if (e instanceof NoSuchFileException) {
      Path folder = output.toAbsolutePath().getParent();
      return "no such folder "
          + (output.getParent() == null ? folder : output.getParent())
          + "; create it first";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied; choose a folder you can write to";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
