package dk.payback.load;

import dk.payback.model.Diagnostic;
import dk.payback.model.Location;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the case files ({@code *.yaml}, {@code *.yml}) among the paths given, folders read
 * recursively, within bounds: a folder above the cases (a home folder, the root) is refused with a
 * message instead of being read for minutes into all the memory there is.
 */
final class CaseFiles {

  private CaseFiles() {}

  static List<Path> collect(List<Path> paths, InputBounds bounds, List<Diagnostic> errors) {
    Set<Path> files = new LinkedHashSet<>();
    long[] bytes = {0};
    for (Path root : paths) {
      String name = display(root);
      if (!Files.exists(root)) {
        errors.add(
            Files.isSymbolicLink(root)
                ? new Diagnostic(
                    Location.ofPath(name),
                    "symbolic link to a file or folder that does not exist",
                    "mend or remove the link")
                : new Diagnostic(
                    Location.ofPath(name),
                    "no such file or folder",
                    "give a case file or a folder of cases, such as cases/"));
        continue;
      }
      if (!Files.isDirectory(root)) {
        files.add(root);
        bytes[0] += sizeWithinLimit(root);
        if (!withinBounds(name, files.size(), bytes[0], bounds, errors)) {
          break;
        }
        continue;
      }
      List<Path> found = new ArrayList<>();
      boolean[] stopped = {false};
      try {
        Files.walkFileTree(
            root,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isCaseFile(file)) {
                  return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                  // Following links, the walk only shows a link itself when its target is gone.
                  errors.add(
                      new Diagnostic(
                          Location.ofPath(display(file)),
                          "symbolic link to a file that does not exist",
                          "mend or remove the link"));
                } else if (!attrs.isRegularFile()) {
                  errors.add(
                      new Diagnostic(
                          Location.ofPath(display(file)),
                          "not a regular file (a pipe, socket or device)",
                          "a case file is a plain text file; remove or rename this one"));
                } else {
                  found.add(file);
                  bytes[0] += attrs.size() <= YamlTree.MAX_BYTES ? attrs.size() : 0;
                  if (!withinBounds(name, files.size() + found.size(), bytes[0], bounds, errors)) {
                    stopped[0] = true;
                    return FileVisitResult.TERMINATE;
                  }
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof FileSystemLoopException) {
                  errors.add(
                      new Diagnostic(
                          Location.ofPath(display(file)),
                          "symbolic link loop, not followed",
                          "remove the link that points back to a parent folder"));
                } else if (isCaseFile(file) || Files.isDirectory(file)) {
                  errors.add(
                      new Diagnostic(
                          Location.ofPath(display(file)),
                          "cannot read: " + describe(e),
                          "check its permissions"));
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        errors.add(
            new Diagnostic(
                Location.ofPath(name),
                "cannot read folder: " + describe(e),
                "check its permissions"));
      }
      if (stopped[0]) {
        break;
      }
      if (found.isEmpty()) {
        errors.add(
            new Diagnostic(
                Location.ofPath(name),
                "folder holds no case files (*.yaml, *.yml)",
                "point at the folder with the cases, such as cases/"));
      }
      found.sort(null);
      files.addAll(found);
    }
    return new ArrayList<>(files);
  }

  private static boolean withinBounds(
      String root, int files, long bytes, InputBounds bounds, List<Diagnostic> errors) {
    if (files > bounds.maxFiles()) {
      errors.add(
          new Diagnostic(
              Location.ofPath(root),
              "more than " + bounds.maxFiles() + " case files; payback stopped looking",
              "point at the folder of cases, such as cases/, not at a folder above it"));
      return false;
    }
    if (bytes > bounds.maxTotalBytes()) {
      errors.add(
          new Diagnostic(
              Location.ofPath(root),
              "the case files come to more than "
                  + (bounds.maxTotalBytes() >> 20)
                  + " MB; payback stopped looking",
              "point at the folder of cases, such as cases/, not at a folder of other data"));
      return false;
    }
    return true;
  }

  /** A file over the size limit is refused on its own; it does not count against the total. */
  private static long sizeWithinLimit(Path file) {
    try {
      long size = Files.size(file);
      return size <= YamlTree.MAX_BYTES ? size : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  static boolean isCaseFile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * Paths as the user typed them, with '/' on every platform, so messages and golden files agree.
   * Only "." segments go: "extra/../cases" stays as typed, since "extra" may not exist.
   */
  static String display(Path path) {
    List<String> parts = new ArrayList<>();
    for (Path p : path) {
      if (!p.toString().equals(".")) {
        parts.add(p.toString());
      }
    }
    String root = path.getRoot() == null ? "" : path.getRoot().toString();
    String s = (root + String.join("/", parts)).replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
