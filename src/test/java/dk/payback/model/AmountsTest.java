package dk.payback.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void aBlankYearIsNotAZero() {
    Amounts a = Amounts.of(Map.of(2019, 0L, 2021, -6000L));
    assertThat(a.has(2019)).isTrue();
    assertThat(a.get(2019)).isEqualTo(OptionalLong.of(0));
    assertThat(a.has(2020)).isFalse();
    assertThat(a.get(2020)).isEmpty();
    assertThat(a.valueOr0(2020)).isZero();
    assertThat(a.valueOr0(2021)).isEqualTo(-6000);
  }

  @Test
  void plusAddsYearByYearAndKeepsYearsOfEitherSide() {
    Amounts a = Amounts.of(Map.of(2018, 1400L, 2019, 1585L));
    Amounts b = Amounts.of(Map.of(2019, 1000L, 2022, -6000L));
    assertThat(a.plus(b).byYear())
        .containsExactly(Map.entry(2018, 1400L), Map.entry(2019, 2585L), Map.entry(2022, -6000L));
    assertThat(a.plus(Amounts.empty())).isEqualTo(a);
    assertThat(Amounts.empty().plus(b)).isEqualTo(b);
    assertThat(Amounts.sumOf(java.util.List.of(a, b, b)).valueOr0(2019)).isEqualTo(3585);
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Amounts big = Amounts.of(Map.of(2019, Long.MAX_VALUE));
    assertThatThrownBy(() -> big.plus(Amounts.of(Map.of(2019, 1L))))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> big.plus(big).sum()).isInstanceOf(ArithmeticException.class);
    Amounts two = Amounts.of(Map.of(2019, Long.MAX_VALUE, 2020, 1L));
    assertThatThrownBy(two::sum).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void yearsComeOutInOrderWhateverTheMapGiven() {
    TreeMap<Integer, Long> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(Map.of(2022, 3L, 2019, 1L, 2020, 2L));
    Amounts a = new Amounts(reversed);
    assertThat(a.byYear().keySet()).containsExactly(2019, 2020, 2022);
    assertThat(a.valueOr0(2022)).isEqualTo(3);
    assertThat(a).isEqualTo(Amounts.of(Map.of(2019, 1L, 2020, 2L, 2022, 3L)));
    assertThat(a.hashCode()).isEqualTo(Amounts.of(Map.of(2019, 1L, 2020, 2L, 2022, 3L)).hashCode());
    assertThat(a.map(v -> -v).byYear())
        .containsExactly(Map.entry(2019, -1L), Map.entry(2020, -2L), Map.entry(2022, -3L));
    assertThat(a).hasToString("Amounts[byYear={2019=1, 2020=2, 2022=3}]");
  }
}
