package org.msmepulse.job;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.msmepulse.config.JobConfig;
import org.msmepulse.stages.SharedCore;
import org.msmepulse.stages.ingest.BatchFingerprint;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.prepare.ArticleChanges;
import org.msmepulse.stages.prepare.BatchAccounting;
import org.msmepulse.stages.topics.TopicFit;
import org.msmepulse.warehouse.ConcurrentChange;
import org.msmepulse.warehouse.RunWrites;
import org.msmepulse.warehouse.Warehouse;
import org.msmepulse.warehouse.WarehouseState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch job. A run reads its batch, sets aside what is quarantined or a duplicate, finds the
 * new and changed articles, analyzes only those, scores them with the topic model (or fits a new
 * one), and writes their rows and the monthly rows of the months they touch. The tables are always
 * what one run on all the articles would give (the topic tables as of the model's last fit), so the
 * same input twice leaves the same tables and A then B equals A and B together. Nothing is written
 * until all is computed; after a run that did not finish, or a concurrent run's change, a run
 * derives every table again from the articles.
 */
public final class PulseJob {
  private static final Logger LOG = LoggerFactory.getLogger(PulseJob.class);

  private final SparkSession spark;
  private final JobConfig cfg;

  public PulseJob(SparkSession spark, JobConfig cfg) {
    this.spark = spark;
    this.cfg = cfg;
  }

  /**
   * @param inputs input paths; empty means the built-in sample
   * @param topics the number of topics, or null for the configured default
   */
  public RunSummary run(List<String> inputs, Integer topics, boolean rebuild) {
    return run(inputs, topics, false, rebuild);
  }

  /**
   * @param refit fit a new topic model whatever {@code topics.refit} says
   */
  public RunSummary run(List<String> inputs, Integer topics, boolean refit, boolean rebuild) {
    java.time.Instant started = java.time.Instant.now();
    long startedNanos = System.nanoTime();
    Warehouse wh = new Warehouse(spark, cfg.warehouse);
    // Whatever can refuse the run (paths, formats, CSV headers, gazetteers) is checked before
    // --rebuild clears a table.
    Dataset<Row> raw =
        inputs.isEmpty()
            ? Ingest.sample(spark)
            : Ingest.read(spark, Ingest.resolve(spark, inputs, cfg.inputFormat), cfg.textGlob);
    SharedCore.Gazetteers gazetteers = SharedCore.Gazetteers.load(cfg.gazetteerDir);
    if (rebuild) {
      raw = raw.persist(StorageLevel.MEMORY_AND_DISK()); // read before a table is cleared
      raw.count();
      wh.clear();
    }
    String fingerprint =
        BatchFingerprint.of(
            spark.sparkContext().hadoopConfiguration(),
            inputs,
            cfg.asMap(),
            gazetteers.hash(),
            topics);
    RunRecord run =
        RunRecord.start(
            started, startedNanos, inputs, new TopicFit.Request(topics, refit), fingerprint);
    if (!rebuild && !refit && cfg.skipSeenBatches) {
      RunSummary seen = SameBatch.rerun(spark, cfg, wh, run);
      if (seen != null) {
        return seen;
      }
    }
    Broadcast<SharedCore.Gazetteers> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(gazetteers);
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return attempt(run.attempt(attempt), raw, wh, shared);
        } catch (RuntimeException e) {
          if (!ConcurrentChange.isCause(e) || attempt >= cfg.commitAttempts) {
            throw e;
          }
          LOG.warn(
              "run {}: attempt {} of {} met a concurrent change ({}); deriving every table again",
              run.runId(),
              attempt,
              cfg.commitAttempts,
              ConcurrentChange.firstLine(e));
        }
      }
    } finally {
      shared.destroy();
      raw.unpersist();
    }
  }

  private RunSummary attempt(
      RunRecord run, Dataset<Row> raw, Warehouse wh, Broadcast<SharedCore.Gazetteers> gazetteers) {
    try (RunResources res = new RunResources(spark)) {
      WarehouseState state = WarehouseState.read(spark, wh);
      boolean full = run.attempt() > 1 || state.needsFullDerive();
      RunSteps steps = new RunSteps(spark, cfg, wh, state, run, res, gazetteers);
      BatchAccounting batch = steps.prepare(raw);
      ArticleChanges changes = steps.changes(batch);
      RunWrites logs =
          new RunWrites(wh, state, run.runId()).logs(batch.quarantine(), batch.duplicates());
      if (steps.nothingToDerive(changes, full)) {
        LOG.info("run {}: nothing new in {} records", run.runId(), batch.recordsRead());
        return steps.finish(batch, changes, null, logs);
      }
      Dataset<Row> analyzed = steps.analyze(changes);
      RunSteps.Derived derived = steps.derive(analyzed, changes, full);
      return steps.finish(batch, changes, derived, steps.writes(derived, full, logs));
    }
  }
}
