package org.msmepulse.stages.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/** Exact duplicates within the batch and against the warehouse, marked with what they copy. */
class ExactDuplicatesTest extends SparkTestBase {
  static final StructType BATCH =
      new StructType()
          .add("record_source", DataTypes.StringType)
          .add("article_id", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("text", DataTypes.StringType);
  static final StructType STORED =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType);

  static Row rec(String source, String id, String hash) {
    return RowFactory.create(source, id, hash, "text of " + source);
  }

  static Map<String, String> marks(Dataset<Row> out) {
    List<Row> rows = out.collectAsList();
    Map<String, String> m =
        rows.stream()
            .collect(
                Collectors.toMap(
                    r -> r.getAs("record_source"),
                    r ->
                        r.getAs("duplicate_of") == null
                            ? "kept"
                            : r.getAs("duplicate_of") + " (" + r.getAs("duplicate_kind") + ")"));
    assertThat(m).as("one output row per record").hasSize(rows.size());
    return m;
  }

  /**
   * Marks a batch in the driver (batches this small always are) and by the shuffles, checks that
   * both give the same marks and texts, and returns the driver's.
   */
  static Dataset<Row> mark(Dataset<Row> batch, Dataset<Row> stored) {
    Dataset<Row> onDriver = ExactDuplicates.mark(batch, stored);
    int before = ExactDuplicates.driverLimit;
    ExactDuplicates.driverLimit = 0;
    try {
      Dataset<Row> shuffled = ExactDuplicates.mark(batch, stored);
      assertThat(rows(onDriver)).isEqualTo(rows(shuffled));
      assertThat(onDriver.columns()).containsExactly(shuffled.columns());
      // ... and with only the stored keys the batch shares, as a run passes them
      StoredKeys shared = StoredKeys.of(batch, stored);
      if (shared != null) {
        assertThat(rows(ExactDuplicates.mark(batch, shared.asDataset()))).isEqualTo(rows(onDriver));
      }
    } finally {
      ExactDuplicates.driverLimit = before;
    }
    return onDriver;
  }

  private static java.util.Set<String> rows(Dataset<Row> out) {
    return out.collectAsList().stream().map(Row::toString).collect(Collectors.toSet());
  }

  static Dataset<Row> batch(Row... rows) {
    return spark.createDataFrame(List.of(rows), BATCH);
  }

  static Dataset<Row> stored(Row... rows) {
    return spark.createDataFrame(List.of(rows), STORED);
  }

  @Test
  void theSameIdTwiceKeepsTheRecordThatComesFirstBySource() {
    Dataset<Row> out =
        mark(
            batch(rec("f@002", "a1", "h1"), rec("f@001", "a1", "h1"), rec("f@003", "a1", "h9")),
            null);
    assertThat(marks(out))
        .containsOnly(
            Map.entry("f@001", "kept"),
            Map.entry("f@002", "a1 (same id)"),
            Map.entry("f@003", "a1 (same id)"));
  }

  @Test
  void theSameTextUnderAnotherIdIsADuplicateOfTheFirstRecordWithThatText() {
    Dataset<Row> out =
        mark(
            batch(
                rec("f@001", "a1", "h1"),
                rec("f@002", "a2", "h1"),
                rec("f@003", "a3", "h1"),
                rec("f@004", "a4", "h4")),
            null);
    assertThat(marks(out))
        .containsOnly(
            Map.entry("f@001", "kept"),
            Map.entry("f@002", "a1 (exact text)"),
            Map.entry("f@003", "a1 (exact text)"),
            Map.entry("f@004", "kept"));
  }

  @Test
  void theSameTextAsAStoredArticleUnderAnotherIdIsAWarehouseDuplicate() {
    Dataset<Row> out =
        mark(
            batch(rec("f@001", "a5", "hS"), rec("f@002", "a6", "h6")),
            stored(RowFactory.create("s1", "hS"), RowFactory.create("s2", "h2")));
    assertThat(marks(out))
        .containsOnly(
            Map.entry("f@001", "s1 (exact text (warehouse))"), Map.entry("f@002", "kept"));
  }

  @Test
  void aStoredArticlesIdWithNewTextIsACorrectionNotADuplicate() {
    Dataset<Row> out =
        mark(
            batch(rec("f@001", "s2", "hNew"), rec("f@002", "s1", "hS")),
            stored(RowFactory.create("s1", "hS"), RowFactory.create("s2", "hOld")));
    // s2 with new text is its new version; s1 with its own text is the same article read again
    assertThat(marks(out)).containsOnly(Map.entry("f@001", "kept"), Map.entry("f@002", "kept"));
  }

  @Test
  void aTextStoredUnderTwoIdsStillMarksTheRecordOnce() {
    Dataset<Row> out =
        mark(
            batch(rec("f@001", "a7", "hS")),
            stored(RowFactory.create("s1", "hS"), RowFactory.create("s9", "hS")));
    Map<String, String> m = marks(out);
    assertThat(out.count()).isEqualTo(1);
    assertThat(m.get("f@001")).isIn("s1 (exact text (warehouse))", "s9 (exact text (warehouse))");
  }

  @Test
  void theTextTravelsWithItsRecordAndAnEmptyBatchGivesNoRows() {
    List<Row> out =
        mark(batch(rec("f@001", "a1", "h1"), rec("f@002", "a2", "h1")), null).collectAsList();
    assertThat(out)
        .extracting(r -> r.getAs("record_source") + "=" + r.getAs("text"))
        .containsExactlyInAnyOrder("f@001=text of f@001", "f@002=text of f@002");
    assertThat(mark(batch(), stored(RowFactory.create("s1", "hS"))).count()).isZero();
  }

  @Test
  void twoBatchCopiesOfAStoredTextBothPointAtTheStoredArticle() {
    // duplicate_of names the article kept: f@001 is itself a copy of s1, so f@002 copies s1 too
    Dataset<Row> out =
        mark(
            batch(rec("f@001", "a5", "hS"), rec("f@002", "a6", "hS")),
            stored(RowFactory.create("s1", "hS")));
    assertThat(marks(out))
        .containsOnly(
            Map.entry("f@001", "s1 (exact text (warehouse))"),
            Map.entry("f@002", "s1 (exact text (warehouse))"));
  }
}
