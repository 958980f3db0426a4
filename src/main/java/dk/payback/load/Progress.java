package dk.payback.load;

/**
 * Told how many of a run's case files have been read, so that a long run can show how far it has
 * come. The loader reads on several threads and calls this from each of them, as files finish.
 */
@FunctionalInterface
public interface Progress {

  /** Tells nobody. */
  Progress NONE = (read, total) -> {};

  /**
   * @param read the files read so far, this one included
   * @param total the files the run reads
   */
  void filesRead(int read, int total);
}
