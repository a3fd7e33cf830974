package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * topics_by_month: per month and topic, the articles whose dominant topic it is ({@code articles})
 * and the topic's share of the month ({@code share}: the mean of its weight over the month's
 * articles, so the shares of a month add up to 1). An article with no topic (none of its terms is
 * in the model's vocabulary) is left out of both.
 */
public final class TopicsByMonth {
  private TopicsByMonth() {}

  public static Dataset<Row> of(Dataset<Row> scoredArticles) {
    Dataset<Row> monthly =
        scoredArticles.filter(col("month").isNotNull().and(col("dominant_topic").isNotNull()));
    Dataset<Row> perMonth = monthly.groupBy("month").agg(count(lit(1)).as("_n"));
    Dataset<Row> weights =
        monthly
            .select(
                col("month"),
                col("dominant_topic"),
                org.apache
                    .spark
                    .sql
                    .functions
                    .posexplode(col("topic_weights"))
                    .as(new String[] {"topic_id", "weight"}))
            .groupBy("month", "topic_id")
            .agg(
                sum(when(col("dominant_topic").equalTo(col("topic_id")), 1).otherwise(0))
                    .cast("long")
                    .as("articles"),
                sum("weight").as("_w"));
    return weights
        .join(perMonth, "month")
        .select(
            col("month"),
            col("topic_id").cast("int").as("topic_id"),
            col("articles"),
            col("_w").divide(col("_n")).as("share"));
  }
}
