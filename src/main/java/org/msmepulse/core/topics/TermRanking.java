package org.msmepulse.core.topics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranks each topic's terms for the people who read the topics. MLlib's {@code describeTopics} ranks
 * by probability in the topic alone, which puts the words frequent in all the corpus (here उद्योग,
 * योजना, इकाइयों) at the head of many topics. Hand-written because no library here ranks otherwise:
 *
 * <ul>
 *   <li>{@link Method#FREX} (Bischof and Airoldi 2012; the default of the R package {@code stm}):
 *       the harmonic mean of a term's frequency in the topic and its exclusivity to the topic
 *       ({@code p(w|k) / sum_j p(w|j)}), each as its quantile among the vocabulary (ECDF), with
 *       equal weights. A term leads only if it is both frequent in the topic and specific to it:
 *       generic words fall (low exclusivity) and so do rare words found in one article only (low
 *       frequency), which relevance ranking lifts on small corpora.
 *   <li>{@link Method#RELEVANCE} (Sievert and Shirley, LDAvis, 2014), lambda 0.6: {@code 0.6 log
 *       p(w|k) + 0.4 log(p(w|k) / p(w))}.
 *   <li>{@link Method#PROBABILITY}: {@code p(w|k)}, MLlib's order.
 * </ul>
 *
 * Input: a topic-term weight matrix as LDA models give it (MLlib's {@code topicsMatrix()}: the
 * online optimizer's variational parameters or EM's expected counts; any nonnegative
 * pseudo-counts). p(w|k) is row k normalized; p(w) is the terms' share of all weight, their corpus
 * frequency as the model sees it.
 */
public final class TermRanking {
  private TermRanking() {}

  public enum Method {
    FREX,
    RELEVANCE,
    PROBABILITY
  }

  static final double FREX_EXCLUSIVITY_WEIGHT = 0.5;
  static final double RELEVANCE_LAMBDA = 0.6;

  /** One topic's ranked terms: vocabulary indices and their probabilities p(w|k), in rank order. */
  public record Ranked(int[] terms, double[] probabilities) {}

  /**
   * @param weights weights[k][w] >= 0, one row per topic
   * @param n terms kept per topic
   */
  public static Ranked[] rank(double[][] weights, int n, Method method) {
    int k = weights.length;
    int v = k == 0 ? 0 : weights[0].length;
    double[][] p = new double[k][v];
    double[] termTotal = new double[v];
    double total = 0;
    for (int t = 0; t < k; t++) {
      double topicTotal = Arrays.stream(weights[t]).sum();
      total += topicTotal;
      for (int w = 0; w < v; w++) {
        termTotal[w] += weights[t][w];
        p[t][w] = topicTotal > 0 ? weights[t][w] / topicTotal : 0;
      }
    }
    double[] pSum = new double[v]; // sum over topics of p(w|k), for exclusivity
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < v; w++) {
        pSum[w] += p[t][w];
      }
    }
    Ranked[] out = new Ranked[k];
    for (int t = 0; t < k; t++) {
      double[] score = new double[v];
      double[] pt = p[t];
      switch (method) {
        case PROBABILITY -> System.arraycopy(pt, 0, score, 0, v);
        case RELEVANCE -> {
          for (int w = 0; w < v; w++) {
            double pw = total > 0 ? termTotal[w] / total : 0;
            score[w] =
                pt[w] <= 0 || pw <= 0
                    ? Double.NEGATIVE_INFINITY
                    : RELEVANCE_LAMBDA * Math.log(pt[w])
                        + (1 - RELEVANCE_LAMBDA) * Math.log(pt[w] / pw);
          }
        }
        case FREX -> {
          double[] exclusivity = new double[v];
          for (int w = 0; w < v; w++) {
            exclusivity[w] = pSum[w] > 0 ? pt[w] / pSum[w] : 0;
          }
          double[] fq = ecdf(pt);
          double[] eq = ecdf(exclusivity);
          for (int w = 0; w < v; w++) {
            score[w] =
                pt[w] <= 0
                    ? Double.NEGATIVE_INFINITY
                    : 1.0
                        / (FREX_EXCLUSIVITY_WEIGHT / eq[w] + (1 - FREX_EXCLUSIVITY_WEIGHT) / fq[w]);
          }
        }
        default -> throw new IllegalStateException(method.name());
      }
      // Ties (e.g. a model that learned nothing) keep the vocabulary order, so ranks are
      // reproducible.
      int[] order =
          IntStream.range(0, v)
              .boxed()
              .sorted(Comparator.comparingDouble((Integer w) -> -score[w]).thenComparingInt(w -> w))
              .limit(Math.min(n, v))
              .mapToInt(Integer::intValue)
              .toArray();
      out[t] = new Ranked(order, Arrays.stream(order).mapToDouble(w -> pt[w]).toArray());
    }
    return out;
  }

  /**
   * Each value's empirical quantile in (0, 1]: its rank among the values / their number, ties at
   * their mean rank.
   */
  static double[] ecdf(double[] values) {
    int v = values.length;
    Integer[] idx = IntStream.range(0, v).boxed().toArray(Integer[]::new);
    Arrays.sort(idx, Comparator.comparingDouble(i -> values[i]));
    double[] q = new double[v];
    int i = 0;
    while (i < v) {
      int j = i;
      while (j + 1 < v && values[idx[j + 1]] == values[idx[i]]) {
        j++;
      }
      double meanRank = (i + j) / 2.0 + 1; // ranks i+1 .. j+1
      for (int r = i; r <= j; r++) {
        q[idx[r]] = meanRank / v;
      }
      i = j + 1;
    }
    return q;
  }
}
