package org.msmepulse.stages.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.msmepulse.core.topics.TermRanking;

/**
 * What a fitted LDA model's topics look like to a reader: each topic's terms ranked as {@link
 * TermRanking} says, the NPMI coherence of its leading {@code coherenceTerms} terms over the corpus
 * ({@link NpmiCoherence}), and topic diversity, the share of distinct terms among all topics'
 * leading {@value #DIVERSITY_TERMS}. The topics table and the topic sweep both read these figures.
 */
public record TopicQuality(TermRanking.Ranked[] ranked, double[] coherence, double diversity) {
  /** Terms per topic that topic diversity looks at. */
  public static final int DIVERSITY_TERMS = 25;

  /**
   * @param counted the articles' term counts ({@code tf})
   * @param terms the terms to rank per topic (at least as many as the coherence and diversity use
   *     are ranked)
   */
  public static TopicQuality of(
      LDAModel lda,
      Dataset<Row> counted,
      int terms,
      int coherenceTerms,
      TermRanking.Method ranking) {
    TermRanking.Ranked[] ranked =
        rank(lda, Math.max(terms, Math.max(DIVERSITY_TERMS, coherenceTerms)), ranking);
    List<int[]> forCoherence = new ArrayList<>();
    for (TermRanking.Ranked r : ranked) {
      forCoherence.add(Arrays.copyOf(r.terms(), Math.min(coherenceTerms, r.terms().length)));
    }
    return new TopicQuality(ranked, NpmiCoherence.of(counted, forCoherence), diversity(ranked));
  }

  public double meanCoherence() {
    return Arrays.stream(coherence).average().orElse(0);
  }

  /** The model's topics with their terms ranked; topic t is column t of {@code topicsMatrix()}. */
  public static TermRanking.Ranked[] rank(LDAModel lda, int n, TermRanking.Method ranking) {
    Matrix m = lda.topicsMatrix(); // vocabulary x topics
    double[][] weights = new double[m.numCols()][m.numRows()];
    for (int t = 0; t < m.numCols(); t++) {
      for (int w = 0; w < m.numRows(); w++) {
        weights[t][w] = m.apply(w, t);
      }
    }
    return TermRanking.rank(weights, Math.min(n, m.numRows()), ranking);
  }

  static double diversity(TermRanking.Ranked[] ranked) {
    Set<Integer> distinct = new HashSet<>();
    int total = 0;
    for (TermRanking.Ranked r : ranked) {
      for (int i = 0; i < Math.min(DIVERSITY_TERMS, r.terms().length); i++) {
        distinct.add(r.terms()[i]);
        total++;
      }
    }
    return total == 0 ? 0 : (double) distinct.size() / total;
  }
}
