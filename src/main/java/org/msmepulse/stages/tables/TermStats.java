package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.TERM_COUNTS;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * term_stats: per term of the corpus, the articles containing it ({@code df}), its occurrences
 * ({@code cf}) and how often each surface form was written ({@code surfaces}). A run computes it
 * once from all articles, then only adds what its new and changed articles bring and subtracts what
 * the versions they replace took, so no run reads every article's terms again. Vocabulary, TF-IDF
 * weights and display forms are read from it.
 */
public final class TermStats {
  private TermStats() {}

  /** The statistics of a set of articles ({@code article_id}, {@code term_counts}). */
  public static Dataset<Row> of(Dataset<Row> articles) {
    return combine(surfaceCounts(articles, 1), documentCounts(articles, 1));
  }

  /**
   * The statistics after a change: {@code stored} (the table as it is) for the terms the change
   * touches, plus {@code added}, minus {@code removed} (articles with {@code term_counts}). Terms
   * no article holds any more come out with {@code df} 0, for the caller to delete.
   */
  public static Dataset<Row> updated(
      Dataset<Row> stored, Dataset<Row> added, Dataset<Row> removed) {
    Dataset<Row> surfaces = surfaceCounts(added, 1).unionByName(surfaceCounts(removed, -1));
    Dataset<Row> docs = documentCounts(added, 1).unionByName(documentCounts(removed, -1));
    Dataset<Row> touched = docs.select("term").union(surfaces.select("term")).distinct();
    Dataset<Row> before = stored.join(touched, "term");
    surfaces =
        surfaces.unionByName(
            before
                .select(col("term"), explode(col("surfaces")).as(new String[] {"surface", "n"}))
                .select("term", "surface", "n"));
    docs = docs.unionByName(before.select(col("term"), col("df")));
    return combine(surfaces, docs)
        .join(touched, new String[] {"term"}, "right")
        .select(
            col("term"),
            coalesce(col("df"), lit(0L)).as("df"),
            coalesce(col("cf"), lit(0L)).as("cf"),
            col("surfaces"));
  }

  /** (term, surface, n): occurrences per surface form, times {@code sign}. */
  private static Dataset<Row> surfaceCounts(Dataset<Row> articles, long sign) {
    return articles
        .select(explode(col(TERM_COUNTS)).as("c"))
        .select(
            col("c.term").as("term"),
            col("c.surface").as("surface"),
            col("c.count").cast("long").multiply(sign).as("n"));
  }

  /** (term, df): articles per term, times {@code sign}. */
  private static Dataset<Row> documentCounts(Dataset<Row> articles, long sign) {
    return articles
        .select(col(ARTICLE_ID), explode(col(TERM_COUNTS)).as("c"))
        .groupBy(col("c.term").as("term"))
        .agg(countDistinct(ARTICLE_ID).multiply(sign).as("df"));
  }

  private static Dataset<Row> combine(Dataset<Row> surfaces, Dataset<Row> docs) {
    Dataset<Row> bySurface =
        surfaces.groupBy("term", "surface").agg(sum("n").as("n")).filter(col("n").gt(0));
    Dataset<Row> byTerm =
        bySurface
            .groupBy("term")
            .agg(
                sum("n").as("cf"),
                map_from_entries(array_sort(collect_list(struct(col("surface"), col("n")))))
                    .as("surfaces"));
    return docs.groupBy("term")
        .agg(sum("df").cast("long").as("df"))
        .filter(col("df").gt(0))
        .join(byTerm, "term")
        .select(col("term"), col("df"), col("cf").cast("long").as("cf"), col("surfaces"));
  }
}
