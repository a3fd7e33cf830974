package org.msmepulse.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.msmepulse.core.topics.TermRanking.Method;

class TermRankingTest {
  // 40 terms: 0 is everywhere (उद्योग), 1-3 belong to topic 0, 4-6 to topic 1, the rest are
  // background.
  static final double[][] WEIGHTS = new double[2][40];

  static {
    Arrays.fill(WEIGHTS[0], 1);
    Arrays.fill(WEIGHTS[1], 1);
    WEIGHTS[0][0] = 50;
    WEIGHTS[1][0] = 60;
    WEIGHTS[0][1] = 25;
    WEIGHTS[0][2] = 20;
    WEIGHTS[0][3] = 15;
    WEIGHTS[1][4] = 30;
    WEIGHTS[1][5] = 20;
    WEIGHTS[1][6] = 12;
  }

  @Test
  void probabilityIsMllibsOrderAndTheGenericWordLeadsBothTopics() {
    TermRanking.Ranked[] r = TermRanking.rank(WEIGHTS, 4, Method.PROBABILITY);
    assertThat(r[0].terms()).containsExactly(0, 1, 2, 3);
    assertThat(r[1].terms()).containsExactly(0, 4, 5, 6);
    double total0 = 50 + 25 + 20 + 15 + 36;
    assertThat(r[0].probabilities())
        .containsExactly(
            new double[] {50 / total0, 25 / total0, 20 / total0, 15 / total0}, within(1e-12));
  }

  @Test
  void frexPutsTermsBothFrequentAndExclusiveFirst() {
    TermRanking.Ranked[] r = TermRanking.rank(WEIGHTS, 40, Method.FREX);
    assertThat(r[0].terms()).startsWith(1, 2);
    assertThat(r[1].terms()).startsWith(4, 5);
    assertThat(indexOf(r[0].terms(), 0)).isGreaterThan(indexOf(r[0].terms(), 3));
    assertThat(indexOf(r[1].terms(), 0)).isGreaterThan(indexOf(r[1].terms(), 5));
    // Probabilities stay p(w|k) whatever the order.
    assertThat(r[0].probabilities()[0]).isCloseTo(25 / 146.0, within(1e-12));
  }

  @Test
  void relevanceTempersProbabilityByLift() {
    // p(0) = 110/256 overall; in topic 0: 0.6 ln(50/146) + 0.4 ln((50/146)/(110/256)) = -0.734,
    // term 1: 0.6 ln(25/146) + 0.4 ln((25/146)/(26/256)) = -0.850: the generic word still leads at
    // 0.6,
    // but term 1 passes it compared with probability's gap (ln 50/25 = 0.69 against 0.12 here).
    TermRanking.Ranked[] r = TermRanking.rank(WEIGHTS, 3, Method.RELEVANCE);
    assertThat(r[0].terms()).containsExactly(0, 1, 2);
    assertThat(r[1].terms()).startsWith(0, 4);
  }

  @Test
  void ecdfGivesTiesTheirMeanRank() {
    assertThat(TermRanking.ecdf(new double[] {0.5, 0.1, 0.5, 0.9}))
        .containsExactly(new double[] {2.5 / 4, 1 / 4.0, 2.5 / 4, 4 / 4.0}, within(1e-12));
  }

  @Test
  void tiesKeepVocabularyOrder() {
    double[][] flat = {{1, 1, 1}, {1, 1, 1}};
    for (Method m : Method.values()) {
      assertThat(TermRanking.rank(flat, 3, m)[1].terms()).as(m.name()).containsExactly(0, 1, 2);
      assertThat(TermRanking.rank(flat, 2, m)[0].terms()).as(m.name()).hasSize(2);
    }
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
