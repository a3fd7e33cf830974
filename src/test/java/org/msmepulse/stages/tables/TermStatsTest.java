package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.analyze.ArticleMonths;
import org.msmepulse.stages.analyze.ArticleTerms;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.prepare.CleanedRecords;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Term statistics counted in the driver are the ones Spark's aggregations give, and the statistics
 * updated by a change are the ones counted after it.
 */
class TermStatsTest extends SparkTestBase {
  static Dataset<Row> sample() {
    return ArticleTerms.of(
            ArticleMonths.of(
                CleanedRecords.of(Ingest.sample(spark), JobConfig.defaults())
                    .filter("reject_reason IS NULL")))
        .select("article_id", "month", "term_counts")
        .cache();
  }

  @Test
  void theDriversCountEqualsSparksAggregation() {
    Dataset<Row> articles = sample();
    long n = articles.count();
    Map<String, String> onDriver = rows(TermStats.of(articles, n));
    Map<String, String> bySpark = rows(TermStats.of(articles));
    assertThat(onDriver).hasSizeGreaterThan(500).isEqualTo(bySpark);
    assertThat(rows(TermStats.of(articles, TermStats.DRIVER_LIMIT + 1))).isEqualTo(bySpark);
    // the month counts of a term add up to its occurrences in the dated articles
    long dated = articles.filter("month IS NOT NULL").count();
    assertThat(dated).isGreaterThan(10).isLessThanOrEqualTo(n);
    Row top =
        TermStats.of(articles).orderBy(org.apache.spark.sql.functions.col("cf").desc()).first();
    long inMonths =
        CollectionConverters.asJava(top.<scala.collection.Map<String, Long>>getAs(4))
            .values()
            .stream()
            .mapToLong(Long::longValue)
            .sum();
    long inDated =
        articles
            .filter("month IS NOT NULL")
            .selectExpr("explode(term_counts) AS c")
            .filter(org.apache.spark.sql.functions.col("c.term").equalTo(top.getString(0)))
            .selectExpr("sum(c.count)")
            .first()
            .getLong(0);
    assertThat(inMonths).isEqualTo(inDated).isPositive();
    articles.unpersist();
  }

  @Test
  void anUpdateByTheChangeGivesTheStatisticsCountedAfterIt() {
    Dataset<Row> all = sample();
    List<Row> rows = all.orderBy("article_id").collectAsList();
    // stored: all but the last five; the change: the last five added, and the first three
    // corrected into other months (one of them left without a month)
    Dataset<Row> stored =
        all.sparkSession().createDataFrame(rows.subList(0, rows.size() - 5), all.schema());
    Dataset<Row> added =
        all.sparkSession()
            .createDataFrame(
                concat(
                    rows.subList(rows.size() - 5, rows.size()),
                    List.of(
                        withMonth(rows.get(0), "2019-07"),
                        withMonth(rows.get(1), "2019-08"),
                        withMonth(rows.get(2), null))),
                all.schema());
    Dataset<Row> removed = all.sparkSession().createDataFrame(rows.subList(0, 3), all.schema());
    Dataset<Row> before = TermStats.of(stored, rows.size());
    Dataset<Row> updated = TermStats.updated(before, added, removed);
    Dataset<Row> after =
        all.sparkSession()
            .createDataFrame(
                concat(
                    rows.subList(3, rows.size()),
                    List.of(
                        withMonth(rows.get(0), "2019-07"),
                        withMonth(rows.get(1), "2019-08"),
                        withMonth(rows.get(2), null))),
                all.schema());
    assertThat(rows(TermStats.after(before, updated))).isEqualTo(rows(TermStats.of(after)));
    assertThat(rows(TermStats.after(before, updated)).values())
        .anyMatch(v -> v.contains("2019-07"));
    all.unpersist();
  }

  private static Row withMonth(Row r, String month) {
    return RowFactory.create(r.get(0), month, r.get(2));
  }

  private static List<Row> concat(List<Row> a, List<Row> b) {
    List<Row> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
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
                                r.<scala.collection.Map<String, Long>>getAs(3)))
                        + " "
                        + new TreeMap<>(
                            CollectionConverters.asJava(
                                r.<scala.collection.Map<String, Long>>getAs(4)))));
  }
}
