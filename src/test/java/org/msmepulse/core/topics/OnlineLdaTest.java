package org.msmepulse.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OnlineLdaTest {
  @Test
  void digammaAndTrigammaMatchTheirKnownValues() {
    double eulerGamma = 0.5772156649015329;
    assertThat(OnlineLda.digamma(1)).isCloseTo(-eulerGamma, within(1e-10));
    assertThat(OnlineLda.digamma(0.5)).isCloseTo(-eulerGamma - 2 * Math.log(2), within(1e-10));
    assertThat(OnlineLda.digamma(0.01)).isCloseTo(-100.56088545786867, within(1e-9));
    assertThat(OnlineLda.digamma(250)).isCloseTo(5.519459584531046, within(1e-10));
    assertThat(OnlineLda.trigamma(1)).isCloseTo(Math.PI * Math.PI / 6, within(1e-10));
    assertThat(OnlineLda.trigamma(0.5)).isCloseTo(Math.PI * Math.PI / 2, within(1e-10));
    assertThat(OnlineLda.trigamma(40)).isCloseTo(0.025315103841291028, within(1e-10));
  }

  @Test
  void gammaDrawsHaveTheShapesMeanAndVariance() {
    SplittableRandom r = new SplittableRandom(5);
    double[] x = IntStream.range(0, 200_000).mapToDouble(i -> OnlineLda.gamma(r, 100)).toArray();
    double mean = Arrays.stream(x).average().orElseThrow();
    double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
    assertThat(mean).isCloseTo(100, within(0.1));
    assertThat(var).isCloseTo(100, within(2.0));
  }

  /**
   * Three planted themes over disjoint thirds of a 30-term vocabulary, plus a few words shared by
   * all: each learned topic's ten most likely terms are one theme's, and the three themes are all
   * found.
   */
  @Test
  void plantedThemesAreRecovered() {
    OnlineLda.Model m = OnlineLda.fit(planted(300, 11), params(3, 30, 42, 1.0));
    Set<Integer> themes = new HashSet<>();
    for (double[] topic : m.lambda()) {
      int[] top = top(topic, 5);
      int theme = top[0] / 10;
      assertThat(Arrays.stream(top).map(w -> w < 30 ? w / 10 : -1)).containsOnly(theme);
      themes.add(theme);
    }
    assertThat(themes).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(Arrays.stream(m.alpha()).min().orElseThrow()).isPositive();
    assertThat(m.alpha()).isNotEqualTo(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}); // learned
  }

  @Test
  void aSubsampledFitRecoversThemToo() {
    OnlineLda.Model m = OnlineLda.fit(planted(2000, 3), params(3, 40, 7, 0.1));
    Set<Integer> themes = new HashSet<>();
    for (double[] topic : m.lambda()) {
      themes.add(top(topic, 1)[0] / 10);
    }
    assertThat(themes).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void theSameSeedGivesTheSameModelBitForBitAndAnotherSeedAnother() {
    OnlineLda.Corpus c = planted(200, 5);
    OnlineLda.Model a = OnlineLda.fit(c, params(3, 10, 1, 0.5));
    OnlineLda.Model b = OnlineLda.fit(c, params(3, 10, 1, 0.5));
    OnlineLda.Model other = OnlineLda.fit(c, params(3, 10, 2, 0.5));
    for (int k = 0; k < 3; k++) {
      assertThat(b.lambda()[k]).containsExactly(a.lambda()[k]);
    }
    assertThat(b.alpha()).containsExactly(a.alpha());
    assertThat(other.lambda()[0]).isNotEqualTo(a.lambda()[0]);
  }

  @Test
  void emptyDocumentsAreLeftOut() {
    OnlineLda.Corpus c = planted(100, 9);
    int[][] ids = Arrays.copyOf(c.ids(), c.documents() + 20);
    double[][] counts = Arrays.copyOf(c.counts(), c.documents() + 20);
    for (int d = c.documents(); d < ids.length; d++) {
      ids[d] = new int[0];
      counts[d] = new double[0];
    }
    OnlineLda.Model m = OnlineLda.fit(new OnlineLda.Corpus(33, ids, counts), params(3, 5, 3, 1.0));
    assertThat(Arrays.stream(m.lambda()).flatMapToDouble(Arrays::stream))
        .allMatch(Double::isFinite);
  }

  static OnlineLda.Params params(int k, int iterations, long seed, double rate) {
    return new OnlineLda.Params(k, iterations, seed, rate, 1, 0.51, 1.0 / k, 1.0 / k, true);
  }

  /** Documents of one theme each: 30 words from the theme's ten terms, 3 from three common ones. */
  static OnlineLda.Corpus planted(int documents, long seed) {
    Random r = new Random(seed);
    int[][] ids = new int[documents][];
    double[][] counts = new double[documents][];
    for (int d = 0; d < documents; d++) {
      double[] c = new double[33];
      int theme = d % 3;
      for (int i = 0; i < 30; i++) {
        c[theme * 10 + (int) Math.floor(Math.abs(r.nextGaussian()) * 3.5) % 10]++;
      }
      for (int i = 0; i < 3; i++) {
        c[30 + r.nextInt(3)]++;
      }
      int[] idx = IntStream.range(0, 33).filter(w -> c[w] > 0).toArray();
      ids[d] = idx;
      counts[d] = Arrays.stream(idx).mapToDouble(w -> c[w]).toArray();
    }
    return new OnlineLda.Corpus(33, ids, counts);
  }

  static int[] top(double[] topic, int n) {
    return IntStream.range(0, topic.length)
        .boxed()
        .sorted((a, b) -> Double.compare(topic[b], topic[a]))
        .limit(n)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
