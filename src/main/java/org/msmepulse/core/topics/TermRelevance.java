package org.msmepulse.core.topics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranks each topic's terms by relevance (Sievert and Shirley, "LDAvis: A method for visualizing and
 * interpreting topics", 2014): {@code lambda * log p(w|k) + (1 - lambda) * log(p(w|k) / p(w))}.
 * With lambda = 1 this is the usual ranking by probability, which puts the words frequent in all the
 * corpus (here उद्योग, योजना, इकाइयों) at the head of many topics; lower lambda favours the words
 * specific to the topic. Hand-written because MLlib's {@code describeTopics} only ranks by probability.
 *
 * <p>Input: a topic-term weight matrix as LDA models give it (MLlib's {@code topicsMatrix()}: the
 * online optimizer's variational parameters or EM's expected counts; any nonnegative pseudo-counts).
 * p(w|k) is row k normalized; p(w) is the terms' share of all weight, i.e. their corpus frequency as
 * the model sees it.
 */
public final class TermRelevance {
  private TermRelevance() {}

  /** One topic's ranked terms: vocabulary indices and their probabilities p(w|k), in rank order. */
  public record Ranked(int[] terms, double[] probabilities) {}

  /**
   * @param weights weights[k][w] >= 0, one row per topic
   * @param n terms kept per topic
   * @param lambda in [0, 1]
   */
  public static Ranked[] rank(double[][] weights, int n, double lambda) {
    if (lambda < 0 || lambda > 1 || Double.isNaN(lambda)) {
      throw new IllegalArgumentException("lambda must be in [0, 1]: " + lambda);
    }
    int k = weights.length;
    int v = k == 0 ? 0 : weights[0].length;
    double[] termTotal = new double[v];
    double total = 0;
    double[] topicTotal = new double[k];
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < v; w++) {
        termTotal[w] += weights[t][w];
        topicTotal[t] += weights[t][w];
      }
      total += topicTotal[t];
    }
    Ranked[] out = new Ranked[k];
    for (int t = 0; t < k; t++) {
      double[] p = new double[v];
      double[] score = new double[v];
      for (int w = 0; w < v; w++) {
        p[w] = topicTotal[t] > 0 ? weights[t][w] / topicTotal[t] : 0;
        double pw = total > 0 ? termTotal[w] / total : 0;
        score[w] = p[w] <= 0 || pw <= 0 ? Double.NEGATIVE_INFINITY
            : lambda * Math.log(p[w]) + (1 - lambda) * Math.log(p[w] / pw);
      }
      // Ties (e.g. a model that learned nothing) keep the vocabulary order, so ranks are reproducible.
      int[] order = IntStream.range(0, v).boxed()
          .sorted(Comparator.comparingDouble((Integer w) -> -score[w]).thenComparingInt(w -> w))
          .limit(n).mapToInt(Integer::intValue).toArray();
      out[t] = new Ranked(order, Arrays.stream(order).mapToDouble(w -> p[w]).toArray());
    }
    return out;
  }
}
