package org.msmepulse.stages.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.ArticleColumns;

/**
 * The warehouse's articles with the batch's new and changed ones in place; unchanged ones keep
 * their stored row.
 */
class CurrentArticlesTest extends SparkTestBase {
  /** The columns of ArticleColumns.STORED, in that order. */
  static final StructType STORED =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("source_id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("published_raw", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("language", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("record_source", DataTypes.StringType)
          .add("boilerplate_lines", DataTypes.IntegerType)
          .add("repeated_sentences", DataTypes.IntegerType)
          .add("run_id", DataTypes.StringType)
          .add("ingested_at", DataTypes.TimestampType);

  static final Timestamp T0 = Timestamp.valueOf("2025-01-01 00:00:00");
  static final Timestamp T1 = Timestamp.valueOf("2025-02-01 00:00:00");

  static Object[] article(String id, String text, String hash, String run, Timestamp at) {
    return new Object[] {
      id,
      id,
      "title " + id,
      null,
      null,
      null,
      text,
      "hi",
      hash,
      "src/" + id + "@" + run,
      0,
      0,
      run,
      at
    };
  }

  static Row row(Object... values) {
    return RowFactory.create(values);
  }

  /** The articles table as read: the stored columns and derived ones (here month) after them. */
  static Dataset<Row> table(Object[]... articles) {
    StructType schema = STORED.add("month", DataTypes.StringType);
    List<Row> rows =
        java.util.Arrays.stream(articles)
            .map(
                a -> {
                  Object[] v = java.util.Arrays.copyOf(a, a.length + 1);
                  v[a.length] = "2025-01";
                  return RowFactory.create(v);
                })
            .toList();
    return spark.createDataFrame(rows, schema);
  }

  static Dataset<Row> batch(Object[]... articles) {
    return spark.createDataFrame(
        java.util.Arrays.stream(articles).map(CurrentArticlesTest::row).toList(), STORED);
  }

  @Test
  void unchangedArticlesKeepTheirStoredRowChangedOnesAreReplacedAndNewOnesAdded() {
    Dataset<Row> stored =
        table(
            article("s1", "पुराना पाठ एक", "h1", "run0", T0),
            article("s2", "पुराना पाठ दो", "h2", "run0", T0),
            article("s3", "पुराना पाठ तीन", "h3", "run0", T0));
    Dataset<Row> batch =
        batch(
            article("s1", "पुराना पाठ एक", "h1", "run1", T1), // read again, unchanged
            article("s2", "सुधारा गया पाठ दो", "h2b", "run1", T1), // corrected
            article("n1", "नया पाठ", "hn", "run1", T1)); // new
    Dataset<Row> current = CurrentArticles.of(batch, stored);
    assertThat(current.columns()).containsExactlyElementsOf(ArticleColumns.STORED);
    assertThat(current.collectAsList())
        .extracting(
            r ->
                r.getAs("article_id")
                    + "|"
                    + r.getAs("content_hash")
                    + "|"
                    + r.getAs("run_id")
                    + "|"
                    + r.getAs("ingested_at")
                    + "|"
                    + r.getAs("record_source"))
        .containsExactlyInAnyOrder(
            "s1|h1|run0|" + T0 + "|src/s1@run0",
            "s2|h2b|run1|" + T1 + "|src/s2@run1",
            "s3|h3|run0|" + T0 + "|src/s3@run0",
            "n1|hn|run1|" + T1 + "|src/n1@run1");
  }

  @Test
  void withoutAnArticlesTableTheBatchIsEveryArticle() {
    Dataset<Row> batch = batch(article("n1", "नया पाठ", "hn", "run1", T1));
    assertThat(CurrentArticles.of(batch, null)).isSameAs(batch);
  }

  @Test
  void anEmptyBatchLeavesTheStoredArticles() {
    Dataset<Row> current =
        CurrentArticles.of(batch(), table(article("s1", "पाठ", "h1", "run0", T0)));
    assertThat(current.collectAsList())
        .extracting(r -> r.getAs("article_id") + "|" + r.getAs("run_id"))
        .containsExactly("s1|run0");
  }
}
