package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;

/** The coherence sweep over candidate K on four articles of two themes (loans, exports). */
class TopicSweepTest extends SparkTestBase {
  static final JobConfig CFG = JobConfig.defaults().with(Map.of("topics.max_iter", "5"));
  static Dataset<Row> analyzed;
  static TopicSweep.Result result;

  static Vocabulary vocabulary;

  @BeforeAll
  static void sweep() {
    Dataset<Row> articles = Themes.loansAndExports(spark);
    vocabulary = Vocabulary.of(org.msmepulse.stages.tables.TermStats.of(articles), 4, CFG);
    analyzed = TopicModel.ldaInput(articles, vocabulary.terms(), CFG).cache();
    // unsorted, and 9 is more topics than articles: it is fitted as 4, which 4 already is
    result = TopicSweep.run(analyzed, vocabulary, 4, CFG, List.of(9, 2, 4), "v1");
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
    assertThat(result.best().version()).isEqualTo("v1");
    assertThat(result.best().vocabulary()).containsExactly(vocabulary.terms());
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
    assertThatThrownBy(() -> TopicSweep.run(analyzed, vocabulary, 4, CFG, List.of(), "v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a topic sweep needs at least one K");
  }
}
