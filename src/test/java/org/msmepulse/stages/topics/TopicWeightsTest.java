package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * Scoring with a hand-made model of two clear topics: topic 0 holds ऋण and बैंक, topic 1 निर्यात
 * and ऑर्डर (weights 50 against 1).
 */
class TopicWeightsTest extends SparkTestBase {
  static final String[] VOCABULARY = {"ऋण", "बैंक", "निर्यात", "ऑर्डर"};
  static Map<String, Row> scored;

  static TopicModel.Fitted fitted() {
    return new TopicModel.Fitted(
        VOCABULARY,
        TopicQualityTest.model(4, 2, new double[] {50, 50, 1, 1, 1, 1, 50, 50}),
        2,
        1.0,
        1,
        "model-7");
  }

  @BeforeAll
  static void score() {
    Dataset<Row> articles =
        Themes.articles(
            spark,
            Themes.article("loan", "ऋण", "ऋण", "बैंक"),
            Themes.article("export", "निर्यात", "ऑर्डर", "ऑर्डर"),
            Themes.article("mostlyExport", "ऋण", "निर्यात", "निर्यात", "ऑर्डर", "ऑर्डर"),
            Themes.article("unknown", "अनजान"));
    scored =
        TopicWeights.of(fitted(), articles).collectAsList().stream()
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
    for (String id : List.of("loan", "export", "mostlyExport")) {
      List<Double> w = weights(id);
      int argmax = w.get(0) >= w.get(1) ? 0 : 1;
      assertThat(scored.get(id).<Integer>getAs("dominant_topic")).as(id).isEqualTo(argmax);
      assertThat(w.get(0) + w.get(1)).isCloseTo(1.0, within(1e-9));
    }
    assertThat(weights("loan").get(0)).isGreaterThan(0.8);
  }

  @Test
  void eachScoredArticleNamesTheModelThatScoredIt() {
    assertThat(scored.values())
        .allSatisfy(r -> assertThat(r.<String>getAs("topic_model")).isEqualTo("model-7"));
    assertThat(scored.get("loan").schema().fieldNames())
        .containsExactly("article_id", "topic_weights", "dominant_topic", "topic_model");
  }

  @Test
  void anArticleWithNoVocabularyTermHasNoTopic() {
    // "अनजान" is not in the vocabulary: MLlib gives the article the weights (0, 0); the monthly
    // tables leave an article without a topic out (MonthTablesTest)
    assertThat(weights("unknown")).containsExactly(0.0, 0.0);
    assertThat(scored.get("unknown").<Integer>getAs("dominant_topic")).isNull();
  }
}
