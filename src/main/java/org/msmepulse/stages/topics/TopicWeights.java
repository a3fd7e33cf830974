package org.msmepulse.stages.topics;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.DOMINANT_TOPIC;
import static org.msmepulse.warehouse.ArticleColumns.TOPIC_MODEL;
import static org.msmepulse.warehouse.ArticleColumns.TOPIC_WEIGHTS;

import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Scores articles with a fitted model: each article's topic weights, its dominant topic and the
 * model's version ({@code article_id}, {@code topic_weights}, {@code dominant_topic}, {@code
 * topic_model}). An article's weights depend on the model and its own terms only; an article with
 * no term of the model's vocabulary has weights of 0 and no dominant topic.
 */
public final class TopicWeights {
  private TopicWeights() {}

  /**
   * @param articles {@code article_id} and {@code term_counts}
   */
  public static Dataset<Row> of(TopicModel.Fitted model, Dataset<Row> articles) {
    return model
        .transform(articles)
        .withColumn(
            TOPIC_WEIGHTS, functions.vector_to_array(col(TopicModel.TOPIC_DISTRIBUTION), "float64"))
        .select(
            col(ARTICLE_ID),
            col(TOPIC_WEIGHTS),
            when(
                    array_max(col(TOPIC_WEIGHTS)).gt(0),
                    array_position(col(TOPIC_WEIGHTS), array_max(col(TOPIC_WEIGHTS))).minus(1))
                .cast("int")
                .as(DOMINANT_TOPIC),
            lit(model.version()).as(TOPIC_MODEL));
  }
}
