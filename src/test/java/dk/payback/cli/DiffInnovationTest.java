package dk.payback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An innovation proposal's one-off costs are innovation costs ("Innovationsomkostninger") in every
 * layout of a diff, as in its table 1.1, not implementation costs.
 */
class DiffInnovationTest {

  static final Path REVISED = Path.of("target/diff-innovation/revised");

  @BeforeAll
  static void revise() throws Exception {
    DiffGoldenTest.revise(Path.of("cases"), REVISED);
    // IN01's first innovation cost 10 higher in 2019, its stated net impact along with it.
    DiffGoldenTest.edit(
        REVISED.resolve("IN01.yaml"),
        "amounts: { 2018: 275, 2019: 240 }",
        "amounts: { 2018: 275, 2019: 250 }");
    DiffGoldenTest.edit(
        REVISED.resolve("IN01.yaml"),
        "net_impact: { 2018: 460, 2019: 500 }",
        "net_impact: { 2018: 460, 2019: 510 }");
  }

  private static List<String> in01(String... format) throws Exception {
    String[] args = new String[format.length + 3];
    args[0] = "diff";
    System.arraycopy(format, 0, args, 1, format.length);
    args[format.length + 1] = "cases";
    args[format.length + 2] = REVISED.toString();
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).isZero();
    return r.out().lines().filter(l -> l.contains("IN01")).toList();
  }

  @Test
  void theCsvNamesTheInnovationCostsAndTheirChange() throws Exception {
    assertThat(in01("--format", "csv"))
        .contains(
            "IN01,innovation,changed,implementation_total,Samlede innovationsomkostninger,,,2019,500,510,10,,,")
        .noneMatch(l -> l.contains("mplementeringsomkostninger"));
  }

  @Test
  void theTextAndMarkdownSayInnovationCostsToo() throws Exception {
    for (String format : List.of("text", "md")) {
      List<String> lines =
          Cli.run("diff", "--format", format, "--wide", "cases", REVISED.toString())
              .out()
              .lines()
              .toList();
      assertThat(lines).anyMatch(l -> l.contains("Samlede innovationsomkostninger 2019"));
      // The changed line, under the name of its section.
      assertThat(lines.stream().filter(l -> l.contains("Projektledelse og understøttende")))
          .isNotEmpty()
          .allMatch(l -> l.contains("Innovationsomkostninger"));
    }
  }
}
