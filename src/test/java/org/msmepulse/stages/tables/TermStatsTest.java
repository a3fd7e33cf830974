package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.ArticleTerms;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.prepare.CleanedRecords;
import scala.jdk.javaapi.CollectionConverters;

/** Term statistics counted in the driver are the ones Spark's aggregations give. */
class TermStatsTest extends SparkTestBase {
  @Test
  void theDriversCountEqualsSparksAggregation() {
    Dataset<Row> articles =
        ArticleTerms.of(
                CleanedRecords.of(Ingest.sample(spark), JobConfig.defaults())
                    .filter("reject_reason IS NULL")
                    .select("article_id", "text"))
            .select("article_id", "term_counts")
            .cache();
    long n = articles.count();
    Map<String, String> onDriver = rows(TermStats.of(articles, n));
    Map<String, String> bySpark = rows(TermStats.of(articles));
    assertThat(onDriver).hasSizeGreaterThan(500).isEqualTo(bySpark);
    assertThat(rows(TermStats.of(articles, TermStats.DRIVER_LIMIT + 1))).isEqualTo(bySpark);
    articles.unpersist();
  }

  private static Map<String, String> rows(Dataset<Row> stats) {
    return stats.collectAsList().stream()
        .collect(
            Collectors.toMap(
                r -> r.getString(0),
                r ->
                    r.getLong(1)
                        + " "
                        + r.getLong(2)
                        + " "
                        + new TreeMap<>(
                            CollectionConverters.asJava(
                                r.<scala.collection.Map<String, Long>>getAs(3)))));
  }
}
