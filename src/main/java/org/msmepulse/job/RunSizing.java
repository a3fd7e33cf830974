package org.msmepulse.job;

import org.apache.spark.storage.StorageLevel;

/**
 * How a run sizes its work by the number of articles it handles.
 *
 * @param shufflePartitions partitions for shuffles of whole articles: at most {@value
 *     #ARTICLES_PER_PARTITION} articles each (about 15 MB of text), never fewer than configured
 * @param storage how the run's copies of the articles are cached: on local disk when a copy would
 *     fill more than a quarter of the heap (cached blocks otherwise leave too little execution
 *     memory; the OS page cache still serves them from memory when it can), else memory and disk
 */
record RunSizing(int shufflePartitions, StorageLevel storage) {
  static final long ARTICLES_PER_PARTITION = 5_000;

  /**
   * Cached bytes per article of a copy of the articles with their derived columns (measured: 2.6 GB
   * at 200,000).
   */
  static final long CACHED_BYTES_PER_ARTICLE = 13_000;

  /** Articles per data file of the article-level tables (about 180 MB of Parquet). */
  static final long ARTICLES_PER_FILE = 50_000;

  static RunSizing of(long articles, int configuredPartitions, long maxHeapBytes) {
    int partitions =
        (int)
            Math.max(
                configuredPartitions,
                Math.min(
                    100_000, (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION));
    StorageLevel storage =
        articles * CACHED_BYTES_PER_ARTICLE > maxHeapBytes / 4
            ? StorageLevel.DISK_ONLY()
            : StorageLevel.MEMORY_AND_DISK();
    return new RunSizing(partitions, storage);
  }

  /** Data files for an article-level table of {@code articles} rows. */
  static int files(long articles) {
    return (int) Math.max(1, (articles + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE);
  }
}
