package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Two runs' writes on one warehouse: the articles merged on article_id, a derived table replaced,
 * the quarantine and duplicates logs added to without doubling.
 */
class RunWritesTest extends SparkTestBase {
  static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("month_source", DataTypes.StringType)
          .add("token_count", DataTypes.IntegerType)
          .add("run_id", DataTypes.StringType);
  static final StructType ARTICLE_TOPICS =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("topic_id", DataTypes.IntegerType)
          .add("weight", DataTypes.DoubleType);
  static final StructType QUARANTINE =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("reason", DataTypes.StringType)
          .add("raw_excerpt", DataTypes.StringType)
          .add("run_id", DataTypes.StringType);
  static final StructType DUPLICATES =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("article_id", DataTypes.StringType)
          .add("duplicate_of", DataTypes.StringType)
          .add("kind", DataTypes.StringType)
          .add("run_id", DataTypes.StringType);

  static final StructType TERM_STATS =
      new StructType()
          .add("term", DataTypes.StringType)
          .add("df", DataTypes.LongType)
          .add("cf", DataTypes.LongType)
          .add("surfaces", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));

  @TempDir static Path dir;
  static String location;
  static Map<String, Long> first;
  static Map<String, Long> second;
  static long duplicatesCommitsAfterFirst;

  static long commits(String table) {
    return io.delta.tables.DeltaTable.forPath(spark, location + "/" + table).history().count();
  }

  static Row article(String id, String hash, String run) {
    return RowFactory.create(id, hash, "पाठ " + hash, "2025-01", "metadata", 5, run);
  }

  static Row stat(String term, long df, long cf) {
    return RowFactory.create(term, df, cf, Map.of(term, cf));
  }

  static Dataset<Row> frame(List<Row> rows, StructType schema) {
    return spark.createDataFrame(rows, schema);
  }

  @BeforeAll
  static void twoRuns() {
    location = dir.resolve("wh").toString();
    Warehouse wh = new Warehouse(spark, location);
    Row q1 = RowFactory.create("f@9", "record has no text", "", "run1");
    Row d1 = RowFactory.create("f@3", "a3x", "a1", "exact text", "run1");
    first =
        new RunWrites(wh, WarehouseState.read(spark, wh), "run1")
            .articles(
                frame(List.of(article("a1", "h1", "run1"), article("a2", "h2", "run1")), ARTICLES),
                1)
            .replace(
                Tables.ARTICLE_TOPICS,
                frame(
                    List.of(RowFactory.create("a1", 0, 0.9), RowFactory.create("a2", 1, 0.8)),
                    ARTICLE_TOPICS))
            .termStats(frame(List.of(stat("ऋण", 2, 3), stat("बैंक", 1, 1)), TERM_STATS), false)
            .logs(frame(List.of(q1), QUARANTINE), frame(List.of(d1), DUPLICATES))
            .commit();
    duplicatesCommitsAfterFirst = commits(Tables.DUPLICATES);
    second =
        new RunWrites(wh, WarehouseState.read(spark, wh), "run2")
            .articles(
                frame(
                    List.of(
                        article("a1", "h1b", "run2"),
                        article("a2", "h2", "run2"),
                        article("a3", "h3", "run2")),
                    ARTICLES),
                1)
            .replaceWhere(
                Tables.ARTICLE_TOPICS,
                frame(
                    List.of(RowFactory.create("a1", 1, 0.7), RowFactory.create("a3", 0, 1.0)),
                    ARTICLE_TOPICS),
                RunWrites.in("article_id", List.of("a1", "a3")))
            // ऋण: one article more; बैंक: its only article left; निर्यात: new
            .termStats(
                frame(
                    List.of(stat("ऋण", 3, 4), stat("बैंक", 0, 0), stat("निर्यात", 1, 2)),
                    TERM_STATS),
                true)
            .logs(
                frame(
                    List.of(
                        RowFactory.create("f@9", "record has no text", "", "run2"),
                        RowFactory.create("g@1", "empty record", "", "run2")),
                    QUARANTINE),
                frame(
                    List.of(RowFactory.create("f@3", "a3x", "a1", "exact text", "run2")),
                    DUPLICATES))
            .commit();
  }

  @Test
  void articlesAreMergedOnArticleIdAndAnUnchangedArticleKeepsItsRun() {
    assertThat(table(location, Tables.ARTICLES))
        .extracting(
            r -> r.getAs("article_id") + "|" + r.getAs("content_hash") + "|" + r.getAs("run_id"))
        .containsExactlyInAnyOrder("a1|h1b|run2", "a2|h2|run1", "a3|h3|run2");
  }

  @Test
  void replaceWhereReplacesOnlyTheRowsOfTheKeysGiven() {
    assertThat(table(location, Tables.ARTICLE_TOPICS))
        .extracting(
            r -> r.getAs("article_id") + "|" + r.getAs("topic_id") + "|" + r.getAs("weight"))
        .containsExactlyInAnyOrder("a1|1|0.7", "a2|1|0.8", "a3|0|1.0");
  }

  @Test
  void termStatisticsAreUpdatedByTermAndATermNoArticleHoldsIsDeleted() {
    assertThat(table(location, Tables.TERM_STATS))
        .extracting(r -> r.getAs("term") + "|" + r.getAs("df") + "|" + r.getAs("cf"))
        .containsExactlyInAnyOrder("ऋण|3|4", "निर्यात|1|2");
  }

  @Test
  void quarantineAndDuplicatesAreNotDoubledAndALogWithNothingNewIsNotWritten() {
    assertThat(table(location, Tables.QUARANTINE))
        .extracting(r -> r.getAs("source") + "|" + r.getAs("run_id"))
        .containsExactlyInAnyOrder("f@9|run1", "g@1|run2");
    assertThat(table(location, Tables.DUPLICATES))
        .extracting(r -> r.getAs("source") + "|" + r.getAs("run_id"))
        .containsExactly("f@3|run1");
    assertThat(commits(Tables.DUPLICATES))
        .as("the second run wrote no commit to duplicates")
        .isEqualTo(duplicatesCommitsAfterFirst);
    assertThat(second.get(Tables.QUARANTINE)).isGreaterThan(first.get(Tables.QUARANTINE));
  }

  @Test
  void theVersionsOfEveryTableAreReturnedArticlesFirst() {
    assertThat(first.keySet().iterator().next()).isEqualTo(Tables.ARTICLES);
    assertThat(second.keySet())
        .contains(
            Tables.ARTICLES,
            Tables.ARTICLE_TOPICS,
            Tables.TERM_STATS,
            Tables.QUARANTINE,
            Tables.DUPLICATES);
    assertThat(second.get(Tables.ARTICLES)).isGreaterThan(first.get(Tables.ARTICLES));
    assertThat(second.get(Tables.TERM_STATS)).isGreaterThan(first.get(Tables.TERM_STATS));
    Warehouse wh = new Warehouse(spark, location);
    assertThat(wh.version(Tables.TERM_STATS)).isEqualTo(second.get(Tables.TERM_STATS));
  }

  @Test
  void aRunWhoseArticlesAnotherRunChangedSinceItReadThemFails() {
    Warehouse wh = new Warehouse(spark, dir.resolve("concurrent").toString());
    new RunWrites(wh, WarehouseState.read(spark, wh), "run1")
        .articles(frame(List.of(article("a1", "h1", "run1")), ARTICLES), 1)
        .termStats(frame(List.of(stat("ऋण", 1, 1)), TERM_STATS), false)
        .commit();
    WarehouseState afterSecond = WarehouseState.read(spark, wh);
    // another run merges after `afterSecond` was read
    new RunWrites(wh, afterSecond, "run3")
        .articles(frame(List.of(article("a4", "h4", "run3")), ARTICLES), 1)
        .commit();
    assertThatThrownBy(
            () ->
                new RunWrites(wh, afterSecond, "run4")
                    .articles(frame(List.of(article("a5", "h5", "run4")), ARTICLES), 1)
                    .commit())
        .isInstanceOf(ConcurrentChange.class)
        .hasMessageContaining("another run changed the articles");
    assertThatThrownBy(
            () ->
                new RunWrites(wh, afterSecond, "run5")
                    .termStats(frame(List.of(stat("ऋण", 4, 5)), TERM_STATS), true)
                    .commit())
        .isInstanceOf(ConcurrentChange.class);
  }

  @Test
  void aKeyListIsSqlOfBytesNotOfTheKeysText() {
    assertThat(RunWrites.in("article_id", List.of("a'b")))
        .isEqualTo("article_id IN (CAST(X'612762' AS STRING))");
    assertThat(RunWrites.in("month", List.of())).isEqualTo("false");
    assertThat(
            spark
                .sql("SELECT concat('a', chr(39), 'b') IN (CAST(X'612762' AS STRING))")
                .first()
                .getBoolean(0))
        .isTrue();
  }

  /**
   * A small table rewritten by key: the rows of the keys given are replaced, every other row (one
   * with no key too) is kept, in one commit; the table is then one file.
   */
  @Test
  void rewriteWhereKeepsEveryRowOutsideTheKeysInOneCommit() {
    String here = dir.resolve("rewrite").toString();
    Warehouse wh = new Warehouse(spark, here);
    StructType schema =
        new StructType()
            .add("month", DataTypes.StringType)
            .add("scheme_code", DataTypes.StringType)
            .add("articles", DataTypes.LongType);
    wh.overwrite(
        "counts_by_month",
        frame(
            List.of(
                RowFactory.create("2024-01", "PMEGP", 3L),
                RowFactory.create("2024-02", "PMEGP", 1L),
                RowFactory.create("2024-02", "ODOP", 2L),
                RowFactory.create(null, "RAMP", 9L)),
            schema));
    long before = wh.version("counts_by_month");
    long after =
        wh.rewriteWhere(
            "counts_by_month",
            frame(
                List.of(
                    RowFactory.create("2024-02", "ODOP", 5L),
                    RowFactory.create("2024-03", "RAMP", 1L)),
                schema),
            RunWrites.in("month", List.of("2024-02", "2024-03")));
    assertThat(after).isEqualTo(before + 1);
    assertThat(table(here, "counts_by_month"))
        .extracting(
            r -> r.getAs("month") + "|" + r.getAs("scheme_code") + "|" + r.getAs("articles"))
        .containsExactlyInAnyOrder(
            "2024-01|PMEGP|3", "2024-02|ODOP|5", "2024-03|RAMP|1", "null|RAMP|9");
    assertThat(wh.read("counts_by_month").inputFiles()).hasSize(1);
  }
}
