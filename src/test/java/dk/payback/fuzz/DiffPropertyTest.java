package dk.payback.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.calc.Analysis;
import dk.payback.calc.Discounting;
import dk.payback.check.Checker;
import dk.payback.check.LineChange;
import dk.payback.check.ProposalRevision;
import dk.payback.check.Revision;
import dk.payback.check.StatedChange;
import dk.payback.check.TotalRevision;
import dk.payback.cli.Cli;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} on fuzzed case sets: a set against itself reports nothing and exits 0; A against B
 * is B against A mirrored (added for removed, before for after, every difference negated).
 */
class DiffPropertyTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20240613L);
  private static final int SETS = Math.max(20, Integer.getInteger("fuzz.mutations", 2000) / 20);

  @TempDir Path dir;

  @Test
  void aSetAgainstItselfIsNothingAndTwoSetsAreMirrorImages() throws Exception {
    List<Path> originals;
    try (Stream<Path> s = Files.list(Path.of("cases"))) {
      originals = s.sorted().toList();
    }
    Random random = new Random(SEED);
    Mutator mutator = new Mutator(random);
    int compared = 0;
    for (int i = 0; i < SETS; i++) {
      Path a = mutated(dir.resolve("a" + i), originals, mutator, random);
      Path b = mutated(dir.resolve("b" + i), originals, mutator, random);
      LoadResult la = CaseLoader.load(List.of(a));
      Cli.Result same = Cli.run("diff", "--format", "json", a.toString(), a.toString());
      if (!la.ok() || !checks(la)) {
        // A set that does not load, or whose stated figures are too far out to compare, is input
        // the
        // command refuses; the properties are about the sets it compares.
        assertThat(same.exitCode()).as("set %d is refused", i).isEqualTo(2);
        continue;
      }
      assertThat(same.exitCode()).as(same.err()).isEqualTo(0);
      assertThat(same.out()).contains("\"changed\": false");
      LoadResult lb = CaseLoader.load(List.of(b));
      if (!lb.ok() || !checks(lb)) {
        continue;
      }
      Revision ab = revision(la, lb);
      Revision ba = revision(lb, la);
      assertThat(revision(la, la).isEmpty()).isTrue();
      mirrored(ab, ba, "set " + i);
      compared++;
    }
    assertThat(compared).as("pairs of sets that loaded").isGreaterThan(SETS / 4);
  }

  /** Whether the set can be checked: its amounts add up and its stated figures compare. */
  private static boolean checks(LoadResult set) {
    try {
      Checker.check(Analysis.of(set.cases()), 0);
      return true;
    } catch (dk.payback.model.PaybackException e) {
      return false;
    }
  }

  private static Revision revision(LoadResult before, LoadResult after) {
    Analysis was = Analysis.of(before.cases());
    Analysis is = Analysis.of(after.cases());
    return Revision.of(was, Checker.check(was, 0), is, Checker.check(is, 0), Discounting.DEFAULT);
  }

  /** The real cases with one to three mutations, most of them of files that still load. */
  private static Path mutated(Path to, List<Path> originals, Mutator mutator, Random random)
      throws Exception {
    Files.createDirectories(to);
    for (Path f : originals) {
      Files.copy(f, to.resolve(f.getFileName()));
    }
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      Path f = to.resolve(originals.get(random.nextInt(originals.size())).getFileName());
      byte[] was = Files.readAllBytes(f);
      Files.write(f, mutator.mutate(new String(was, StandardCharsets.UTF_8)).bytes());
      // Most sets should load, so that there is something to compare; one in four may not.
      if (random.nextInt(4) != 0 && !CaseLoader.load(List.of(f)).ok()) {
        Files.write(f, was);
      }
    }
    return to;
  }

  private static void mirrored(Revision ab, Revision ba, String label) {
    Map<String, ProposalRevision> back =
        ba.proposals().stream()
            .collect(Collectors.toMap(p -> dk.payback.model.Proposal.idKey(p.id()), p -> p));
    assertThat(back).as(label).hasSameSizeAs(ab.proposals());
    for (ProposalRevision p : ab.proposals()) {
      ProposalRevision q = back.get(dk.payback.model.Proposal.idKey(p.id()));
      String what = label + " " + p.id();
      assertThat(q).as(what).isNotNull();
      assertThat(q.status()).as(what).isEqualTo(p.status().mirror());
      assertThat(q.before()).as(what).isEqualTo(p.after());
      assertThat(q.after()).as(what).isEqualTo(p.before());
      assertThat(q.investmentDifference()).as(what).isEqualTo(-p.investmentDifference());
      assertThat(q.npvDifference()).as(what).isEqualTo(-p.npvDifference());
      assertThat(q.lines().stream().map(c -> mirror(c)).collect(Collectors.toSet()))
          .as(what)
          .isEqualTo(p.lines().stream().map(c -> key(c)).collect(Collectors.toSet()));
      assertThat(
              q.stated().stream()
                  .map(
                      c ->
                          List.of(
                              c.figure(),
                              String.valueOf(c.year()),
                              String.valueOf(c.after()),
                              String.valueOf(c.before())))
                  .toList())
          .as(what)
          .containsExactlyInAnyOrderElementsOf(
              p.stated().stream()
                  .map(
                      c ->
                          List.of(
                              c.figure(),
                              String.valueOf(c.year()),
                              String.valueOf(c.before()),
                              String.valueOf(c.after())))
                  .toList());
      assertThat(q.appeared()).as(what).containsExactlyInAnyOrderElementsOf(p.disappeared());
      assertThat(q.disappeared()).as(what).containsExactlyInAnyOrderElementsOf(p.appeared());
    }
    assertThat(ba.appeared()).as(label).containsExactlyInAnyOrderElementsOf(ab.disappeared());
    total(ab.investment(), ba.investment(), label);
    total(ab.innovation(), ba.innovation(), label);
    Function<StatedChange, List<Object>> forward =
        c ->
            List.of(
                c.subject(),
                c.figure(),
                String.valueOf(c.year()),
                String.valueOf(c.before()),
                String.valueOf(c.after()));
    Function<StatedChange, List<Object>> backward =
        c ->
            List.of(
                c.subject(),
                c.figure(),
                String.valueOf(c.year()),
                String.valueOf(c.after()),
                String.valueOf(c.before()));
    assertThat(ba.overview().stream().map(backward).toList())
        .as(label)
        .containsExactlyInAnyOrderElementsOf(ab.overview().stream().map(forward).toList());
  }

  private static List<Object> key(LineChange c) {
    return List.of(
        c.permanent(), c.status(), String.valueOf(c.before()), String.valueOf(c.after()));
  }

  private static List<Object> mirror(LineChange c) {
    return List.of(
        c.permanent(), c.status().mirror(), String.valueOf(c.after()), String.valueOf(c.before()));
  }

  private static void total(TotalRevision ab, TotalRevision ba, String label) {
    assertThat(ba.before()).as(label).isEqualTo(ab.after());
    assertThat(ba.after()).as(label).isEqualTo(ab.before());
    assertThat(ba.npvDifference()).as(label).isEqualTo(-ab.npvDifference());
    assertThat(ba.savingsDifference()).as(label).isEqualTo(ab.savingsDifference().map(v -> -v));
  }
}
