package org.msmepulse.warehouse;

import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

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
 * @param analysisKept whether the articles keep their analysis and the term statistics their month
 *     counts (both written by this version's layout)
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
    Dataset<Row> termStats = ts < 0 ? null : wh.readAt(Tables.TERM_STATS, ts);
    // term statistics written before they counted terms by month cannot give monthly keywords
    boolean statsKept =
        termStats != null
            && Arrays.asList(termStats.columns()).contains(Tables.TERM_STATS_MONTH_COUNTS);
    // From the commit files when they are all there (no Spark job), else from the tables
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Long logged = new DeltaLogFiles(hadoop, wh.path(Tables.ARTICLES)).lastRowsChange(200);
    long dataVersion = logged != null ? logged : wh.dataVersion(Tables.ARTICLES);
    Recorded last = recordedInLog(wh, hadoop);
    if (last == null) {
      last = recorded(wh);
    }
    boolean finished = last != null && last.version() >= Math.min(dataVersion, version);
    // The count the last finished run recorded holds while no commit after it changed the rows;
    // otherwise the rows are counted (a Spark job over the table's files: 1.8 s at 20,000).
    boolean recordedCountHolds =
        finished && last.version() <= version && dataVersion <= last.version();
    return new WarehouseState(
        articles,
        version,
        recordedCountHolds ? last.articles() : articles.count(),
        termStats,
        ts,
        finished,
        kept && statsKept);
  }

  /** The newest articles version a {@code runs} row records, and the articles it counted then. */
  private record Recorded(long version, long articles) {}

  /**
   * {@link #recorded} from what the newest runs commits carry ({@link SeenBatches}), or null when
   * they do not tell.
   */
  private static Recorded recordedInLog(Warehouse wh, Configuration hadoop) {
    List<SeenBatches.Seen> recent = SeenBatches.recentRecords(wh, hadoop);
    Recorded best = null;
    for (SeenBatches.Seen s : recent == null ? List.<SeenBatches.Seen>of() : recent) {
      Long v = s.tableVersions().get(Tables.ARTICLES);
      if (v != null
          && (best == null
              || v > best.version()
              || (v == best.version() && s.articlesTotal() > best.articles()))) {
        best = new Recorded(v, s.articlesTotal());
      }
    }
    return best;
  }

  private static Recorded recorded(Warehouse wh) {
    if (!wh.exists(Tables.RUNS)) {
      return null;
    }
    List<Row> r =
        wh.read(Tables.RUNS)
            .selectExpr("table_versions['" + Tables.ARTICLES + "'] AS v", "articles_total")
            .where("v IS NOT NULL")
            .orderBy(functions.col("v").desc(), functions.col("articles_total").desc())
            .limit(1)
            .collectAsList();
    return r.isEmpty() ? null : new Recorded(r.get(0).getLong(0), r.get(0).getLong(1));
  }

  /** Whether this run must derive every table again from the articles. */
  public boolean needsFullDerive() {
    return articles == null || !finished || !analysisKept;
  }
}
