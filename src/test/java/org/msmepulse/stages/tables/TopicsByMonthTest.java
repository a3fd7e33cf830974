package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * topics_by_month: dominant-topic articles and the mean weight of each topic over the month's
 * articles.
 */
class TopicsByMonthTest extends SparkTestBase {
  static final StructType SCORED =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("dominant_topic", DataTypes.IntegerType)
          .add("topic_weights", DataTypes.createArrayType(DataTypes.DoubleType, false));

  @Test
  void articlesAreDominantTopicCountsAndSharesOfAMonthSumToOne() {
    Dataset<Row> scored =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "2025-01", 0, new double[] {0.75, 0.25}),
                RowFactory.create("a2", "2025-01", 1, new double[] {0.25, 0.75}),
                RowFactory.create(
                    "a3", "2025-01", 0, new double[] {0.5, 0.5}), // a tie, given as topic 0
                RowFactory.create("a4", "2025-02", 1, new double[] {0.125, 0.875}),
                RowFactory.create("a5", null, 1, new double[] {0.0, 1.0})),
            SCORED); // no month
    Dataset<Row> out = TopicsByMonth.of(scored);
    assertThat(out.columns()).containsExactly("month", "topic_id", "articles", "share");
    Map<String, Row> byKey =
        out.collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("month") + "/" + r.getAs("topic_id"), r -> r));
    assertThat(byKey).containsOnlyKeys("2025-01/0", "2025-01/1", "2025-02/0", "2025-02/1");
    // 2025-01: topic 0 dominates a1 and a3, share (0.75 + 0.25 + 0.5) / 3 = 0.5
    assertThat(byKey.get("2025-01/0").<Long>getAs("articles")).isEqualTo(2);
    assertThat(byKey.get("2025-01/0").<Double>getAs("share")).isCloseTo(0.5, within(1e-12));
    assertThat(byKey.get("2025-01/1").<Long>getAs("articles")).isEqualTo(1);
    assertThat(byKey.get("2025-01/1").<Double>getAs("share")).isCloseTo(0.5, within(1e-12));
    // 2025-02: a topic no article is dominated by still has its share
    assertThat(byKey.get("2025-02/0").<Long>getAs("articles")).isZero();
    assertThat(byKey.get("2025-02/0").<Double>getAs("share")).isCloseTo(0.125, within(1e-12));
    assertThat(byKey.get("2025-02/1").<Long>getAs("articles")).isEqualTo(1);
    assertThat(byKey.get("2025-02/1").<Double>getAs("share")).isCloseTo(0.875, within(1e-12));
    for (String month : List.of("2025-01", "2025-02")) {
      double sum =
          byKey.values().stream()
              .filter(r -> month.equals(r.getAs("month")))
              .mapToDouble(r -> r.<Double>getAs("share"))
              .sum();
      assertThat(sum).as(month).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void noMonthlyArticlesNoRows() {
    Dataset<Row> scored =
        spark.createDataFrame(
            List.of(RowFactory.create("a5", null, 1, new double[] {0.0, 1.0})), SCORED);
    assertThat(TopicsByMonth.of(scored).count()).isZero();
  }
}
