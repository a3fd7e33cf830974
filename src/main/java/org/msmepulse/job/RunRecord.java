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
import org.msmepulse.stages.prepare.BatchAccounting;
import org.msmepulse.stages.topics.TopicFit;
import org.msmepulse.warehouse.RunsTable;
import org.msmepulse.warehouse.Warehouse;

/**
 * One run's identity and request: its id ({@code yyyyMMdd'T'HHmmss'Z'-xxxxxxxx}), start time,
 * inputs, the K asked for, and which attempt this is; and the {@code runs} row it ends with.
 */
record RunRecord(
    String runId,
    Instant started,
    long startedNanos,
    List<String> inputs,
    Integer topics,
    int attempt) {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  static RunRecord start(List<String> inputs, Integer topics) {
    Instant now = Instant.now();
    return new RunRecord(
        ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8),
        now,
        System.nanoTime(),
        inputs,
        topics,
        1);
  }

  RunRecord attempt(int n) {
    return new RunRecord(runId, started, startedNanos, inputs, topics, n);
  }

  RunSummary finish(
      Warehouse wh,
      BatchAccounting batch,
      long articlesTotal,
      TopicFit topics,
      Map<String, Long> versions) {
    Map<String, Double> metrics = new LinkedHashMap<>(topics.metrics());
    metrics.put("attempts", (double) attempt);
    long durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
    return new RunSummary(
        runId,
        wh.location(),
        batch.recordsRead(),
        batch.articleCount(),
        batch.duplicateCount(),
        batch.quarantined(),
        articlesTotal,
        topics.model().k(),
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
            s.metrics(),
            s.tableVersions(),
            s.durationMs()));
  }
}
