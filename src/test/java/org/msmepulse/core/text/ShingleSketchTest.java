package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShingleSketchTest {
  @Test
  void shinglesAreWordTrigramsOnMatchKeysSortedAndDistinct() {
    long[] a = ShingleSketch.shingles("कानपुर के चमड़ा उद्योग को निर्यात"); // 6 words: 4 shingles
    assertThat(a).hasSize(4);
    assertThat(a).isSorted();
    // A spelling variant (nukta) and extra punctuation do not change the set.
    assertThat(ShingleSketch.shingles("कानपुर के चमडा उद्योग, को निर्यात।")).containsExactly(a);
    // A repeated phrase counts once.
    assertThat(ShingleSketch.shingles("एक दो तीन एक दो तीन")).hasSize(3);
    assertThat(ShingleSketch.shingles("दो शब्द")).hasSize(1);
    assertThat(ShingleSketch.shingles("।।")).isEmpty();
    assertThat(ShingleSketch.bandKeys(new long[0], 1)).isEmpty();
  }

  @Test
  void jaccardIsExact() {
    assertThat(ShingleSketch.jaccard(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5}))
        .isEqualTo(2.0 / 5);
    assertThat(ShingleSketch.jaccard(new long[] {1, 2}, new long[] {1, 2})).isEqualTo(1.0);
    assertThat(ShingleSketch.jaccard(new long[] {-5, 7}, new long[] {8})).isEqualTo(0.0);
    assertThat(ShingleSketch.jaccard(new long[0], new long[0])).isEqualTo(0.0);
  }

  /** Two random sets of 200 elements with the given Jaccard similarity. */
  private static long[][] pairWithJaccard(SplittableRandom rnd, double j) {
    int n = 200;
    int common = (int) Math.round(2 * n * j / (1 + j)); // |A∩B| / (2n - |A∩B|) = j
    long[] shared = rnd.longs(common).toArray();
    long[] a = LongStream.concat(Arrays.stream(shared), rnd.longs(n - common)).sorted().toArray();
    long[] b = LongStream.concat(Arrays.stream(shared), rnd.longs(n - common)).sorted().toArray();
    return new long[][] {a, b};
  }

  private static double candidateRate(double j, int trials) {
    SplittableRandom rnd = new SplittableRandom(42);
    int hits = 0;
    for (int t = 0; t < trials; t++) {
      long[][] p = pairWithJaccard(rnd, j);
      long[] ka = ShingleSketch.bandKeys(p[0], t);
      long[] kb = ShingleSketch.bandKeys(p[1], t);
      for (int b = 0; b < ka.length; b++) {
        if (ka[b] == kb[b]) {
          hits++;
          break;
        }
      }
    }
    return (double) hits / trials;
  }

  @Test
  void bandsMakeCandidatesOfNearCopiesAndAlmostNeverOfDifferentStories() {
    // Theory: 1 - (1 - J^5)^25 = 0.990 at 0.7, 0.9999 at 0.8, 0.18 at 0.4, 8e-8 at 0.02.
    assertThat(candidateRate(0.8, 400)).isGreaterThanOrEqualTo(0.995);
    assertThat(candidateRate(0.7, 400)).isGreaterThanOrEqualTo(0.97);
    assertThat(candidateRate(0.4, 400)).isBetween(0.10, 0.28);
    assertThat(candidateRate(0.05, 2000)).isLessThanOrEqualTo(0.002);
  }

  @Test
  void bandKeysAreDeterministicPerSeedAndDifferAcrossSeeds() {
    long[] s = ShingleSketch.shingles("कानपुर के चमड़ा उद्योग को निर्यात में नई उम्मीद मिली है");
    assertThat(ShingleSketch.bandKeys(s, 7)).containsExactly(ShingleSketch.bandKeys(s.clone(), 7));
    assertThat(ShingleSketch.bandKeys(s, 7)).hasSize(ShingleSketch.BANDS);
    assertThat(Arrays.equals(ShingleSketch.bandKeys(s, 7), ShingleSketch.bandKeys(s, 8))).isFalse();
    // Bands are distinct keys, so one text's bands never collide with each other in the bucket
    // shuffle.
    assertThat(Arrays.stream(ShingleSketch.bandKeys(s, 7)).distinct().count())
        .isEqualTo(ShingleSketch.BANDS);
  }
}
