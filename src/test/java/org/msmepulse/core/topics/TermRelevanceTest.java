package org.msmepulse.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TermRelevanceTest {
  // Vocabulary: 0 उद्योग (everywhere), 1 बुनकर, 2 करघा (topic 0 only), 3 निर्यात, 4 ऑर्डर (topic 1 only).
  static final double[][] WEIGHTS = {
      {30, 25, 10, 1, 1},
      {60, 1, 1, 30, 12},
  };

  @Test
  void lambdaOneRanksByProbabilityInTheTopic() {
    TermRelevance.Ranked[] r = TermRelevance.rank(WEIGHTS, 3, 1.0);
    assertThat(r[0].terms()).containsExactly(0, 1, 2);
    assertThat(r[1].terms()).containsExactly(0, 3, 4);
    assertThat(r[0].probabilities()).containsExactly(new double[] {30 / 67.0, 25 / 67.0, 10 / 67.0}, within(1e-12));
  }

  @Test
  void lowerLambdaPutsTopicSpecificWordsBeforeWordsFrequentEverywhere() {
    // p(उद्योग) = 90/171, p(बुनकर) = 26/171. In topic 0, by hand:
    //   उद्योग 0.6 ln(30/67) + 0.4 ln((30/67)/(90/171)) = -0.546
    //   बुनकर  0.6 ln(25/67) + 0.4 ln((25/67)/(26/171)) = -0.233
    //   करघा   0.6 ln(10/67) + 0.4 ln((10/67)/(11/171)) = -0.805
    TermRelevance.Ranked[] r = TermRelevance.rank(WEIGHTS, 5, 0.6);
    assertThat(r[0].terms()).startsWith(1, 0, 2);
    // With lambda 0 (lift alone) the generic word falls below every topic-specific word.
    TermRelevance.Ranked[] lift = TermRelevance.rank(WEIGHTS, 5, 0.0);
    assertThat(lift[0].terms()).startsWith(1, 2);
    assertThat(lift[1].terms()).startsWith(3, 4);   // lifts ln 1.59 and ln 1.52
    assertThat(indexOf(lift[0].terms(), 0)).isGreaterThan(indexOf(lift[0].terms(), 2));
    // Probabilities stay p(w|k) whatever the order.
    assertThat(lift[0].probabilities()[0]).isCloseTo(25 / 67.0, within(1e-12));
  }

  @Test
  void tiesKeepVocabularyOrderAndBadLambdaIsRefused() {
    double[][] flat = {{1, 1, 1}, {1, 1, 1}};
    assertThat(TermRelevance.rank(flat, 3, 0.6)[1].terms()).containsExactly(0, 1, 2);
    assertThat(TermRelevance.rank(flat, 2, 0.6)[0].terms()).hasSize(2);
    assertThatThrownBy(() -> TermRelevance.rank(flat, 2, 1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int indexOf(int[] a, int x) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
