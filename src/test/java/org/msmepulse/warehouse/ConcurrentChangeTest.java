package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.exceptions.ConcurrentAppendException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.spark.SparkTestBase;

/**
 * The check that the articles a run computed from are still the articles table, and what counts as
 * a concurrent change.
 */
class ConcurrentChangeTest extends SparkTestBase {
  static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("month_source", DataTypes.StringType)
          .add("token_count", DataTypes.IntegerType);

  @TempDir static Path dir;
  static Warehouse wh;

  static Dataset<Row> articles(String... idHash) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < idHash.length; i += 2) {
      rows.add(RowFactory.create(idHash[i], idHash[i + 1], "2025-01", "metadata", 10));
    }
    return spark.createDataFrame(rows, ARTICLES);
  }

  @BeforeAll
  static void table() {
    wh = new Warehouse(spark, dir.toString());
    wh.overwrite(Tables.ARTICLES, articles("a1", "h1", "a2", "h2"));
  }

  @Test
  void theSameArticlesInAnyOrderAndWithOtherColumnsPass() {
    Dataset<Row> computedFrom =
        articles("a2", "h2", "a1", "h1")
            .withColumn("terms", org.apache.spark.sql.functions.lit("x"));
    assertThatCode(() -> ConcurrentChange.requireArticlesUnchanged(wh, computedFrom, "run1"))
        .doesNotThrowAnyException();
  }

  @Test
  void aChangedContentHashFails() {
    assertThatThrownBy(
            () ->
                ConcurrentChange.requireArticlesUnchanged(
                    wh, articles("a1", "h1", "a2", "h2-old"), "run7"))
        .isInstanceOf(ConcurrentChange.class)
        .hasMessage(
            "run run7: the articles table changed while the run computed its tables "
                + "(1 articles added or changed, 1 replaced)");
  }

  @Test
  void anArticleAddedByAnotherRunFails() {
    assertThatThrownBy(
            () -> ConcurrentChange.requireArticlesUnchanged(wh, articles("a1", "h1"), "run8"))
        .isInstanceOf(ConcurrentChange.class)
        .hasMessageEndingWith("(1 articles added or changed, 0 replaced)");
  }

  @Test
  void isCauseFindsAConcurrentChangeOrADeltaConflictAnywhereInTheCauseChain() {
    ConcurrentChange check = new ConcurrentChange("changed");
    assertThat(ConcurrentChange.isCause(check)).isTrue();
    assertThat(
            ConcurrentChange.isCause(
                new RuntimeException("job failed", new IllegalStateException("wrapped", check))))
        .isTrue();
    assertThat(
            ConcurrentChange.isCause(
                new RuntimeException(new ConcurrentAppendException("files added"))))
        .isTrue();
    assertThat(
            ConcurrentChange.isCause(
                new RuntimeException("other", new IllegalStateException("also other"))))
        .isFalse();
    assertThat(ConcurrentChange.isCause(null)).isFalse();
  }

  @Test
  void firstLineNamesTheClassAndTheMessagesFirstLine() {
    assertThat(ConcurrentChange.firstLine(new IllegalStateException("conflict\nstack details")))
        .isEqualTo("IllegalStateException: conflict");
    assertThat(ConcurrentChange.firstLine(new RuntimeException()))
        .isEqualTo("RuntimeException: null");
  }
}
