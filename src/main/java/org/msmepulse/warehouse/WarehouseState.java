package org.msmepulse.warehouse;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse as a run finds it: the articles and term statistics pinned at the versions read (so
 * every read of the run sees one state), and whether the last run that changed the articles
 * finished (its {@code runs} row records the articles' version). After an unfinished run (killed,
 * failed, or still running beside this one) the derived tables cannot be trusted, and the run
 * derives all of them again from the articles.
 *
 * @param articles the articles table at {@code articlesVersion}, or null when there is none
 * @param articlesVersion the articles version read, or -1
 * @param termStats the term statistics at {@code termStatsVersion}, or null
 * @param termStatsVersion the term statistics version read, or -1
 * @param finished whether every change to the articles was made by a run that finished
 * @param analysisKept whether the articles keep their analysis (written by this version's layout)
 */
public record WarehouseState(
    Dataset<Row> articles,
    long articlesVersion,
    long articleCount,
    Dataset<Row> termStats,
    long termStatsVersion,
    boolean finished,
    boolean analysisKept) {

  /** Columns an articles table must have for its analysis to be reused. */
  static final List<String> ANALYSIS =
      List.of(
          ArticleColumns.TERM_COUNTS,
          ArticleColumns.BAND_KEYS,
          ArticleColumns.TOPIC_WEIGHTS,
          ArticleColumns.TOPIC_MODEL,
          ArticleColumns.GAZETTEER_HASH);

  public static WarehouseState read(SparkSession spark, Warehouse wh) {
    if (!wh.exists(Tables.ARTICLES)) {
      return new WarehouseState(null, -1, 0, null, -1, true, true);
    }
    long version = wh.version(Tables.ARTICLES);
    Dataset<Row> articles = wh.readAt(Tables.ARTICLES, version);
    boolean kept = Arrays.asList(articles.columns()).containsAll(ANALYSIS);
    long ts = wh.exists(Tables.TERM_STATS) ? wh.version(Tables.TERM_STATS) : -1;
    return new WarehouseState(
        articles,
        version,
        articles.count(),
        ts < 0 ? null : wh.readAt(Tables.TERM_STATS, ts),
        ts,
        finished(spark, wh, version),
        kept && ts >= 0);
  }

  /**
   * Whether the runs table records a version of the articles at least as new as their last data
   * change.
   */
  private static boolean finished(SparkSession spark, Warehouse wh, long version) {
    if (!wh.exists(Tables.RUNS)) {
      return false;
    }
    long dataVersion = wh.dataVersion(Tables.ARTICLES);
    Row r =
        wh.read(Tables.RUNS).selectExpr("max(table_versions['" + Tables.ARTICLES + "'])").first();
    return !r.isNullAt(0) && r.getLong(0) >= Math.min(dataVersion, version);
  }

  /** Whether this run must derive every table again from the articles. */
  public boolean needsFullDerive() {
    return articles == null || !finished || !analysisKept;
  }
}
