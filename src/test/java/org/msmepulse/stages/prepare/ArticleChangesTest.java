package org.msmepulse.stages.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.Arrays;
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
 * What a batch changes: new and corrected articles are analyzed, articles read again with the same
 * text are not, and stored articles matched with another gazetteer are analyzed again.
 */
class ArticleChangesTest extends SparkTestBase {
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
          .add("ingested_at", DataTypes.TimestampType)
          .add("band_keys", DataTypes.createArrayType(DataTypes.LongType));

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
      at,
      new long[] {1L}
    };
  }

  /** The articles table as read: the stored columns and the gazetteer hash of their matches. */
  static Dataset<Row> table(String gazetteer, Object[]... articles) {
    List<Row> rows =
        Arrays.stream(articles)
            .map(
                a -> {
                  Object[] v = Arrays.copyOf(a, a.length + 1);
                  v[a.length] = gazetteer;
                  return RowFactory.create(v);
                })
            .toList();
    return spark.createDataFrame(
        rows, STORED.add(ArticleColumns.GAZETTEER_HASH, DataTypes.StringType));
  }

  /**
   * {@link ArticleChanges#onlyUnchanged} by its join, checked to equal the answer on the keys the
   * batch shares with the stored articles ({@link StoredKeys}).
   */
  static boolean onlyUnchanged(Dataset<Row> batch, Dataset<Row> stored) {
    boolean byJoin = ArticleChanges.onlyUnchanged(batch, stored);
    StoredKeys shared = StoredKeys.of(batch, stored);
    assertThat(shared == null ? false : shared.onlyUnchanged())
        .as("on the shared keys")
        .isEqualTo(byJoin);
    return byJoin;
  }

  static Dataset<Row> batch(Object[]... articles) {
    return spark.createDataFrame(Arrays.stream(articles).map(RowFactory::create).toList(), STORED);
  }

  static List<String> ids(Dataset<Row> d) {
    return d.collectAsList().stream().map(r -> r.<String>getAs("article_id")).sorted().toList();
  }

  @Test
  void newAndCorrectedArticlesAreAnalyzedAndUnchangedOnesAreNot() {
    Dataset<Row> stored =
        table(
            "g1",
            article("s1", "पुराना पाठ एक", "h1", "run0", T0),
            article("s2", "पुराना पाठ दो", "h2", "run0", T0),
            article("s3", "पुराना पाठ तीन", "h3", "run0", T0));
    Dataset<Row> batch =
        batch(
            article("s1", "पुराना पाठ एक", "h1", "run1", T1), // read again, unchanged
            article("s2", "सुधारा गया पाठ दो", "h2b", "run1", T1), // corrected
            article("n1", "नया पाठ", "hn", "run1", T1)); // new
    ArticleChanges c = ArticleChanges.of(batch, stored, "g1", false);
    assertThat(List.of(c.added(), c.changed(), c.unchanged(), c.rematched()))
        .containsExactly(1L, 1L, 1L, 0L);
    assertThat(c.toAnalyze().columns()).containsExactlyElementsOf(ArticleColumns.STORED);
    assertThat(c.toAnalyze().collectAsList())
        .extracting(
            r -> r.getAs("article_id") + "|" + r.getAs("content_hash") + "|" + r.getAs("run_id"))
        .containsExactlyInAnyOrder("s2|h2b|run1", "n1|hn|run1");
    assertThat(ids(c.replacedIds())).containsExactly("s2");
    assertThat(c.none()).isFalse();
    c.release();
  }

  @Test
  void storedArticlesMatchedWithAnotherGazetteerAreAnalyzedAgainAsTheyAreStored() {
    Dataset<Row> stored =
        table(
            "old",
            article("s1", "पाठ एक", "h1", "run0", T0),
            article("s2", "पाठ दो", "h2", "run0", T0));
    Dataset<Row> batch = batch(article("s2", "नया पाठ दो", "h2b", "run1", T1));
    ArticleChanges c = ArticleChanges.of(batch, stored, "new", false);
    assertThat(c.rematched()).isEqualTo(1);
    assertThat(c.changed()).isEqualTo(1);
    // s1 as stored (its run), s2 as the batch brings it: never both versions of one article
    assertThat(c.toAnalyze().collectAsList())
        .extracting(r -> r.getAs("article_id") + "|" + r.getAs("run_id"))
        .containsExactlyInAnyOrder("s1|run0", "s2|run1");
    assertThat(ids(c.replacedIds())).containsExactly("s1", "s2");
    c.release();
  }

  @Test
  void theSameBatchAgainChangesNothing() {
    Dataset<Row> stored = table("g1", article("s1", "पाठ", "h1", "run0", T0));
    ArticleChanges c =
        ArticleChanges.of(batch(article("s1", "पाठ", "h1", "run1", T1)), stored, "g1", false);
    assertThat(c.none()).isTrue();
    assertThat(c.unchanged()).isEqualTo(1);
    assertThat(c.toAnalyze().count()).isZero();
    c.release();
  }

  @Test
  void withoutAnArticlesTableTheBatchIsEveryArticleAndAWarehouseWithoutAnalysisIsAnalyzedWhole() {
    Dataset<Row> batch = batch(article("n1", "नया पाठ", "hn", "run1", T1));
    ArticleChanges first = ArticleChanges.of(batch, null, "g1", false);
    assertThat(first.toAnalyze()).isSameAs(batch);
    assertThat(first.added()).isEqualTo(1);
    Dataset<Row> stored = table("g1", article("s1", "पाठ", "h1", "run0", T0));
    ArticleChanges all = ArticleChanges.of(batch(), stored, "g1", true);
    assertThat(ids(all.toAnalyze())).containsExactly("s1");
    all.release();
  }

  @Test
  void aBatchOfStoredArticlesAsStoredIsKnownUnchangedAndAnythingElseIsNot() {
    Dataset<Row> stored =
        table(
            "g1",
            article("s1", "पाठ एक", "h1", "run0", T0),
            article("s2", "पाठ दो", "h2", "run0", T0));
    Object[] s1 = article("s1", "पाठ एक", "h1", "run1", T1);
    Object[] s2 = article("s2", "पाठ दो", "h2", "run1", T1);
    assertThat(onlyUnchanged(batch(s1, s2), stored)).isTrue();
    assertThat(onlyUnchanged(batch(s1), stored)).isTrue();
    // a new article, a correction, an id read twice, another id with a stored text, no table
    assertThat(onlyUnchanged(batch(s1, article("n1", "नया", "hn", "run1", T1)), stored)).isFalse();
    assertThat(onlyUnchanged(batch(s1, article("s2", "सुधारा", "h2b", "run1", T1)), stored))
        .isFalse();
    assertThat(onlyUnchanged(batch(s1, s1), stored)).isFalse();
    assertThat(onlyUnchanged(batch(s1, article("c1", "पाठ दो", "h2", "run1", T1)), stored))
        .isFalse();
    assertThat(onlyUnchanged(batch(), stored)).isFalse();
    assertThat(onlyUnchanged(batch(s1), null)).isFalse();
    // ... and when two stored articles share a text, a record of one of them is not known unchanged
    Dataset<Row> twins =
        table(
            "g1",
            article("s1", "पाठ एक", "h1", "run0", T0),
            article("t1", "पाठ एक", "h1", "run0", T0));
    assertThat(onlyUnchanged(batch(s1), twins)).isFalse();
  }

  @Test
  void theChangesOfAKnownUnchangedBatchAreItsStaleArticlesOnly() {
    Dataset<Row> stored =
        table(
            "old",
            article("s1", "पाठ एक", "h1", "run0", T0),
            article("s2", "पाठ दो", "h2", "run0", T0));
    Dataset<Row> batch = batch(article("s1", "पाठ एक", "h1", "run1", T1));
    ArticleChanges same = ArticleChanges.ofUnchanged(batch, 1, stored, "old", false);
    assertThat(List.of(same.added(), same.changed(), same.unchanged(), same.rematched()))
        .containsExactly(0L, 0L, 1L, 0L);
    assertThat(same.none()).isTrue();
    assertThat(same.toAnalyze().count()).isZero();
    assertThat(same.toAnalyze().columns()).containsExactlyElementsOf(ArticleColumns.STORED);
    same.release();
    ArticleChanges regazetteered = ArticleChanges.ofUnchanged(batch, 1, stored, "new", false);
    assertThat(regazetteered.rematched()).isEqualTo(2);
    assertThat(ids(regazetteered.toAnalyze())).containsExactly("s1", "s2");
    assertThat(ids(regazetteered.replacedIds())).containsExactly("s1", "s2");
    // the same as the general path finds
    ArticleChanges general = ArticleChanges.of(batch, stored, "new", false);
    assertThat(general.rematched()).isEqualTo(2);
    assertThat(ids(general.toAnalyze())).isEqualTo(ids(regazetteered.toAnalyze()));
    regazetteered.release();
    general.release();
  }
}
