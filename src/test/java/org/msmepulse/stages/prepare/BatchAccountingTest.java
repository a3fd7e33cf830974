package org.msmepulse.stages.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.ArticleColumns;

/** records_read = articles + duplicates + quarantined, checked before anything is written. */
class BatchAccountingTest extends SparkTestBase {
  static final StructType MARKED =
      ArticleChangesTest.STORED
          .add("duplicate_of", DataTypes.StringType)
          .add("duplicate_kind", DataTypes.StringType);
  static Dataset<Row> marked;
  static Dataset<Row> quarantine;
  static Dataset<Row> duplicates;

  static Row marked(String id, String duplicateOf) {
    Object[] a =
        ArticleChangesTest.article(id, "पाठ " + id, "h" + id, "run1", ArticleChangesTest.T1);
    Object[] v = java.util.Arrays.copyOf(a, a.length + 2);
    v[a.length] = duplicateOf;
    v[a.length + 1] = duplicateOf == null ? null : "exact text";
    return RowFactory.create(v);
  }

  @BeforeAll
  static void batch() {
    marked =
        spark.createDataFrame(
            List.of(marked("a1", null), marked("a2", null), marked("a3", null), marked("a4", "a1")),
            MARKED);
    StructType q =
        new StructType().add("source", DataTypes.StringType).add("reason", DataTypes.StringType);
    quarantine =
        spark.createDataFrame(
            List.of(
                RowFactory.create("f@8", "record has no text"),
                RowFactory.create("f@9", "empty record")),
            q);
    StructType d =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("duplicate_of", DataTypes.StringType);
    duplicates = spark.createDataFrame(List.of(RowFactory.create("src/a4@run1", "a1")), d);
  }

  @Test
  void countsTheArticlesDuplicatesAndQuarantinedRecords() {
    BatchAccounting b = BatchAccounting.of(6, quarantine, marked, duplicates);
    assertThat(b.recordsRead()).isEqualTo(6);
    assertThat(b.articleCount()).isEqualTo(3);
    assertThat(b.duplicateCount()).isEqualTo(1);
    assertThat(b.quarantined()).isEqualTo(2);
    assertThat(b.articles().columns()).containsExactlyElementsOf(ArticleColumns.STORED);
    assertThat(b.articles().collectAsList())
        .extracting(r -> r.<String>getAs("article_id"))
        .containsExactlyInAnyOrder("a1", "a2", "a3");
    assertThat(b.marked()).isSameAs(marked);
  }

  @Test
  void failsNamingEveryCountWhenTheyDoNotAddUp() {
    assertThatThrownBy(() -> BatchAccounting.of(7, quarantine, marked, duplicates))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "record accounting failed: read 7 but 3 articles + 1 duplicates + 2 quarantined");
    assertThatThrownBy(() -> BatchAccounting.of(5, quarantine, marked, duplicates))
        .hasMessage(
            "record accounting failed: read 5 but 3 articles + 1 duplicates + 2 quarantined");
  }

  @Test
  void anEmptyBatchAddsUpToZero() {
    BatchAccounting b =
        BatchAccounting.of(0, quarantine.limit(0), marked.limit(0), duplicates.limit(0));
    assertThat(List.of(b.articleCount(), b.duplicateCount(), b.quarantined()))
        .containsExactly(0L, 0L, 0L);
  }
}
