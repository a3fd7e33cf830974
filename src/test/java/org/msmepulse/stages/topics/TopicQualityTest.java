package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.mllib.linalg.Matrices;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.core.topics.TermRanking;
import org.msmepulse.spark.SparkTestBase;

/**
 * Ranking, coherence and diversity of a model whose topic-term weights are written by hand
 * (vocabulary of 4 terms): topic 0 = (6, 3, 1, 0), topic 1 = (0, 1, 2, 7).
 */
class TopicQualityTest extends SparkTestBase {
  static LDAModel lda;

  /** A local LDA model with the given topic-term weights (vocabulary x topics, column-major). */
  static LocalLDAModel model(int vocabulary, int k, double[] columnMajor) {
    org.apache.spark.mllib.clustering.LocalLDAModel old =
        new org.apache.spark.mllib.clustering.LocalLDAModel(
            Matrices.dense(vocabulary, k, columnMajor),
            org.apache.spark.mllib.linalg.Vectors.dense(fill(k, 0.5)),
            0.5,
            100);
    LocalLDAModel m = new LocalLDAModel("lda_test", vocabulary, old, spark);
    m.setFeaturesCol(TopicModel.TF).setTopicDistributionCol(TopicModel.TOPIC_DISTRIBUTION);
    return m;
  }

  static double[] fill(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  @BeforeAll
  static void handMadeModel() {
    lda = model(4, 2, new double[] {6, 3, 1, 0, 0, 1, 2, 7});
  }

  @Test
  void rankByProbabilityOrdersEachTopicsTermsAndGivesTheirProbabilities() {
    TermRanking.Ranked[] r = TopicQuality.rank(lda, 2, TermRanking.Method.PROBABILITY);
    assertThat(r).hasSize(2);
    assertThat(r[0].terms()).containsExactly(0, 1);
    assertThat(r[0].probabilities()).containsExactly(new double[] {0.6, 0.3}, within(1e-12));
    assertThat(r[1].terms()).containsExactly(3, 2);
    assertThat(r[1].probabilities()).containsExactly(new double[] {0.7, 0.2}, within(1e-12));
  }

  @Test
  void rankKeepsAtMostTheVocabulary() {
    TermRanking.Ranked[] r = TopicQuality.rank(lda, 50, TermRanking.Method.PROBABILITY);
    assertThat(r[0].terms()).containsExactly(0, 1, 2, 3);
    assertThat(r[1].terms()).containsExactly(3, 2, 1, 0);
  }

  @Test
  void diversityIsTheShareOfDistinctTermsAmongTheTopicsLeadingTerms() {
    TermRanking.Ranked apart = new TermRanking.Ranked(new int[] {0, 1}, new double[] {.5, .5});
    TermRanking.Ranked other = new TermRanking.Ranked(new int[] {2, 3}, new double[] {.5, .5});
    TermRanking.Ranked same = new TermRanking.Ranked(new int[] {1, 0}, new double[] {.5, .5});
    assertThat(TopicQuality.diversity(new TermRanking.Ranked[] {apart, other})).isEqualTo(1.0);
    assertThat(TopicQuality.diversity(new TermRanking.Ranked[] {apart, same})).isEqualTo(0.5);
    assertThat(TopicQuality.diversity(new TermRanking.Ranked[0])).isEqualTo(0.0);
    // only the leading 25 terms of each topic count
    int[] first = java.util.stream.IntStream.range(0, 30).toArray();
    int[] second = java.util.stream.IntStream.range(0, 30).map(i -> i < 25 ? 100 + i : i).toArray();
    double diversity =
        TopicQuality.diversity(
            new TermRanking.Ranked[] {
              new TermRanking.Ranked(first, new double[30]),
              new TermRanking.Ranked(second, new double[30])
            });
    assertThat(diversity).isEqualTo(1.0);
  }

  @Test
  void qualityOfTheModelOverACorpus() {
    // d1 {0,1}, d2 {0,1}, d3 {2,3}, d4 {3}: NPMI(0,1) = 1; NPMI(3,2) = log((1/4) / (2/4 * 1/4)) /
    // -log(1/4) = 0.5
    Dataset<Row> counted =
        spark.createDataFrame(
            List.of(
                RowFactory.create("d1", Vectors.sparse(4, new int[] {0, 1}, new double[] {1, 1})),
                RowFactory.create("d2", Vectors.sparse(4, new int[] {0, 1}, new double[] {2, 2})),
                RowFactory.create("d3", Vectors.sparse(4, new int[] {2, 3}, new double[] {1, 1})),
                RowFactory.create("d4", Vectors.sparse(4, new int[] {3}, new double[] {5}))),
            NpmiCoherenceTest.COUNTED);
    TopicQuality q = TopicQuality.of(lda, counted, 2, 2, TermRanking.Method.PROBABILITY);
    assertThat(q.ranked()[0].terms())
        .as("ranked as deep as diversity looks, capped by the vocabulary")
        .containsExactly(0, 1, 2, 3);
    assertThat(q.coherence()).containsExactly(new double[] {1.0, 0.5}, within(1e-12));
    assertThat(q.meanCoherence()).isCloseTo(0.75, within(1e-12));
    assertThat(q.diversity()).as("both topics rank all 4 terms: 4 distinct of 8").isEqualTo(0.5);
  }
}
