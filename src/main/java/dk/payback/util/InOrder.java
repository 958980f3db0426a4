package dk.payback.util;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Work on many items done on the other cores a little ahead of one consumer that takes the results
 * in the items' order, on the calling thread: what the consumer gets, and when it fails, are as if
 * it had all been done in a loop. Only a bounded number of results wait at any time, so that the
 * memory held stays small however many items there are.
 */
public final class InOrder {

  /** Items to a task: few enough that the work is shared out evenly, enough to be worth a task. */
  static final int BATCH = 32;

  /** Batches made ahead of the one the consumer is at: enough to keep the other cores busy. */
  static final int AHEAD = 8;

  private InOrder() {}

  /** What takes each result, in order. */
  public interface Consumer<R> {
    void accept(R result) throws IOException;
  }

  /**
   * Hands {@code work(item)} for each item to {@code consumer}, in order. The work must only read
   * what it is given. The calling thread does an item's work itself where no other thread has
   * started it yet (FutureTask.run does nothing for a started task), so it waits only when every
   * result ahead is under way; on one core everything is done in turn.
   */
  public static <T, R> void each(List<T> items, Function<T, R> work, Consumer<R> consumer)
      throws IOException {
    if (items.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
      for (T item : items) {
        consumer.accept(work.apply(item));
      }
      return;
    }
    int batches = (items.size() + BATCH - 1) / BATCH;
    ArrayDeque<FutureTask<List<R>>> pending = new ArrayDeque<>(AHEAD + 1);
    int next = 0;
    try {
      for (int i = 0; i < batches; i++) {
        for (; next < batches && next <= i + AHEAD; next++) {
          List<T> batch = items.subList(next * BATCH, Math.min(items.size(), (next + 1) * BATCH));
          FutureTask<List<R>> task =
              new FutureTask<>(() -> batch.stream().map(work).collect(Collectors.toList()));
          pending.add(task);
          ForkJoinPool.commonPool().execute(task);
        }
        FutureTask<List<R>> head = pending.peek();
        // While a pool thread is at the next batch, the last ones not yet started are done here
        // rather than waited for, so that the two seldom want the same one.
        for (var later = pending.descendingIterator(); !head.isDone() && later.hasNext(); ) {
          later.next().run();
        }
        for (R result : result(pending.remove())) {
          consumer.accept(result);
        }
      }
    } finally {
      // After a failure the rest is not wanted.
      pending.forEach(task -> task.cancel(false));
    }
  }

  private static <R> R result(FutureTask<R> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
