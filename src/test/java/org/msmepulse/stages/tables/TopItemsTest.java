package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/** The top five items of each group by article count, ties by the item's code. */
class TopItemsTest extends SparkTestBase {
  static final StructType COUNTS =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("state_code", DataTypes.StringType)
          .add("scheme_code", DataTypes.StringType)
          .add("articles", DataTypes.LongType);

  @Test
  void keepsTheFiveWithMostArticlesTiesByCode() {
    Dataset<Row> counts =
        spark.createDataFrame(
            List.of(
                RowFactory.create("2025-01", "IN-UP", "A", 3L),
                RowFactory.create("2025-01", "IN-UP", "C", 5L),
                RowFactory.create("2025-01", "IN-UP", "B", 5L),
                RowFactory.create("2025-01", "IN-UP", "D", 1L),
                RowFactory.create("2025-01", "IN-UP", "F", 2L),
                RowFactory.create("2025-01", "IN-UP", "E", 2L),
                RowFactory.create("2025-01", "IN-UP", "G", 4L),
                RowFactory.create("2025-01", "IN-BR", "Z", 1L),
                RowFactory.create("2025-02", "IN-UP", "D", 9L)),
            COUNTS);
    Dataset<Row> out =
        TopItems.of(counts, new String[] {"month", "state_code"}, "scheme_code", "top_schemes");
    assertThat(out.columns()).containsExactly("month", "state_code", "top_schemes");
    assertThat(out.collectAsList())
        .extracting(r -> r.getAs("month") + "|" + r.getAs("state_code") + "|" + r.getList(2))
        .containsExactlyInAnyOrder(
            "2025-01|IN-UP|[B, C, G, A, E]", "2025-01|IN-BR|[Z]", "2025-02|IN-UP|[D]");
  }

  @Test
  void noCountsNoGroups() {
    Dataset<Row> out =
        TopItems.of(
            spark.createDataFrame(List.of(), COUNTS),
            new String[] {"month", "state_code"},
            "scheme_code",
            "top_schemes");
    assertThat(out.count()).isZero();
  }
}
