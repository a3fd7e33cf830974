package org.msmepulse.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The {@code runs} table: one row per run, with its accounting, model figures and the table
 * versions it wrote.
 */
public final class RunsTable {
  private RunsTable() {}

  public static final StructType SCHEMA =
      new StructType()
          .add("run_id", DataTypes.StringType, false)
          .add("started_at", DataTypes.TimestampType, false)
          .add("finished_at", DataTypes.TimestampType, false)
          .add("inputs", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("records_read", DataTypes.LongType, false)
          .add("articles", DataTypes.LongType, false)
          .add("duplicates", DataTypes.LongType, false)
          .add("quarantined", DataTypes.LongType, false)
          .add("articles_total", DataTypes.LongType, false)
          .add("topics_k", DataTypes.IntegerType, false)
          .add("topic_model", DataTypes.StringType)
          .add("log_perplexity", DataTypes.DoubleType)
          .add("topic_diversity", DataTypes.DoubleType)
          .add("coherence_npmi_mean", DataTypes.DoubleType)
          .add("table_versions", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
          .add("metrics", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
          .add("duration_ms", DataTypes.LongType, false);

  /** One run's figures; its finish time is taken when the row is made. */
  public record Run(
      String runId,
      Instant startedAt,
      List<String> inputs,
      long recordsRead,
      long articles,
      long duplicates,
      long quarantined,
      long articlesTotal,
      int topicsK,
      String topicModel,
      Map<String, Double> metrics,
      Map<String, Long> tableVersions,
      long durationMs) {}

  public static Dataset<Row> row(SparkSession spark, Run r) {
    Row row =
        RowFactory.create(
            r.runId(),
            Timestamp.from(r.startedAt()),
            new Timestamp(System.currentTimeMillis()),
            r.inputs().toArray(new String[0]),
            r.recordsRead(),
            r.articles(),
            r.duplicates(),
            r.quarantined(),
            r.articlesTotal(),
            r.topicsK(),
            r.topicModel(),
            r.metrics().get("log_perplexity"),
            r.metrics().get("topic_diversity"),
            r.metrics().get("coherence_npmi_mean"),
            CollectionConverters.asScala(r.tableVersions()),
            CollectionConverters.asScala(r.metrics()),
            r.durationMs());
    return spark.createDataFrame(List.of(row), SCHEMA);
  }
}
