package dk.payback.load;

/**
 * How much one run reads at most, so that a folder far above the cases (a home folder, the root)
 * gives a message at once instead of minutes of reading into all the memory there is.
 *
 * @param maxFiles the most case files one run reads
 * @param maxTotalBytes the most bytes those files may have together
 */
public record InputBounds(int maxFiles, long maxTotalBytes) {

  /**
   * Twice the 100,000 proposals of a national comparison (which the benchmark loads within a 512 MB
   * heap), at up to 5 kB each: far more than any investment pool has.
   */
  public static final InputBounds DEFAULT = new InputBounds(200_000, 1L << 30);
}
