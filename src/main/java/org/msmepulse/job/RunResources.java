package org.msmepulse.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one attempt of a run holds in the Spark session: its cached Datasets, its shuffle partitions
 * and the description of its current step (the job name in the UI and event log). Closing it
 * releases the caches and puts the session's settings back.
 */
final class RunResources implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunResources.class);
  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private final SparkSession spark;
  private final String configuredPartitions;
  private final List<Dataset<Row>> cached = new ArrayList<>();
  private StorageLevel storage = StorageLevel.MEMORY_AND_DISK();
  private String stepName;
  private long stepStarted;
  private String stepRows;

  RunResources(SparkSession spark) {
    this.spark = spark;
    this.configuredPartitions = spark.conf().get(SHUFFLE_PARTITIONS);
  }

  /** Sizes shuffles and caches for {@code articles} articles ({@link RunSizing}). */
  void size(long articles) {
    int configured = Integer.parseInt(configuredPartitions);
    RunSizing sizing = RunSizing.of(articles, configured, Runtime.getRuntime().maxMemory());
    storage = sizing.storage();
    if (storage.equals(StorageLevel.DISK_ONLY())) {
      LOG.info("{} articles are cached on local disk, not in the heap", articles);
    }
    if (sizing.shufflePartitions() > configured) {
      LOG.info(
          "{} shuffle partitions for {} articles (configured: {})",
          sizing.shufflePartitions(),
          articles,
          configured);
      spark.conf().set(SHUFFLE_PARTITIONS, sizing.shufflePartitions());
    }
  }

  int shufflePartitions() {
    return Integer.parseInt(spark.conf().get(SHUFFLE_PARTITIONS));
  }

  StorageLevel storage() {
    return storage;
  }

  /**
   * Names the Spark jobs that follow, by the step of the run, and logs how long the previous step
   * took.
   */
  void step(String name) {
    endStep();
    stepName = name;
    stepStarted = System.nanoTime();
    stepRows = null;
    spark.sparkContext().setJobDescription("msme-pulse: " + name);
  }

  /**
   * What the current step produced ("47 records"), for its log line; only counts the run has
   * anyway, so no job runs to log them.
   */
  void rows(long n, String what) {
    stepRows = n + " " + what;
  }

  private void endStep() {
    if (stepName != null) {
      LOG.info(
          "step {}: {} s{}",
          stepName,
          String.format("%.1f", (System.nanoTime() - stepStarted) / 1e9),
          stepRows == null ? "" : ", " + stepRows);
    }
    stepName = null;
  }

  /**
   * Caches {@code d} until released or closed; a Dataset a stage persisted itself is adopted, not
   * cached twice.
   */
  Dataset<Row> persist(Dataset<Row> d) {
    Dataset<Row> p = d.storageLevel().equals(StorageLevel.NONE()) ? d.persist(storage) : d;
    cached.add(p);
    return p;
  }

  /** Releases a cached Dataset whose dependents are materialized (they keep their own blocks). */
  void release(Dataset<Row> d) {
    d.unpersist();
    cached.remove(d);
  }

  @Override
  public void close() {
    endStep();
    spark.conf().set(SHUFFLE_PARTITIONS, configuredPartitions);
    spark.sparkContext().setJobDescription(null);
    cached.forEach(Dataset::unpersist);
    cached.clear();
  }
}
