package dk.payback.load;

import dk.payback.model.PaybackException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The case files of a git revision, read through the {@code git} command line ({@code ls-tree} and
 * {@code cat-file}) from the repository's objects: the work tree, the index and the checked-out
 * branch are never touched. A file is named in messages as {@code REV:path/in/repository.yaml}.
 */
public final class GitRevision {

  private GitRevision() {}

  /**
   * Reads the case files under {@code paths} as they were at {@code revision}. A path that did not
   * exist then gives no files: everything under it is new.
   *
   * @throws PaybackException a usage error where git is missing, a path lies outside a repository
   *     or the revision is unknown
   */
  public static LoadResult load(String revision, List<Path> paths) {
    if (revision.isBlank() || revision.startsWith("-")) {
      throw PaybackException.usage(
          "'"
              + revision
              + "' is not a revision: give a branch, tag or commit, such as origin/main");
    }
    List<CaseLoader.Named> files = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Path path : paths) {
      Path abs = path.toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw PaybackException.usage(
            "'" + CaseFiles.display(path) + "' is not in a git repository: no such folder");
      }
      Run top = git(dir, null, "rev-parse", "--show-toplevel");
      if (top.code != 0) {
        throw PaybackException.usage(
            "'"
                + CaseFiles.display(path)
                + "' is not in a git repository: --base reads the old version from one");
      }
      Path root = Path.of(top.text().strip());
      Run commit = git(root, null, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
      if (commit.code != 0) {
        throw PaybackException.usage(
            "unknown revision '"
                + revision
                + "' in "
                + root
                + ": give a branch, tag or commit (in CI, fetch the base branch first)");
      }
      String rel = relative(root, abs);
      Run listed = git(root, null, "ls-tree", "-r", "-z", "--name-only", revision, "--", rel);
      if (listed.code != 0) {
        throw PaybackException.usage("git ls-tree failed in " + root + ": " + listed.error());
      }
      List<String> names = new ArrayList<>();
      for (String name : listed.text().split("\0")) {
        String lower = name.toLowerCase(Locale.ROOT);
        if ((lower.endsWith(".yaml") || lower.endsWith(".yml")) && seen.add(root + "\0" + name)) {
          names.add(name);
        }
      }
      if (names.size() > InputBounds.DEFAULT.maxFiles()) {
        throw PaybackException.usage(
            revision
                + ":"
                + rel
                + " holds more than "
                + InputBounds.DEFAULT.maxFiles()
                + " case files; give the folder of the cases");
      }
      files.addAll(contents(root, revision, names));
    }
    return CaseLoader.loadNamed(files);
  }

  /** The path as git names it within the repository: forward slashes, "." for the root. */
  private static String relative(Path root, Path abs) {
    try {
      Path real = abs.toRealPath();
      Path r = root.toRealPath();
      String s = r.relativize(real).toString().replace('\\', '/');
      return s.isEmpty() ? "." : s;
    } catch (IOException e) {
      // A file that no longer exists in the work tree may still exist in the revision.
      String s = root.relativize(abs).toString().replace('\\', '/');
      return s.isEmpty() ? "." : s;
    }
  }

  /** Every blob in one call of {@code git cat-file --batch}: one process, however many files. */
  private static List<CaseLoader.Named> contents(Path root, String revision, List<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    StringBuilder in = new StringBuilder();
    names.forEach(n -> in.append(revision).append(':').append(n).append('\n'));
    Run batch = git(root, in.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
    if (batch.code != 0) {
      throw PaybackException.usage("git cat-file failed in " + root + ": " + batch.error());
    }
    byte[] out = batch.out;
    List<CaseLoader.Named> files = new ArrayList<>();
    int at = 0;
    for (String name : names) {
      int eol = indexOf(out, (byte) '\n', at);
      String header = new String(out, at, eol - at, StandardCharsets.UTF_8);
      String[] parts = header.split(" ");
      if (parts.length != 3 || !parts[1].equals("blob")) {
        throw PaybackException.usage("git cannot read " + revision + ":" + name + ": " + header);
      }
      int size = Integer.parseInt(parts[2]);
      byte[] bytes = java.util.Arrays.copyOfRange(out, eol + 1, eol + 1 + size);
      files.add(new CaseLoader.Named(revision + ":" + name, bytes));
      at = eol + 1 + size + 1;
    }
    return files;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    throw PaybackException.usage("git cat-file gave a truncated answer");
  }

  private record Run(int code, byte[] out, byte[] err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }

    String error() {
      return new String(err, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
    }
  }

  /** Runs git in {@code dir}, feeding it {@code input}; its own language, so its answers parse. */
  private static Run git(Path dir, byte[] input, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
    try {
      Process p = pb.start();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread drain =
          new Thread(
              () -> {
                try (InputStream e = p.getErrorStream()) {
                  e.transferTo(err);
                } catch (IOException ignored) {
                  // Only the message is lost; the exit code still says what happened.
                }
              });
      drain.start();
      Thread feed = null;
      if (input != null) {
        feed =
            new Thread(
                () -> {
                  try (OutputStream o = p.getOutputStream()) {
                    o.write(input);
                  } catch (IOException ignored) {
                    // git stopped reading: its exit code says why.
                  }
                });
        feed.start();
      } else {
        p.getOutputStream().close();
      }
      byte[] out;
      try (InputStream o = p.getInputStream()) {
        out = o.readAllBytes();
      }
      int code = p.waitFor();
      drain.join();
      if (feed != null) {
        feed.join();
      }
      return new Run(code, out, err.toByteArray());
    } catch (IOException e) {
      throw PaybackException.usage(
          "cannot run git (" + e.getMessage() + "): --base needs git on the PATH");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PaybackException.usage("interrupted while git was running");
    }
  }
}
