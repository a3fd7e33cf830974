package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * Scoring with a hand-made model of two clear topics: topic 0 holds ऋण and बैंक, topic 1 निर्यात
 * and ऑर्डर (weights 50 against 1).
 */
class TopicWeightsTest extends SparkTestBase {
  static final StructType ANALYZED =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false));
  static final String[] VOCABULARY = {"ऋण", "बैंक", "निर्यात", "ऑर्डर"};
  static Map<String, Row> scored;

  static TopicModel.Fitted fitted(Dataset<Row> analyzed) {
    CountVectorizerModel counts =
        new CountVectorizerModel(VOCABULARY).setInputCol("terms").setOutputCol(TopicModel.TF);
    IDFModel idf =
        new IDF()
            .setInputCol(TopicModel.TF)
            .setOutputCol(TopicModel.TFIDF)
            .fit(counts.transform(analyzed));
    return new TopicModel.Fitted(
        counts,
        idf,
        TopicQualityTest.model(4, 2, new double[] {50, 50, 1, 1, 1, 1, 50, 50}),
        2,
        1.0,
        1);
  }

  @BeforeAll
  static void score() {
    Dataset<Row> analyzed =
        spark.createDataFrame(
            List.of(
                RowFactory.create("loan", new String[] {"ऋण", "ऋण", "बैंक"}),
                RowFactory.create("export", new String[] {"निर्यात", "ऑर्डर", "ऑर्डर"}),
                RowFactory.create(
                    "mostlyExport", new String[] {"ऋण", "निर्यात", "निर्यात", "ऑर्डर", "ऑर्डर"})),
            ANALYZED);
    scored =
        TopicWeights.of(fitted(analyzed), analyzed).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
  }

  static List<Double> weights(String id) {
    return scored.get(id).getList(scored.get(id).fieldIndex("topic_weights"));
  }

  @Test
  void theDominantTopicIsTheOneWithTheLargestWeight() {
    assertThat(scored.get("loan").<Integer>getAs("dominant_topic")).isEqualTo(0);
    assertThat(scored.get("export").<Integer>getAs("dominant_topic")).isEqualTo(1);
    assertThat(scored.get("mostlyExport").<Integer>getAs("dominant_topic")).isEqualTo(1);
    for (String id : scored.keySet()) {
      List<Double> w = weights(id);
      int argmax = w.get(0) >= w.get(1) ? 0 : 1;
      assertThat(scored.get(id).<Integer>getAs("dominant_topic")).as(id).isEqualTo(argmax);
    }
    assertThat(weights("loan").get(0)).isGreaterThan(0.8);
  }

  @Test
  void topicWeightsAreTheTopicDistributionAsAnArray() {
    for (Row r : scored.values()) {
      double[] distribution = r.<Vector>getAs(TopicModel.TOPIC_DISTRIBUTION).toArray();
      List<Double> w = r.getList(r.fieldIndex("topic_weights"));
      assertThat(w).hasSize(2);
      assertThat(w.get(0)).isEqualTo(distribution[0]);
      assertThat(w.get(1)).isEqualTo(distribution[1]);
      assertThat(w.get(0) + w.get(1)).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void scoringAddsTermCountsAndTfIdf() {
    Row loan = scored.get("loan");
    assertThat(loan.<Vector>getAs(TopicModel.TF).toArray()).containsExactly(2, 1, 0, 0);
    // IDF over 3 documents: ऋण is in 2 of them, log((3 + 1) / (2 + 1)); बैंक in 1, log(4 / 2)
    assertThat(loan.<Vector>getAs(TopicModel.TFIDF).toArray())
        .containsExactly(new double[] {2 * Math.log(4.0 / 3), Math.log(2), 0, 0}, within(1e-12));
  }
}
