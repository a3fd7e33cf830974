package org.msmepulse.job;

import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.stages.topics.TopicFit;
import org.msmepulse.warehouse.ModelStore;
import org.msmepulse.warehouse.SeenBatches;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run of the batch the newest run read, with no table's rows changed since: every record is a
 * stored article as stored (or the same duplicate or quarantined record again), so the run would
 * derive nothing. It records its {@code runs} row (0 new, the batch's articles unchanged, {@code
 * batch_seen} 1) from what the newest run kept of the batch, without reading, cleaning or comparing
 * the batch, unless the topic model is due for a refit or is not the one that run left.
 */
final class SameBatch {
  private static final Logger LOG = LoggerFactory.getLogger(SameBatch.class);

  private SameBatch() {}

  /** The run's figures after its runs row is written, or null when the run must read its batch. */
  static RunSummary rerun(SparkSession spark, JobConfig cfg, Warehouse wh, RunRecord run) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    SeenBatches.Seen seen = SeenBatches.newest(wh, hadoop, run.fingerprint());
    if (seen == null) {
      return null;
    }
    ModelStore models = new ModelStore(spark, wh);
    ModelStore.Info info = models.exists() ? models.info() : null;
    if (!Objects.equals(info == null ? null : info.version(), seen.topicModel())) {
      return null;
    }
    Integer k = TopicFit.requestedK(run.topics(), cfg);
    String refit = TopicFit.refitReason(info, k, seen.articlesTotal(), run.topics(), cfg);
    if (refit != null) {
      LOG.info(
          "run {}: the batch the newest run read, but the topics are due: {}", run.runId(), refit);
      return null;
    }
    LOG.info(
        "run {}: the batch the newest run read ({} records, fingerprint {}), no table changed"
            + " since: nothing new",
        run.runId(),
        seen.recordsRead(),
        run.fingerprint().substring(0, 12));
    Map<String, Long> versions = SeenBatches.versions(wh, hadoop);
    RunSummary summary = run.finishSeen(wh, seen, info, versions);
    wh.append(Tables.RUNS, run.row(spark, summary), SeenBatches.metadata(run.seen(summary)));
    return summary;
  }
}
