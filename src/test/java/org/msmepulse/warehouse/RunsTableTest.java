package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/** One run's row of the runs table. */
class RunsTableTest extends SparkTestBase {
  @Test
  void theRowHasTheSchemaAndTheRunsFigures() {
    Instant started = Instant.parse("2025-03-01T10:00:00Z");
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("log_perplexity", 7.5);
    metrics.put("topic_diversity", 0.8);
    metrics.put("model_refit", 1.0);
    Map<String, Long> versions = new LinkedHashMap<>();
    versions.put(Tables.ARTICLES, 3L);
    versions.put(Tables.TOPICS, 1L);
    long before = System.currentTimeMillis();
    Dataset<Row> d =
        RunsTable.row(
            spark,
            new RunsTable.Run(
                "run1",
                started,
                List.of("in/a.jsonl", "in/b.csv"),
                10,
                7,
                2,
                1,
                40,
                8,
                "model-1",
                metrics,
                versions,
                1234));
    assertThat(d.schema()).isEqualTo(RunsTable.SCHEMA);
    List<Row> rows = d.collectAsList();
    assertThat(rows).hasSize(1);
    Row r = rows.get(0);
    assertThat(r.<String>getAs("run_id")).isEqualTo("run1");
    assertThat(r.<Timestamp>getAs("started_at").toInstant()).isEqualTo(started);
    assertThat(r.<Timestamp>getAs("finished_at").getTime())
        .isBetween(before, System.currentTimeMillis());
    assertThat(r.<String>getList(r.fieldIndex("inputs"))).containsExactly("in/a.jsonl", "in/b.csv");
    assertThat(
            List.of(
                r.<Long>getAs("records_read"),
                r.<Long>getAs("articles"),
                r.<Long>getAs("duplicates"),
                r.<Long>getAs("quarantined"),
                r.<Long>getAs("articles_total")))
        .containsExactly(10L, 7L, 2L, 1L, 40L);
    assertThat(r.<Integer>getAs("topics_k")).isEqualTo(8);
    assertThat(r.<String>getAs("topic_model")).isEqualTo("model-1");
    assertThat(r.<Double>getAs("log_perplexity")).isEqualTo(7.5);
    assertThat(r.<Double>getAs("topic_diversity")).isEqualTo(0.8);
    assertThat(r.isNullAt(r.fieldIndex("coherence_npmi_mean")))
        .as("a figure the run did not record")
        .isTrue();
    assertThat(r.<String, Long>getJavaMap(r.fieldIndex("table_versions"))).isEqualTo(versions);
    assertThat(r.<String, Double>getJavaMap(r.fieldIndex("metrics"))).isEqualTo(metrics);
    assertThat(r.<Long>getAs("duration_ms")).isEqualTo(1234);
  }
}
