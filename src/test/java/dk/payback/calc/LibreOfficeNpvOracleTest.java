package dk.payback.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tool's present values against LibreOffice Calc's NPV function, for every real case: the
 * golden file holds what Calc computed (src/scripts/npv-oracle.sh made it, with LibreOffice
 * installed); this test needs no LibreOffice. Calc works in binary floating point, so its unrounded
 * value may differ from the exact one in the last few digits, never by a millionth of a thousand
 * kroner; the rounded values must be equal.
 */
class LibreOfficeNpvOracleTest {

  static final Path GOLDEN = Path.of("src/test/resources/oracle/npv-libreoffice.csv");
  static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

  record OracleRow(
      String id,
      Discounting discounting,
      Scenario scenario,
      int baseYear,
      int endYear,
      BigDecimal calcNpv,
      long calcRounded,
      List<Long> flows) {}

  static List<OracleRow> rows() throws IOException {
    List<OracleRow> rows = new ArrayList<>();
    List<String> lines =
        Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.startsWith("#"))
            .toList();
    assertThat(lines.get(0))
        .startsWith(
            "id,rate_pct,horizon,savings_factor,cost_factor,delay,base_year,end_year,calc_npv,calc_npv_rounded,flows");
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      List<Long> flows =
          Arrays.stream(c, 10, c.length).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
      rows.add(
          new OracleRow(
              c[0],
              new Discounting(new DiscountRate(new BigDecimal(c[1])), Integer.parseInt(c[2])),
              new Scenario(new BigDecimal(c[3]), new BigDecimal(c[4]), Integer.parseInt(c[5])),
              Integer.parseInt(c[6]),
              Integer.parseInt(c[7]),
              new BigDecimal(c[8]),
              Long.parseLong(c[9]),
              flows));
    }
    return rows;
  }

  @Test
  void everyRealCaseIsInTheOracleAtBothMinistryRates() throws IOException {
    Set<String> ids =
        RealCases.all().proposals().stream().map(Proposal::id).collect(Collectors.toSet());
    for (DiscountRate rate : List.of(DiscountRate.MINISTRY_2021, DiscountRate.MINISTRY_2013)) {
      Set<String> inOracle =
          rows().stream()
              .filter(
                  r ->
                      r.discounting().equals(new Discounting(rate, Discounting.DEFAULT_HORIZON))
                          && r.scenario().isBase())
              .map(OracleRow::id)
              .filter(id -> !id.startsWith("TOTAL-"))
              .collect(Collectors.toSet());
      assertThat(inOracle)
          .as("at %s %%; rerun src/scripts/npv-oracle.sh after changing cases/", rate.percent())
          .isEqualTo(ids);
    }
  }

  @Test
  void presentValuesAgreeWithLibreOfficeCalc() throws IOException {
    List<OracleRow> rows = rows();
    assertThat(rows).hasSizeGreaterThan(100);
    for (OracleRow r : rows) {
      String what = r.id() + " at " + r.discounting() + " under " + r.scenario();
      NetPresentValue npv;
      Map<Integer, Long> flows = new TreeMap<>();
      if (r.id().startsWith("TOTAL-")) {
        ProposalType type = ProposalType.fromKey(r.id().substring("TOTAL-".length())).orElseThrow();
        PortfolioAppraisal pa = RealCases.appraiseAll(r.scenario(), r.discounting());
        npv = type == ProposalType.INVESTMENT ? pa.investmentTotal() : pa.innovationTotal();
        for (Appraisal a : pa.appraisals()) {
          if (a.proposal().type() == type) {
            CashFlows.of(a.figures(), a.netPresentValue().endYear())
                .byYear()
                .forEach((y, v) -> flows.merge(y, v, Math::addExact));
          }
        }
      } else {
        Appraisal a = RealCases.appraise(RealCases.get(r.id()), r.scenario(), r.discounting());
        npv = a.netPresentValue();
        flows.putAll(CashFlows.of(a.figures(), npv.endYear()).byYear().headMap(npv.endYear() + 1));
      }
      assertThat(new ArrayList<>(flows.values()))
          .as("yearly amounts of %s", what)
          .isEqualTo(r.flows());
      assertThat(npv.baseYear()).as(what).isEqualTo(r.baseYear());
      assertThat(npv.endYear()).as(what).isEqualTo(r.endYear());
      assertThat(npv.exact().subtract(r.calcNpv()).abs())
          .as("unrounded %s: tool %s, Calc %s", what, npv.exact(), r.calcNpv())
          .isLessThanOrEqualTo(TOLERANCE);
      assertThat(npv.thousands()).as("rounded %s", what).isEqualTo(r.calcRounded());
    }
  }
}
