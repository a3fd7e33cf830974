package org.msmepulse.job;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.prepare.ArticleChanges;
import org.msmepulse.stages.prepare.BatchAccounting;
import org.msmepulse.stages.topics.TopicFit;
import org.msmepulse.warehouse.ModelStore;
import org.msmepulse.warehouse.RunsTable;
import org.msmepulse.warehouse.Warehouse;

/**
 * One run's identity and request: its id ({@code yyyyMMdd'T'HHmmss'Z'-xxxxxxxx}), start time,
 * inputs, what it asks of the topic model, and which attempt this is; and the {@code runs} row it
 * ends with.
 */
record RunRecord(
    String runId,
    Instant started,
    long startedNanos,
    List<String> inputs,
    TopicFit.Request topics,
    int attempt) {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  static RunRecord start(List<String> inputs, TopicFit.Request topics) {
    Instant now = Instant.now();
    String id = ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new RunRecord(id, now, System.nanoTime(), inputs, topics, 1);
  }

  RunRecord attempt(int n) {
    return new RunRecord(runId, started, startedNanos, inputs, topics, n);
  }

  /**
   * The run's figures.
   *
   * @param derived what the run derived, or null when the batch changed nothing
   * @param model the saved model after the run, or null when there is none
   */
  RunSummary finish(
      Warehouse wh,
      BatchAccounting batch,
      ArticleChanges changes,
      RunSteps.Derived derived,
      ModelStore.Info model,
      Map<String, Long> versions,
      long storedArticles) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    if (derived != null) {
      metrics.putAll(derived.topics().metrics());
    } else if (model != null) {
      metrics.putAll(model.metrics());
      metrics.put("model_refit", 0.0);
    }
    metrics.put("articles_new", (double) changes.added());
    metrics.put("articles_changed", (double) changes.changed());
    metrics.put("articles_unchanged", (double) changes.unchanged());
    metrics.put("articles_rematched", (double) changes.rematched());
    metrics.put(
        "months_touched",
        derived == null ? 0.0 : derived.months() == null ? -1.0 : derived.months().size());
    metrics.put("attempts", (double) attempt);
    long durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
    long total = derived == null ? storedArticles : derived.documents();
    return new RunSummary(
        runId,
        wh.location(),
        batch.recordsRead(),
        batch.articleCount(),
        batch.duplicateCount(),
        batch.quarantined(),
        total,
        model == null ? 0 : model.k(),
        model == null ? null : model.version(),
        durationMs,
        metrics,
        versions);
  }

  /** The {@code runs} row of a finished run. */
  Dataset<Row> row(SparkSession spark, RunSummary s) {
    List<String> names = inputs.isEmpty() ? List.of("builtin:" + Ingest.SAMPLE_RESOURCE) : inputs;
    return RunsTable.row(
        spark,
        new RunsTable.Run(
            runId,
            started,
            names,
            s.recordsRead(),
            s.articles(),
            s.duplicates(),
            s.quarantined(),
            s.articlesTotal(),
            s.topics(),
            s.topicModel(),
            s.metrics(),
            s.tableVersions(),
            s.durationMs()));
  }
}
