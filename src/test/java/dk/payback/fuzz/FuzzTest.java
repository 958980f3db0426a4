package dk.payback.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.payback.calc.Calculator;
import dk.payback.calc.ProposalFigures;
import dk.payback.cli.Cli;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.Location;
import dk.payback.model.Proposal;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random mutations of the real case files, each run through the command line
 * in-process. Every run must end with exit 0 or 2 and a message in the compiler format: no stack
 * trace, no internal error (exit 3), no hang; and a file that loads must give the figures that an
 * independent recomputation (SnakeYAML's safe loader and {@link BigInteger}, see {@link Oracle})
 * gives, and where only one digit of one amount changed, exactly the known change in the totals.
 *
 * <p>Each mutated file also goes through {@code check} (exit 0, 1 or 2, the same input errors as
 * {@code summary}, never a stack trace), and every 16th ({@code -Dfuzz.reportEvery=N}) through
 * {@code report --format json -o FILE}: the file is then whole JSON, or on exit 2 the old report as
 * it was.
 *
 * <p>The seed is fixed, so a failure replays; {@code -Dfuzz.seed=N -Dfuzz.mutations=N} runs other
 * or longer series. Failing inputs are written to {@code target/fuzz-failures/} to be minimised
 * into {@code src/test/resources/regressions/}.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20180906L);
  private static final int MUTATIONS = Integer.getInteger("fuzz.mutations", 2000);
  private static final int REPORT_EVERY = Integer.getInteger("fuzz.reportEvery", 16);

  /**
   * Not a timing assertion: a guard so that a hang fails the test instead of stalling the build.
   */
  private static final long HANG_SECONDS = 60;

  private static final Pattern ERROR_LINE = Pattern.compile(".+:\\d+:\\d+: error: .+");
  private static final Pattern COUNT_LINE =
      Pattern.compile("\\d+ errors? in \\d+ files?; nothing was computed");
  private static final Pattern CHECKS_LINE =
      Pattern.compile(
          "\\d+ forslag i \\d+ fil(er)?, \\d+ tal sammenholdt: .+, \\d+ advars(el|ler).*");
  private static final byte[] OLD_REPORT = "old report".getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private ExecutorService runner;

  @BeforeEach
  void startRunner() {
    runner =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz");
              t.setDaemon(true);
              return t;
            });
  }

  @AfterEach
  void stopRunner() {
    runner.shutdownNow();
  }

  @Test
  void randomMutationsOfTheRealCasesNeverCrashHangOrLie() throws Exception {
    List<Path> originals;
    try (Stream<Path> s = Files.list(Path.of("cases"))) {
      originals = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(originals).hasSizeGreaterThan(10);
    Random random = new Random(SEED);
    Mutator mutator = new Mutator(random);
    List<String> failures = new ArrayList<>();
    Path reportFile = Files.createDirectory(dir.resolve("out")).resolve("report.json");
    int reportsWritten = 0;
    int loaded = 0;
    int digitChecks = 0;
    for (int i = 0; i < MUTATIONS && failures.size() < 10; i++) {
      Path original = originals.get(random.nextInt(originals.size()));
      String text = Files.readString(original, StandardCharsets.UTF_8);
      Mutator.Mutation m = mutator.mutate(text);
      Path file = dir.resolve(original.getFileName());
      Files.write(file, m.bytes());
      String label = "#" + i + " " + original.getFileName() + ": " + m.description();
      List<String> problems = new ArrayList<>();
      Cli.Result r;
      Cli.Result check;
      Cli.Result report = null;
      try {
        r = guarded("summary", file.toString());
        check = guarded("check", file.toString());
        if (i % REPORT_EVERY == 0) {
          Files.write(reportFile, OLD_REPORT);
          report =
              guarded("report", "--format", "json", "-o", reportFile.toString(), file.toString());
        }
      } catch (TimeoutException e) {
        failures.add(label + ": no answer after " + HANG_SECONDS + " s");
        keep(i, original, m);
        break;
      }
      problems.addAll(checkOutput(r));
      problems.addAll(checkCheck(check, r));
      if (report != null) {
        problems.addAll(checkReport(report, r, reportFile));
        reportsWritten += report.exitCode() == 0 ? 1 : 0;
      }
      if (r.exitCode() == 0) {
        loaded++;
        problems.addAll(checkFigures(file, m, original));
        if (m.digit() != null) {
          digitChecks++;
        }
      } else if (m.sameFigures()) {
        problems.add("a change that keeps every figure was refused: " + r.err());
      }
      if (!problems.isEmpty()) {
        failures.add(label + ": " + String.join("; ", problems));
        keep(i, original, m);
      }
      Files.delete(file);
    }
    assertThat(failures).as("seed %d", SEED).isEmpty();
    // The oracle must have had something to judge, or the test could not fail for a wrong total.
    assertThat(loaded).isGreaterThan(MUTATIONS / 20);
    assertThat(digitChecks).isGreaterThan(MUTATIONS / 100);
    assertThat(reportsWritten).isGreaterThan(MUTATIONS / REPORT_EVERY / 20);
  }

  private Cli.Result guarded(String... args) throws Exception {
    return guarded(() -> Cli.run(args));
  }

  /** check reads as summary does: the same input errors, or a check with its count line. */
  private static List<String> checkCheck(Cli.Result check, Cli.Result summary) {
    List<String> problems = crashed("check: ", check);
    String all = check.out() + check.err();
    if (summary.exitCode() == 2 && (check.exitCode() != 2 || !check.err().equals(summary.err()))) {
      problems.add(
          "check: exit " + check.exitCode() + " where summary refused the input: " + check.err());
    } else if (check.exitCode() == 0 || check.exitCode() == 1) {
      List<String> lines = check.out().lines().toList();
      if (!check.err().isEmpty()
          || lines.isEmpty()
          || !CHECKS_LINE.matcher(lines.get(lines.size() - 1)).matches()) {
        problems.add(
            "check: exit "
                + check.exitCode()
                + " without its count line, or with messages: "
                + all);
      }
    } else if (check.exitCode() == 2) {
      // Loaded, yet refused: stated figures too large to compare, said as an input error.
      problems.addAll(errorLines("check: ", check));
    } else {
      problems.add("check: exit " + check.exitCode() + ": " + check.err());
    }
    return problems;
  }

  /**
   * The report file is whole JSON, or on exit 2 the old report untouched; never a temporary file
   * left.
   */
  private static List<String> checkReport(Cli.Result report, Cli.Result summary, Path file)
      throws IOException {
    List<String> problems = crashed("report: ", report);
    if (report.exitCode() == 0) {
      if (!report.out().isEmpty() || !report.err().isEmpty()) {
        problems.add("report: exit 0 with output: " + report.out() + report.err());
      }
      try {
        JsonNode json = JSON.readTree(file.toFile());
        if (json == null || !"payback".equals(json.path("report").asText())) {
          problems.add("report: exit 0, but the file is not a payback report");
        }
      } catch (IOException e) {
        problems.add(
            "report: exit 0, but the file is not whole JSON: "
                + e.getMessage().lines().findFirst().orElse(""));
      }
    } else if (report.exitCode() == 2) {
      if (!Arrays.equals(Files.readAllBytes(file), OLD_REPORT)) {
        problems.add("report: exit 2, but the old report was changed");
      }
      if (summary.exitCode() == 2 && !report.err().equals(summary.err())) {
        problems.add("report: other input errors than summary's: " + report.err());
      }
      problems.addAll(errorLines("report: ", report));
    } else {
      problems.add("report: exit " + report.exitCode() + ": " + report.err());
    }
    try (Stream<Path> left = Files.list(file.getParent())) {
      List<Path> files = left.toList();
      if (!files.equals(List.of(file))) {
        problems.add("report: files left beside the report: " + files);
      }
    }
    return problems;
  }

  private Cli.Result guarded(java.util.concurrent.Callable<Cli.Result> run) throws Exception {
    Future<Cli.Result> f = runner.submit(run);
    try {
      return f.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw e;
    }
  }

  private static List<String> checkOutput(Cli.Result r) {
    List<String> problems = crashed("", r);
    if (r.exitCode() == 0) {
      if (!r.err().isEmpty()) {
        problems.add("exit 0 with messages: " + r.err());
      }
      if (r.out().isEmpty()) {
        problems.add("exit 0 and nothing printed");
      }
    } else if (r.exitCode() == 2) {
      problems.addAll(errorLines("", r));
    } else {
      problems.add("exit " + r.exitCode() + ": " + r.err());
    }
    return problems;
  }

  /**
   * @param command the command's name and ": " before each problem, or ""
   */
  private static List<String> crashed(String command, Cli.Result r) {
    List<String> problems = new ArrayList<>();
    String all = r.out() + r.err();
    if (all.contains("Exception") || all.contains("\tat ") || all.contains("internal error")) {
      problems.add(command + "stack trace or internal error: " + r.err());
    }
    return problems;
  }

  /**
   * Exit 2: nothing printed, and one or more messages in the compiler format with their count line.
   */
  private static List<String> errorLines(String command, Cli.Result r) {
    List<String> problems = new ArrayList<>();
    if (!r.out().isEmpty()) {
      problems.add(command + "exit 2 but something was printed: " + r.out());
    }
    List<String> lines = r.err().lines().toList();
    if (lines.isEmpty()) {
      problems.add(command + "exit 2 without a message");
    }
    for (String line : lines) {
      if (!ERROR_LINE.matcher(line).matches() && !COUNT_LINE.matcher(line).matches()) {
        problems.add(command + "not a file:line:column message: " + line);
      }
    }
    return problems;
  }

  /** The loader's figures against the oracle's, and against the known effect of a changed digit. */
  private static List<String> checkFigures(Path file, Mutator.Mutation m, Path original)
      throws IOException {
    List<String> problems = new ArrayList<>();
    LoadResult result = CaseLoader.load(List.of(file));
    if (!result.ok() || result.cases().proposals().isEmpty()) {
      return problems; // the overview: nothing is computed from it alone
    }
    Proposal p = result.cases().proposals().get(0);
    ProposalFigures ours = Calculator.calculate(p);
    Object doc;
    try {
      doc = Oracle.parse(new String(m.bytes(), StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      problems.add(
          "loaded, but SnakeYAML's safe loader refuses it: "
              + e.getMessage().lines().findFirst().orElse(""));
      return problems;
    }
    Oracle.Figures theirs;
    try {
      theirs = Oracle.figures((Map<?, ?>) doc);
    } catch (RuntimeException e) {
      problems.add("loaded, but holds no plain figures: " + e);
      return problems;
    }
    compare(problems, "id", p.id(), theirs.id());
    compare(problems, "permanent total", big(ours.permanentTotal()), theirs.permanentTotal());
    compare(
        problems,
        "implementation total",
        big(ours.implementationTotal()),
        theirs.implementationTotal());
    compare(problems, "net impact", big(ours.netImpact()), theirs.netImpact());
    compare(problems, "cumulative", big(ours.cumulative()), theirs.cumulative());
    compare(problems, "investment", BigInteger.valueOf(ours.investment()), theirs.investment());
    Oracle.Payback payback =
        switch (ours.payback().kind()) {
          case YEARS ->
              new Oracle.Payback("years", ours.payback().years(), ours.payback().extrapolated());
          case NONE -> new Oracle.Payback("none", 0, false);
          case NOT_APPLICABLE -> new Oracle.Payback("n/a", 0, false);
        };
    compare(problems, "payback", payback, theirs.payback());
    if (m.digit() != null) {
      problems.addAll(checkDigit(m.digit(), ours, original));
    }
    Cli.Result show = Cli.run("show", "--cases", file.toString(), p.id());
    problems.addAll(checkOutput(show));
    return problems;
  }

  private static final Map<Path, Proposal> ORIGINALS = new java.util.HashMap<>();

  /** One amount changed by a known delta: exactly its year's total moves, by exactly that much. */
  private static List<String> checkDigit(
      Mutator.DigitChange d, ProposalFigures ours, Path original) {
    List<String> problems = new ArrayList<>();
    Proposal p =
        ORIGINALS.computeIfAbsent(
            original, f -> CaseLoader.load(List.of(f)).cases().proposals().get(0));
    ProposalFigures was = Calculator.calculate(p);
    String path = null;
    for (Map.Entry<String, Location> e : p.origin().positions().entrySet()) {
      Location l = e.getValue();
      if (l.line() == d.line() + 1
          && l.column() == d.column()
          && e.getKey().endsWith("." + d.year())) {
        path = e.getKey();
      }
    }
    long delta = d.after() - d.before();
    Amounts permanent = was.permanentTotal();
    Amounts implementation = was.implementationTotal();
    long investment = was.investment();
    if (path != null
        && (path.matches("permanent\\.\\d+\\.amounts\\.\\d+")
            || path.startsWith("summary_only.savings."))) {
      permanent = shifted(permanent, d.year(), delta);
    } else if (path != null && path.matches("implementation\\.\\d+\\.amounts\\.\\d+")) {
      implementation = shifted(implementation, d.year(), delta);
      investment += delta;
    }
    compare(problems, "permanent total after " + path, ours.permanentTotal(), permanent);
    compare(
        problems, "implementation total after " + path, ours.implementationTotal(), implementation);
    compare(problems, "investment after " + path, ours.investment(), investment);
    return problems;
  }

  private static Amounts shifted(Amounts a, int year, long delta) {
    TreeMap<Integer, Long> m = new TreeMap<>(a.byYear());
    m.merge(year, delta, Long::sum);
    return new Amounts(m);
  }

  private static TreeMap<Integer, BigInteger> big(Amounts a) {
    TreeMap<Integer, BigInteger> m = new TreeMap<>();
    a.byYear().forEach((y, v) -> m.put(y, BigInteger.valueOf(v)));
    return m;
  }

  private static void compare(List<String> problems, String what, Object ours, Object theirs) {
    if (!ours.equals(theirs)) {
      problems.add(what + ": payback computes " + ours + ", the oracle " + theirs);
    }
  }

  private static void keep(int i, Path original, Mutator.Mutation m) throws IOException {
    Path out = Path.of("target", "fuzz-failures");
    Files.createDirectories(out);
    Files.write(out.resolve(String.format("%05d-%s", i, original.getFileName())), m.bytes());
  }
}
