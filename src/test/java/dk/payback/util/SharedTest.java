package dk.payback.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

class SharedTest {

  @Test
  void anEqualValueGivesBackTheCopyKeptFirst() {
    ConcurrentMap<String, String> kept = new ConcurrentHashMap<>();
    String first = new String("Projektledelse");
    String second = new String("Projektledelse");

    assertThat(Shared.of(kept, first, first)).isSameAs(first);
    assertThat(Shared.of(kept, second, second)).isSameAs(first);
    assertThat(kept).hasSize(1);
  }

  @Test
  void theKeyMayDifferFromWhatIsKept() {
    ConcurrentMap<List<String>, String[]> kept = new ConcurrentHashMap<>();
    String[] first = {"id", "years"};
    String[] second = {"id", "years"};

    assertThat(Shared.of(kept, List.of(first), first)).isSameAs(first);
    assertThat(Shared.of(kept, List.of(second), second)).isSameAs(first);
  }
}
