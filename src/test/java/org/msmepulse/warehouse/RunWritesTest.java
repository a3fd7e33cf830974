package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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

  @TempDir static Path dir;
  static String location;
  static Map<String, Long> first;
  static Map<String, Long> second;
  static long topicFilesAfterFirst;

  static Row article(String id, String hash, String run) {
    return RowFactory.create(id, hash, "पाठ " + hash, "2025-01", "metadata", 5, run);
  }

  static Map<String, Long> write(
      Warehouse wh,
      List<Row> articles,
      List<Row> topics,
      List<Row> quarantine,
      List<Row> duplicates) {
    Map<String, Dataset<Row>> derived = new LinkedHashMap<>();
    derived.put(Tables.ARTICLES, spark.createDataFrame(articles, ARTICLES));
    derived.put(
        Tables.ARTICLE_TOPICS, spark.createDataFrame(topics, ARTICLE_TOPICS).repartition(2));
    return RunWrites.write(
        wh,
        derived,
        spark.createDataFrame(quarantine, QUARANTINE),
        spark.createDataFrame(duplicates, DUPLICATES),
        1);
  }

  @BeforeAll
  static void twoRuns() {
    location = dir.resolve("wh").toString();
    Warehouse wh = new Warehouse(spark, location);
    Row q1 = RowFactory.create("f@9", "record has no text", "", "run1");
    Row d1 = RowFactory.create("f@3", "a3x", "a1", "exact text", "run1");
    first =
        write(
            wh,
            List.of(article("a1", "h1", "run1"), article("a2", "h2", "run1")),
            List.of(RowFactory.create("a1", 0, 0.9), RowFactory.create("a2", 1, 0.8)),
            List.of(q1),
            List.of(d1));
    topicFilesAfterFirst = wh.numFiles(Tables.ARTICLE_TOPICS);
    second =
        write(
            wh,
            List.of(
                article("a1", "h1b", "run2"),
                article("a2", "h2", "run2"),
                article("a3", "h3", "run2")),
            List.of(RowFactory.create("a3", 0, 1.0)),
            List.of(
                RowFactory.create("f@9", "record has no text", "", "run2"),
                RowFactory.create("g@1", "empty record", "", "run2")),
            List.of(RowFactory.create("f@3", "a3x", "a1", "exact text", "run2")));
  }

  @Test
  void articlesAreMergedOnArticleIdAndAnUnchangedArticleKeepsItsRun() {
    assertThat(table(location, Tables.ARTICLES))
        .extracting(
            r -> r.getAs("article_id") + "|" + r.getAs("content_hash") + "|" + r.getAs("run_id"))
        .containsExactlyInAnyOrder("a1|h1b|run2", "a2|h2|run1", "a3|h3|run2");
  }

  @Test
  void aDerivedTableIsReplacedInEachRunAsTheGivenNumberOfFiles() {
    assertThat(table(location, Tables.ARTICLE_TOPICS))
        .extracting(
            r -> r.getAs("article_id") + "|" + r.getAs("topic_id") + "|" + r.getAs("weight"))
        .containsExactly("a3|0|1.0");
    assertThat(topicFilesAfterFirst)
        .as("an article-level table is written as `files` files")
        .isEqualTo(1);
  }

  @Test
  void quarantineAndDuplicatesAreNotDoubledWhenWrittenTwice() {
    assertThat(table(location, Tables.QUARANTINE))
        .extracting(r -> r.getAs("source") + "|" + r.getAs("run_id"))
        .containsExactlyInAnyOrder("f@9|run1", "g@1|run2");
    assertThat(table(location, Tables.DUPLICATES))
        .extracting(r -> r.getAs("source") + "|" + r.getAs("run_id"))
        .containsExactly("f@3|run1");
  }

  @Test
  void theVersionsOfEveryTableWrittenAreReturnedArticlesFirst() {
    assertThat(first.keySet())
        .containsExactly(
            Tables.ARTICLES, Tables.ARTICLE_TOPICS, Tables.QUARANTINE, Tables.DUPLICATES);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    assertThat(second.get(Tables.ARTICLES)).isGreaterThan(first.get(Tables.ARTICLES));
    assertThat(second.get(Tables.ARTICLE_TOPICS)).isGreaterThan(first.get(Tables.ARTICLE_TOPICS));
    assertThat(second.get(Tables.QUARANTINE)).isGreaterThan(first.get(Tables.QUARANTINE));
    Warehouse wh = new Warehouse(spark, location);
    for (Map.Entry<String, Long> e : second.entrySet()) {
      assertThat(wh.version(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }
}
