package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;

/** The coherence sweep over candidate K on four articles of two themes (loans, exports). */
class TopicSweepTest extends SparkTestBase {
  static final JobConfig CFG = JobConfig.defaults().with(Map.of("topics.max_iter", "5"));
  static Dataset<Row> analyzed;
  static TopicSweep.Result result;

  static Dataset<Row> themes() {
    return spark.createDataFrame(
        List.of(
            RowFactory.create("a1", new String[] {"ऋण", "बैंक", "ब्याज", "ऋण", "गारंटी"}),
            RowFactory.create("a2", new String[] {"बैंक", "ब्याज", "गारंटी", "ऋण", "बैंक"}),
            RowFactory.create(
                "a3", new String[] {"निर्यात", "ऑर्डर", "यूरोप", "निर्यात", "बंदरगाह"}),
            RowFactory.create(
                "a4", new String[] {"ऑर्डर", "यूरोप", "बंदरगाह", "निर्यात", "ऑर्डर"})),
        TopicWeightsTest.ANALYZED);
  }

  @BeforeAll
  static void sweep() {
    analyzed = themes().cache();
    // unsorted, and 9 is more topics than articles: it is fitted as 4, which 4 already is
    result = TopicSweep.run(analyzed, 4, CFG, List.of(9, 2, 4));
  }

  @Test
  void candidatesAreFittedInOrderWithKCappedAtTheArticleCountAndEachKOnce() {
    assertThat(result.candidates()).extracting(TopicSweep.Candidate::k).containsExactly(2, 4);
  }

  @Test
  void theCandidateWithTheHighestMeanNpmiIsKept() {
    TopicSweep.Candidate two = result.candidates().get(0);
    TopicSweep.Candidate four = result.candidates().get(1);
    int expected = four.coherenceNpmi() > two.coherenceNpmi() ? 4 : 2; // a tie keeps the smaller K
    assertThat(result.best().k()).isEqualTo(expected);
    assertThat(result.best().lda().topicsMatrix().numCols()).isEqualTo(expected);
  }

  @Test
  void everyCandidateReportsItsFigures() {
    for (TopicSweep.Candidate c : result.candidates()) {
      assertThat(c.coherenceNpmi()).isBetween(-1.0, 1.0);
      assertThat(c.diversity()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
      assertThat(c.logPerplexity()).isPositive().isFinite();
      assertThat(c.seconds()).isPositive();
    }
    // 8 terms: two topics can rank all 8 each (8 distinct of 16), four topics 8 of 32
    assertThat(result.candidates().get(0).diversity()).isEqualTo(0.5);
    assertThat(result.candidates().get(1).diversity()).isEqualTo(0.25);
  }

  @Test
  void aSweepNeedsAtLeastOneK() {
    assertThatThrownBy(() -> TopicSweep.run(analyzed, 4, CFG, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a topic sweep needs at least one K");
  }
}
