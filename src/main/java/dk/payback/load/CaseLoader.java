package dk.payback.load;

import dk.payback.model.CaseSet;
import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import dk.payback.model.Portfolio;
import dk.payback.model.Proposal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads case files and folders (recursively, {@code *.yaml} and {@code *.yml}) into a {@link
 * CaseSet}, collecting every error of every file. Files are parsed in parallel: each is independent
 * until the set is put together, in the order of the sorted paths. Amounts too large to add up
 * exactly are found where the figures are computed, once, not here.
 */
public final class CaseLoader {

  /** Like javac: past this many errors in one file, the rest are counted, not listed. */
  static final int MAX_ERRORS_PER_FILE = 100;

  private CaseLoader() {}

  /**
   * Reads a file's first {@code limit} bytes and no more. Tests inject failures a real disk can
   * have.
   */
  @FunctionalInterface
  interface FileReader {
    byte[] read(Path file, int limit) throws IOException;
  }

  /** What one file gave: a proposal, a portfolio, or errors. */
  private record FileResult(Object value, List<Diagnostic> errors) {}

  public static LoadResult load(List<Path> paths) {
    return loadWithProgress(paths, Progress.NONE);
  }

  /** Reads the files, telling {@code progress} as each is read. */
  public static LoadResult loadWithProgress(List<Path> paths, Progress progress) {
    return load(paths, InputBounds.DEFAULT, CaseLoader::readAtMost, progress);
  }

  static LoadResult load(List<Path> paths, FileReader reader) {
    return load(paths, InputBounds.DEFAULT, reader, Progress.NONE);
  }

  static LoadResult load(List<Path> paths, InputBounds bounds) {
    return load(paths, bounds, CaseLoader::readAtMost, Progress.NONE);
  }

  private static LoadResult load(
      List<Path> paths, InputBounds bounds, FileReader reader, Progress progress) {
    List<Diagnostic> errors = new ArrayList<>();
    List<Path> files = CaseFiles.collect(paths, bounds, errors);
    int total = files.size();
    AtomicInteger read = new AtomicInteger();
    SharedValues shared = new SharedValues();
    List<FileResult> results =
        files.parallelStream()
            .map(
                f -> {
                  FileResult result = loadFile(f, reader, shared);
                  progress.filesRead(read.incrementAndGet(), total);
                  return result;
                })
            .toList();
    return collected(results, errors, files.size());
  }

  private static LoadResult collected(List<FileResult> results, List<Diagnostic> errors, int read) {
    List<Proposal> proposals = new ArrayList<>();
    Portfolio portfolio = null;
    for (FileResult r : results) {
      errors.addAll(r.errors());
      if (r.value() instanceof Proposal p) {
        proposals.add(p);
      } else if (r.value() instanceof Portfolio pf) {
        if (portfolio == null) {
          portfolio = pf;
        } else {
          errors.add(
              new Diagnostic(
                  Location.ofFile(pf.origin().file()),
                  "a second portfolio (the first is " + portfolio.origin().file() + ")",
                  "keep one overview file per folder of cases"));
        }
      }
    }
    return new LoadResult(new CaseSet(proposals, portfolio), errors, read);
  }

  /**
   * A case file's name as messages show it, and its bytes, read from somewhere else than a disk.
   */
  public record Named(String name, byte[] bytes) {}

  /**
   * Reads case files already in memory, such as those of a git revision, exactly as files on disk
   * are read, in the order given.
   */
  public static LoadResult loadNamed(List<Named> files) {
    SharedValues shared = new SharedValues();
    List<FileResult> results =
        files.parallelStream()
            .map(f -> parse(f.name(), f.bytes(), new ArrayList<>(), shared))
            .toList();
    return collected(results, new ArrayList<>(), files.size());
  }

  /** Reads one file; never throws for bad input. */
  private static FileResult loadFile(Path path, FileReader reader, SharedValues shared) {
    String name = CaseFiles.display(path);
    List<Diagnostic> errors = new ArrayList<>();
    byte[] bytes = read(path, name, reader, errors);
    return parse(name, bytes, errors, shared);
  }

  /**
   * @param bytes the file's bytes, or null where they could not be read (said in {@code errors})
   */
  private static FileResult parse(
      String name, byte[] bytes, List<Diagnostic> errors, SharedValues shared) {
    Object value = null;
    if (bytes != null && bytes.length > YamlTree.MAX_BYTES) {
      errors.add(
          tooLarge(
              name,
              "file is "
                  + bytes.length
                  + " bytes, more than the "
                  + YamlTree.MAX_BYTES
                  + " a case file may have"));
    } else if (bytes != null) {
      value =
          YamlTree.parse(name, bytes, errors)
              .map(root -> CaseReader.read(name, root, errors, shared))
              .orElse(null);
    }
    // The reader finds a mapping's unknown keys before its values' faults: a reader of the messages
    // goes down the file.
    errors.sort(IN_FILE_ORDER);
    return new FileResult(value, capped(name, errors));
  }

  /**
   * By line; errors on one line keep the order in which they were found, so that "unknown key
   * 'navn' (did you mean 'name'?)" still comes before the "missing key 'name'" it explains.
   */
  private static final Comparator<Diagnostic> IN_FILE_ORDER =
      Comparator.comparingInt((Diagnostic d) -> d.location().line());

  private static byte[] read(Path path, String name, FileReader reader, List<Diagnostic> errors) {
    // One look at the file for its kind and its size, not one for each.
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      attributes = null;
    }
    if (attributes == null || !attributes.isRegularFile()) {
      // Reading a named pipe would wait for a writer for ever.
      errors.add(
          new Diagnostic(
              Location.ofPath(name),
              "not a regular file (a pipe, socket or device)",
              "a case file is a plain text file; give a case file or a folder of cases"));
      return null;
    }
    try {
      long size = attributes.size();
      if (size > YamlTree.MAX_BYTES) {
        errors.add(
            tooLarge(
                name,
                "file is "
                    + size
                    + " bytes, more than the "
                    + YamlTree.MAX_BYTES
                    + " a case file may have"));
        return null;
      }
      byte[] bytes = reader.read(path, YamlTree.MAX_BYTES + 1);
      if (bytes.length > YamlTree.MAX_BYTES) {
        errors.add(
            tooLarge(
                name,
                "file grew past the "
                    + YamlTree.MAX_BYTES
                    + " bytes a case file may have while it was read"));
        return null;
      }
      return bytes;
    } catch (IOException e) {
      errors.add(
          new Diagnostic(
              Location.ofPath(name),
              "cannot read file: " + CaseFiles.describe(e),
              "check that it exists and is readable"));
      return null;
    }
  }

  private static Diagnostic tooLarge(String name, String message) {
    return new Diagnostic(
        Location.ofPath(name),
        message,
        "a case file holds one proposal; move other data out of the cases folder");
  }

  private static byte[] readAtMost(Path file, int limit) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file);
        InputStream in = Channels.newInputStream(channel)) {
      // A buffer of the file's size, filled and returned as it is; read on only if the file grew.
      int size = (int) Math.min(channel.size(), limit);
      byte[] bytes = in.readNBytes(size);
      if (bytes.length < size || bytes.length == limit) {
        return bytes;
      }
      int next = in.read();
      if (next < 0) {
        return bytes;
      }
      byte[] rest = in.readNBytes(limit - size - 1);
      byte[] all = Arrays.copyOf(bytes, size + 1 + rest.length);
      all[size] = (byte) next;
      System.arraycopy(rest, 0, all, size + 1, rest.length);
      return all;
    }
  }

  private static List<Diagnostic> capped(String name, List<Diagnostic> errors) {
    if (errors.size() <= MAX_ERRORS_PER_FILE) {
      return errors;
    }
    List<Diagnostic> shown = new ArrayList<>(errors.subList(0, MAX_ERRORS_PER_FILE));
    shown.add(
        new Diagnostic(
            Location.ofFile(name),
            (errors.size() - MAX_ERRORS_PER_FILE) + " more errors in this file are not shown",
            "mend the errors above and run again"));
    return shown;
  }
}
