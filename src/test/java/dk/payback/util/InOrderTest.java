package dk.payback.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

  private static List<Integer> upTo(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void resultsComeInTheItemsOrder() {
    List<Integer> items = upTo(10_000);

    List<String> results = InOrder.map(items, i -> "#" + i);

    assertThat(results).hasSize(10_000);
    assertThat(results.get(0)).isEqualTo("#0");
    assertThat(results.get(9_999)).isEqualTo("#9999");
    assertThat(results).isEqualTo(items.stream().map(i -> "#" + i).toList());
  }

  @Test
  void manyItemsAreWorkedOnByMoreThanOneThread() {
    // Waits until a second thread has started an item too, or gives up after a while: on one core
    // the common pool still has a worker besides the caller.
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch two = new CountDownLatch(2);
    InOrder.map(
        upTo(InOrder.PARALLEL_FROM * 4),
        i -> {
          if (threads.add(Thread.currentThread())) {
            two.countDown();
          }
          try {
            return two.await(50, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });

    assertThat(threads).hasSizeGreaterThan(1);
  }

  @Test
  void aFewItemsStayOnTheCallersThread() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    InOrder.map(upTo(InOrder.PARALLEL_FROM - 1), i -> threads.add(Thread.currentThread()));

    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void theFailureReportedIsTheFirstInTheItemsOrderNotInTime() {
    // Item 100 fails late, item 900 at once: a single thread would have met 100 first.
    assertThatThrownBy(
            () ->
                InOrder.map(
                    upTo(1_000),
                    i -> {
                      if (i == 100) {
                        sleep(200);
                        throw new ArithmeticException("item 100");
                      }
                      if (i == 900) {
                        throw new ArithmeticException("item 900");
                      }
                      return i;
                    }))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("item 100");
  }

  @Test
  void aFailureAmongFewItemsIsTheFirstToo() {
    assertThatThrownBy(
            () ->
                InOrder.map(
                    upTo(10),
                    i -> {
                      if (i >= 3) {
                        throw new IllegalArgumentException("item " + i);
                      }
                      return i;
                    }))
        .hasMessage("item 3");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
