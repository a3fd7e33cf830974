package org.msmepulse.stages.topics;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.msmepulse.warehouse.ArticleColumns.DOMINANT_TOPIC;
import static org.msmepulse.warehouse.ArticleColumns.TOPIC_WEIGHTS;

import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Scores analyzed articles with a fitted model: term counts, TF-IDF, topic weights and the dominant
 * topic.
 */
public final class TopicWeights {
  private TopicWeights() {}

  public static Dataset<Row> of(TopicModel.Fitted model, Dataset<Row> analyzed) {
    return model
        .transform(analyzed)
        .withColumn(
            TOPIC_WEIGHTS, functions.vector_to_array(col(TopicModel.TOPIC_DISTRIBUTION), "float64"))
        .withColumn(
            DOMINANT_TOPIC,
            array_position(col(TOPIC_WEIGHTS), array_max(col(TOPIC_WEIGHTS))).minus(1).cast("int"));
  }
}
