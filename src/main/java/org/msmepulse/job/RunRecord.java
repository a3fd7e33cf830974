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
import org.msmepulse.warehouse.SeenBatches;
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
    String fingerprint,
    int attempt) {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * @param fingerprint the batch's {@link org.msmepulse.stages.ingest.BatchFingerprint}
   */
  static RunRecord start(
      Instant started,
      long startedNanos,
      List<String> inputs,
      TopicFit.Request topics,
      String fingerprint) {
    String id = ID_TIME.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new RunRecord(id, started, startedNanos, inputs, topics, fingerprint, 1);
  }

  RunRecord attempt(int n) {
    return new RunRecord(runId, started, startedNanos, inputs, topics, fingerprint, n);
  }

  /**
   * What this run records of its batch with its runs row (for a run of the same batch after it).
   */
  SeenBatches.Seen seen(RunSummary s) {
    return new SeenBatches.Seen(
        fingerprint,
        s.recordsRead(),
        s.articles(),
        s.duplicates(),
        s.quarantined(),
        s.articlesTotal(),
        s.topicModel(),
        s.tableVersions());
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
    return summary(
        wh,
        new Counts(
            batch.recordsRead(), batch.articleCount(), batch.duplicateCount(), batch.quarantined()),
        changes.added(),
        changes.changed(),
        changes.unchanged(),
        changes.rematched(),
        derived,
        model,
        versions,
        storedArticles);
  }

  /** A batch's records read, articles, duplicates and quarantined records. */
  record Counts(long recordsRead, long articles, long duplicates, long quarantined) {}

  /** The figures of a run of the batch the newest run read, with nothing changed since. */
  RunSummary finishSeen(
      Warehouse wh, SeenBatches.Seen seen, ModelStore.Info model, Map<String, Long> versions) {
    Counts c =
        new Counts(seen.recordsRead(), seen.articles(), seen.duplicates(), seen.quarantined());
    RunSummary s =
        summary(wh, c, 0, 0, seen.articles(), 0, null, model, versions, seen.articlesTotal());
    s.metrics().put("batch_seen", 1.0);
    return s;
  }

  private RunSummary summary(
      Warehouse wh,
      Counts batch,
      long added,
      long changed,
      long unchanged,
      long rematched,
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
    metrics.put("articles_new", (double) added);
    metrics.put("articles_changed", (double) changed);
    metrics.put("articles_unchanged", (double) unchanged);
    metrics.put("articles_rematched", (double) rematched);
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
        batch.articles(),
        batch.duplicates(),
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
