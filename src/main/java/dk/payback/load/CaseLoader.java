package dk.payback.load;

import dk.payback.calc.Calculator;
import dk.payback.model.CaseSet;
import dk.payback.model.Location;
import dk.payback.model.Portfolio;
import dk.payback.model.Proposal;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
 * Reads case files and folders (recursively, {@code *.yaml} and {@code *.yml}) into a {@link CaseSet},
 * collecting every error of every file. Files are parsed in parallel: each is independent until the
 * set is put together, in the order of the sorted paths.
 */
public final class CaseLoader {

  private CaseLoader() {}

  /** What one file gave: a proposal, a portfolio, or errors. */
  private record FileResult(Path path, Object value, List<Diagnostic> errors) {}

  public static LoadResult load(List<Path> paths) {
    List<Diagnostic> errors = new ArrayList<>();
    List<Path> files = collect(paths, errors);
    List<FileResult> results =
        files.parallelStream().map(CaseLoader::loadFile).toList();
    List<Proposal> proposals = new ArrayList<>();
    Portfolio portfolio = null;
    String portfolioFile = null;
    for (FileResult r : results) {
      errors.addAll(r.errors());
      if (r.value() instanceof Proposal p) {
        proposals.add(p);
      } else if (r.value() instanceof Portfolio pf) {
        if (portfolio == null) {
          portfolio = pf;
          portfolioFile = pf.origin().file();
        } else {
          errors.add(
              new Diagnostic(
                  Location.ofFile(pf.origin().file()),
                  "a second portfolio (the first is " + portfolioFile + ")",
                  "keep one overview file per folder of cases"));
        }
      }
    }
    return new LoadResult(new CaseSet(proposals, portfolio), errors, files.size());
  }

  /** Reads one file; never throws for bad input. */
  static FileResult loadFile(Path path) {
    String name = display(path);
    List<Diagnostic> errors = new ArrayList<>();
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > YamlTree.MAX_BYTES) {
        errors.add(
            new Diagnostic(
                Location.ofFile(name),
                "file is " + size + " bytes, more than the " + YamlTree.MAX_BYTES + " a case file may have",
                "a case file holds one proposal; move other data out of the cases folder"));
        return new FileResult(path, null, errors);
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      errors.add(new Diagnostic(Location.ofFile(name), "cannot read file: " + describe(e), "check that it exists and is readable"));
      return new FileResult(path, null, errors);
    }
    Object value =
        YamlTree.parse(name, bytes, errors).map(root -> CaseReader.read(name, root, errors)).orElse(null);
    if (value instanceof Proposal p) {
      try {
        Calculator.calculate(p);
      } catch (ArithmeticException e) {
        errors.add(
            new Diagnostic(
                Location.ofFile(name),
                "the amounts of " + p.id() + " are too large to add up exactly",
                "amounts are thousands of kroner; check the number of digits"));
        value = null;
      }
    }
    return new FileResult(path, value, errors);
  }

  private static List<Path> collect(List<Path> paths, List<Diagnostic> errors) {
    Set<Path> files = new LinkedHashSet<>();
    for (Path root : paths) {
      String name = display(root);
      if (!Files.exists(root)) {
        errors.add(new Diagnostic(Location.ofFile(name), "no such file or folder", "give a case file or a folder of cases, such as cases/"));
        continue;
      }
      if (!Files.isDirectory(root)) {
        files.add(root);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(
            root,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isCaseFile(file)) {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof FileSystemLoopException) {
                  errors.add(new Diagnostic(Location.ofFile(display(file)), "symbolic link loop, not followed", "remove the link that points back to a parent folder"));
                } else if (isCaseFile(file) || Files.isDirectory(file)) {
                  errors.add(new Diagnostic(Location.ofFile(display(file)), "cannot read: " + describe(e), "check its permissions"));
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        errors.add(new Diagnostic(Location.ofFile(name), "cannot read folder: " + describe(e), "check its permissions"));
      }
      if (found.isEmpty()) {
        errors.add(new Diagnostic(Location.ofFile(name), "folder holds no case files (*.yaml, *.yml)", "point at the folder with the cases, such as cases/"));
      }
      found.sort(null);
      files.addAll(found);
    }
    return new ArrayList<>(files);
  }

  static boolean isCaseFile(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** Paths as the user typed them, with '/' on every platform, so messages and golden files agree. */
  static String display(Path path) {
    String s = path.normalize().toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
