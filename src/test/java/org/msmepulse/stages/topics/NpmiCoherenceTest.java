package org.msmepulse.stages.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * NPMI over four documents, small enough to count by hand. Term (document set): 0 {d1,d2}, 1
 * {d1,d2,d3}, 2 {d1}, 3 {d3,d4}, 4 {d2,d4}, 5 {d1,d2}, 6 in none.
 */
class NpmiCoherenceTest extends SparkTestBase {
  static final StructType COUNTED =
      new StructType().add("article_id", DataTypes.StringType).add("tf", SQLDataTypes.VectorType());
  static Dataset<Row> counted;

  @BeforeAll
  static void documents() {
    counted =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "d1", Vectors.sparse(7, new int[] {0, 1, 2, 5}, new double[] {1, 3, 1, 1})),
                RowFactory.create(
                    "d2", Vectors.sparse(7, new int[] {0, 1, 4, 5}, new double[] {2, 1, 1, 1})),
                RowFactory.create("d3", Vectors.sparse(7, new int[] {1, 3}, new double[] {1, 1})),
                RowFactory.create("d4", Vectors.dense(0, 0, 0, 4, 1, 0, 0))),
            COUNTED);
  }

  static double[] npmi(int[]... topics) {
    return NpmiCoherence.of(counted, List.of(topics));
  }

  @Test
  void termsAlwaysTogetherScoreOneAndTermsNeverTogetherMinusOne() {
    assertThat(npmi(new int[] {0, 5}, new int[] {0, 3}, new int[] {2, 6}))
        .containsExactly(new double[] {1.0, -1.0, -1.0}, within(1e-12));
  }

  @Test
  void partlyTogetherFollowsTheFormula() {
    // (0,1): P(0,1) = 2/4, P(0) = 2/4, P(1) = 3/4: log((1/2) / (3/8)) / -log(1/2) = log(4/3) / log
    // 2
    // (1,4): P(1,4) = 1/4, P(1) = 3/4, P(4) = 2/4: log((1/4) / (3/8)) / -log(1/4) = log(2/3) / log
    // 4
    double[] c = npmi(new int[] {0, 1}, new int[] {4, 1});
    assertThat(c[0])
        .isCloseTo(Math.log(4.0 / 3) / Math.log(2), within(1e-12))
        .isCloseTo(0.41504, within(1e-5));
    assertThat(c[1])
        .isCloseTo(Math.log(2.0 / 3) / Math.log(4), within(1e-12))
        .isCloseTo(-0.29248, within(1e-5));
  }

  @Test
  void aTopicScoresTheMeanOverItsPairsAndOneTermHasNoPairs() {
    // (0,5) = 1, (0,3) = -1, (5,3) = -1
    double[] c = npmi(new int[] {0, 5, 3}, new int[] {2});
    assertThat(c).containsExactly(new double[] {-1.0 / 3, 0.0}, within(1e-12));
  }

  @Test
  void npmiEdgeCases() {
    assertThat(NpmiCoherence.npmi(4, 4, 4, 4)).as("both in every document").isEqualTo(1.0);
    assertThat(NpmiCoherence.npmi(0, 2, 0, 4)).isEqualTo(-1.0);
    assertThat(NpmiCoherence.npmi(2, 2, 1, 4))
        .as("independent: P(i,j) = P(i) P(j)")
        .isCloseTo(0.0, within(1e-12));
    assertThat(NpmiCoherence.npmi(1, 1, 1, 0)).as("no documents").isEqualTo(-1.0);
  }
}
