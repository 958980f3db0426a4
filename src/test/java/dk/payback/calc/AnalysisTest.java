package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.payback.model.Amounts;
import dk.payback.model.CaseSet;
import dk.payback.model.Diagnostic;
import dk.payback.model.Line;
import dk.payback.model.Location;
import dk.payback.model.Origin;
import dk.payback.model.PaybackException;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import dk.payback.model.Stated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  private static Proposal proposal(String id, long... costs) {
    List<Line> lines = new java.util.ArrayList<>();
    for (long c : costs) {
      lines.add(new Line("Udgift", null, Amounts.of(Map.of(2018, c))));
    }
    Origin origin =
        new Origin(
            id + ".yaml",
            Map.of("implementation.0.amounts.2018", new Location(id + ".yaml", 9, 22)));
    return new Proposal(
        id,
        ProposalType.INVESTMENT,
        "Forslag",
        null,
        null,
        null,
        null,
        List.of(2018, 2019),
        List.of(),
        lines,
        Stated.none(),
        null,
        null,
        List.of(),
        origin);
  }

  @Test
  void amountsThatOverflowAreAnInputErrorAtTheLargestAmountOfEachProposal() {
    Proposal a = proposal("XX01", Long.MAX_VALUE, 1);
    Proposal b = proposal("XX02", Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> Analysis.of(new CaseSet(List.of(a, b), null)))
        .isInstanceOfSatisfying(
            PaybackException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaybackException.Kind.INPUT);
              assertThat(e.diagnostics())
                  .extracting(Diagnostic::format)
                  .containsExactly(
                      "XX01.yaml:9:22: error: the amounts of XX01 are too large to add up exactly"
                          + " (the largest is 9223372036854775807 thousand kroner, here; check the number of digits)",
                      "XX02.yaml:9:22: error: the amounts of XX02 are too large to add up exactly"
                          + " (the largest is 9223372036854775807 thousand kroner, here; check the number of digits)");
            });
  }

  @Test
  void eachFigureIsComputedOnceAndSharedByEveryView() {
    Analysis analysis = Analysis.of(RealCases.all());
    Proposal ha02 = RealCases.get("HA02");
    assertThat(analysis.figures(ha02)).isSameAs(analysis.figures(ha02, Scenario.BASE));
    assertThat(analysis.overview()).isSameAs(analysis.overview(Scenario.BASE));
    Appraisal a = analysis.appraisal(ha02, Scenario.BASE, Discounting.DEFAULT);
    assertThat(a.figures()).isSameAs(analysis.figures(ha02));
    assertThat(analysis.appraisal(ha02, Scenario.BASE, Discounting.DEFAULT)).isSameAs(a);
    Sensitivity s = analysis.sensitivity(List.of(ha02), Sensitivity.STANDARD, Discounting.DEFAULT);
    // The base column is the appraisal made already, not a second one.
    assertThat(s.outcome(0, 0).netPresentValue()).isSameAs(a.netPresentValue());
    assertThat(s.outcome(0, 0).discountedPayback()).isSameAs(a.discountedPayback());
    // HA02: 1.400 in 2018 and 2.585 in 2019 against 6.000 a year from 2019: paid back in 2 years.
    assertThat(a.figures().investment()).isEqualTo(3985);
    assertThat(a.payback().years()).isEqualTo(2);
  }

  @Test
  void theGridShowsWhatEachScenariosOwnAppraisalGives() {
    Analysis grid = Analysis.of(RealCases.all());
    Analysis oneByOne = Analysis.of(RealCases.all());
    List<Proposal> proposals = grid.overview().proposals();
    Sensitivity s = grid.sensitivity(proposals, Sensitivity.STANDARD, Discounting.DEFAULT);
    for (int c = 0; c < Sensitivity.STANDARD.size(); c++) {
      Scenario scenario = Sensitivity.STANDARD.get(c);
      PortfolioAppraisal all = oneByOne.appraisal(proposals, scenario, Discounting.DEFAULT);
      for (int r = 0; r < proposals.size(); r++) {
        Appraisal a = all.appraisals().get(r);
        Sensitivity.Outcome o = s.outcome(r, c);
        assertThat(o.payback()).isEqualTo(a.payback());
        assertThat(o.discountedPayback()).isEqualTo(a.discountedPayback());
        assertThat(o.netPresentValue()).isEqualTo(a.netPresentValue());
        assertThat(o.lastYear()).isEqualTo(a.proposal().lastYear());
      }
      assertThat(s.byScenario().get(c).investmentTotal()).isEqualTo(all.investmentTotal());
      assertThat(s.byScenario().get(c).innovationTotal()).isEqualTo(all.innovationTotal());
      assertThat(s.byScenario().get(c).baseYear()).isEqualTo(all.baseYear());
    }
    // BU07, two years late: its last year moves on with its savings.
    int bu07 = proposals.indexOf(RealCases.get("BU07"));
    assertThat(s.outcome(bu07, 5).lastYear()).isEqualTo(s.outcome(bu07, 0).lastYear() + 2);
  }
}
