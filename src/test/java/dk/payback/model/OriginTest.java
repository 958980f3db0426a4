package dk.payback.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginTest {

  private final Origin origin =
      new Origin(
          "cases/HA02.yaml",
          Map.of(
              "stated", new Location("cases/HA02.yaml", 20, 1),
              "stated.net_impact", new Location("cases/HA02.yaml", 23, 15),
              "stated.net_impact.2020", new Location("cases/HA02.yaml", 23, 42)));

  @Test
  void aPathIsFoundWhereItWasRecorded() {
    assertThat(origin.locate("stated.net_impact.2020"))
        .isEqualTo(new Location("cases/HA02.yaml", 23, 42));
  }

  @Test
  void aPathWithoutAPositionFallsBackToItsParentThenToTheFile() {
    assertThat(origin.locate("stated.net_impact.2021"))
        .isEqualTo(new Location("cases/HA02.yaml", 23, 15));
    assertThat(origin.locate("stated.payback_years"))
        .isEqualTo(new Location("cases/HA02.yaml", 20, 1));
    assertThat(origin.locate("permanent.0.amounts.2019"))
        .isEqualTo(Location.ofFile("cases/HA02.yaml"));
  }

  @Test
  void positionsComeBackWholeAndOriginsCompareByContent() {
    assertThat(origin.positions())
        .hasSize(3)
        .containsEntry("stated", new Location("cases/HA02.yaml", 20, 1));
    Origin same = new Origin("cases/HA02.yaml", origin.positions());
    assertThat(same).isEqualTo(origin).hasSameHashCodeAs(origin);
    assertThat(Origin.ofFile("x.yaml").locate("anything")).isEqualTo(Location.ofFile("x.yaml"));
  }

  @Test
  void aPositionInAnotherFileIsKeptAsItIs() {
    Location there = new Location("cases/portfolio.yaml", 7, 3);
    Origin o =
        new Origin(
            "cases/HA02.yaml",
            Map.of("stated", new Location("cases/HA02.yaml", 20, 1), "row", there));
    assertThat(o.locate("row.investment")).isEqualTo(there);
    assertThat(o.locate("stated.net_impact")).isEqualTo(new Location("cases/HA02.yaml", 20, 1));
    assertThat(o.positions()).containsEntry("row", there).hasSize(2);
  }
}
