package dk.payback.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Thousands of random mutations of the real case files, each run through the command line in-process.
 * Every run must end with exit 0 or 2 and a message in the compiler format: no stack trace, no internal
 * error (exit 3), no hang; and a file that loads must give the figures that an independent recomputation
 * (SnakeYAML's safe loader and {@link BigInteger}, see {@link Oracle}) gives, and where only one digit of
 * one amount changed, exactly the known change in the totals.
 *
 * <p>The seed is fixed, so a failure replays; {@code -Dfuzz.seed=N -Dfuzz.mutations=N} runs other or
 * longer series. Failing inputs are written to {@code target/fuzz-failures/} to be minimised into {@code
 * src/test/resources/regressions/}.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20180906L);
  private static final int MUTATIONS = Integer.getInteger("fuzz.mutations", 2000);

  /** Not a timing assertion: a guard so that a hang fails the test instead of stalling the build. */
  private static final long HANG_SECONDS = 60;

  private static final Pattern ERROR_LINE = Pattern.compile(".+:\\d+:\\d+: error: .+");
  private static final Pattern COUNT_LINE = Pattern.compile("\\d+ errors? in \\d+ files?; nothing was computed");

  @TempDir Path dir;

  private ExecutorService runner;

  @BeforeEach
  void startRunner() {
    runner = Executors.newSingleThreadExecutor(r -> {
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
  void random_mutations_of_the_real_cases_never_crash_hang_or_lie() throws Exception {
    List<Path> originals;
    try (Stream<Path> s = Files.list(Path.of("cases"))) {
      originals = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(originals).hasSizeGreaterThan(10);
    Random random = new Random(SEED);
    Mutator mutator = new Mutator(random);
    List<String> failures = new ArrayList<>();
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
      try {
        r = guarded(() -> Cli.run("summary", file.toString()));
      } catch (TimeoutException e) {
        failures.add(label + ": no answer after " + HANG_SECONDS + " s");
        keep(i, original, m);
        break;
      }
      problems.addAll(checkOutput(r));
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
    List<String> problems = new ArrayList<>();
    String all = r.out() + r.err();
    if (all.contains("Exception") || all.contains("\tat ") || all.contains("internal error")) {
      problems.add("stack trace or internal error: " + r.err());
    }
    if (r.exitCode() == 0) {
      if (!r.err().isEmpty()) {
        problems.add("exit 0 with messages: " + r.err());
      }
      if (r.out().isEmpty()) {
        problems.add("exit 0 and nothing printed");
      }
    } else if (r.exitCode() == 2) {
      if (!r.out().isEmpty()) {
        problems.add("exit 2 but a table was printed");
      }
      List<String> lines = r.err().lines().toList();
      if (lines.isEmpty()) {
        problems.add("exit 2 without a message");
      }
      for (String line : lines) {
        if (!ERROR_LINE.matcher(line).matches() && !COUNT_LINE.matcher(line).matches()) {
          problems.add("not a file:line:column message: " + line);
        }
      }
    } else {
      problems.add("exit " + r.exitCode() + ": " + r.err());
    }
    return problems;
  }

  /** The loader's figures against the oracle's, and against the known effect of a changed digit. */
  private static List<String> checkFigures(Path file, Mutator.Mutation m, Path original) throws IOException {
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
      problems.add("loaded, but SnakeYAML's safe loader refuses it: " + e.getMessage().lines().findFirst().orElse(""));
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
    compare(problems, "implementation total", big(ours.implementationTotal()), theirs.implementationTotal());
    compare(problems, "net impact", big(ours.netImpact()), theirs.netImpact());
    compare(problems, "cumulative", big(ours.cumulative()), theirs.cumulative());
    compare(problems, "investment", BigInteger.valueOf(ours.investment()), theirs.investment());
    Oracle.Payback payback = switch (ours.payback().kind()) {
      case YEARS -> new Oracle.Payback("years", ours.payback().years(), ours.payback().extrapolated());
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
  private static List<String> checkDigit(Mutator.DigitChange d, ProposalFigures ours, Path original) {
    List<String> problems = new ArrayList<>();
    Proposal p = ORIGINALS.computeIfAbsent(original, f -> CaseLoader.load(List.of(f)).cases().proposals().get(0));
    ProposalFigures was = Calculator.calculate(p);
    String path = null;
    for (Map.Entry<String, Location> e : p.origin().positions().entrySet()) {
      Location l = e.getValue();
      if (l.line() == d.line() + 1 && l.column() == d.column() && e.getKey().endsWith("." + d.year())) {
        path = e.getKey();
      }
    }
    long delta = d.after() - d.before();
    Amounts permanent = was.permanentTotal();
    Amounts implementation = was.implementationTotal();
    long investment = was.investment();
    if (path != null && (path.matches("permanent\\.\\d+\\.amounts\\.\\d+") || path.startsWith("summary_only.savings."))) {
      permanent = shifted(permanent, d.year(), delta);
    } else if (path != null && path.matches("implementation\\.\\d+\\.amounts\\.\\d+")) {
      implementation = shifted(implementation, d.year(), delta);
      investment += delta;
    }
    compare(problems, "permanent total after " + path, ours.permanentTotal(), permanent);
    compare(problems, "implementation total after " + path, ours.implementationTotal(), implementation);
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
