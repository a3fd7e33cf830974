package org.msmepulse.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One document's E-step in {@link OnlineLda} gives MLlib's own variational inference ({@code
 * OnlineLDAOptimizer.variationalTopicInference}, called here directly, no Spark session): the same
 * sufficient statistics for the same topics, from their different random starts.
 */
class OnlineLdaEStepTest {
  @Test
  void aDocumentsStatisticsAreMllibs() throws Exception {
    int k = 4;
    int v = 30;
    Random r = new Random(3);
    double[][] lambda = new double[k][v];
    for (double[] row : lambda) {
      for (int w = 0; w < v; w++) {
        row[w] = 0.1 + r.nextDouble() * 5;
      }
    }
    double[][] eb = OnlineLda.expDirichletExpectation(lambda);
    double[] colMajor = new double[v * k]; // MLlib's expElogbeta: vocabulary x K
    for (int w = 0; w < v; w++) {
      for (int j = 0; j < k; j++) {
        colMajor[j * v + w] = eb[j][w];
      }
    }
    int[] ids = {1, 4, 7, 12, 20, 29};
    double[] cts = {3, 1, 2, 5, 1, 1};
    double[] alpha = {0.25, 0.25, 0.25, 0.25};
    List<Object> idList = new ArrayList<>();
    for (int i : ids) {
      idList.add(i);
    }
    scala.Tuple3<?, ?, ?> mllib =
        org.apache.spark.mllib.clustering.OnlineLDAOptimizer$.MODULE$.variationalTopicInference(
            scala.jdk.javaapi.CollectionConverters.asScala(idList).toList(),
            cts,
            new breeze.linalg.DenseMatrix$mcD$sp(v, k, colMajor),
            new breeze.linalg.DenseVector$mcD$sp(alpha),
            OnlineLda.GAMMA_SHAPE,
            k,
            7L);
    breeze.linalg.DenseMatrix<?> theirs = (breeze.linalg.DenseMatrix<?>) mllib._2(); // K x ids

    Method infer = null;
    for (Method m : OnlineLda.class.getDeclaredMethods()) {
      if (m.getName().equals("infer")) {
        infer = m;
      }
    }
    infer.setAccessible(true);
    Object chunk =
        infer.invoke(
            null,
            new OnlineLda.Corpus(v, new int[][] {ids}, new double[][] {cts}),
            new int[] {0},
            0,
            1,
            eb,
            alpha,
            k,
            v,
            7L);
    Method stat = chunk.getClass().getDeclaredMethod("stat");
    stat.setAccessible(true);
    double[][] ours = (double[][]) stat.invoke(chunk);
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < ids.length; i++) {
        double expected = (Double) theirs.apply(j, i);
        assertThat(ours[j][ids[i]]).isCloseTo(expected, within(Math.abs(expected) * 0.01));
      }
    }
  }
}
