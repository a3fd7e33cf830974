package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/** article_topics: one row per article and topic with a weight of at least 0.01. */
class ArticleTopicsTest extends SparkTestBase {
  static final StructType SCORED =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("topic_weights", DataTypes.createArrayType(DataTypes.DoubleType, false));

  @Test
  void weightsBelowOneHundredthAreDroppedAndTopicIdsAreThePositions() {
    Dataset<Row> scored =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "2025-01", new double[] {0.5, 0.0099, 0.4901}),
                RowFactory.create("a2", null, new double[] {0.01, 0.99, 0.0}),
                RowFactory.create("a3", "2025-01", new double[] {0.0, 0.0, 0.0})),
            SCORED);
    Dataset<Row> out = ArticleTopics.of(scored);
    assertThat(out.columns()).containsExactly("article_id", "topic_id", "weight");
    assertThat(out.schema().apply("topic_id").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(out.collectAsList())
        .extracting(
            r -> r.getAs("article_id") + "|" + r.getAs("topic_id") + "|" + r.getAs("weight"))
        .containsExactlyInAnyOrder("a1|0|0.5", "a1|2|0.4901", "a2|0|0.01", "a2|1|0.99");
  }
}
