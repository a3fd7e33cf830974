package org.msmepulse.stages.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.stages.SharedCore;
import org.msmepulse.warehouse.Tables;

/**
 * The tables derived from the articles, by table name: the article-level ones (projections of the
 * articles' nested matches and topic weights) and the monthly ones (aggregates over all the
 * articles of a month).
 */
public final class DerivedTables {
  private DerivedTables() {}

  /**
   * article_schemes and article_regions of some articles (with {@code month}, {@code schemes},
   * {@code regions}).
   */
  public static Map<String, Dataset<Row>> mentions(Dataset<Row> articles) {
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    t.put(Tables.ARTICLE_SCHEMES, ArticleSchemes.of(articles));
    t.put(Tables.ARTICLE_REGIONS, ArticleRegions.of(articles));
    return t;
  }

  /**
   * The monthly tables of the months {@code articles} fall in ({@link MonthlyTables}).
   *
   * @param articles every article of those months
   * @param termStats the corpus's term statistics after the run, for keyword weights, the keywords'
   *     occurrences by month and display forms
   * @param vocabulary the keyword candidates
   * @param documents the number of articles in the warehouse
   */
  public static Map<String, Dataset<Row>> monthly(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> termStats,
      String[] vocabulary,
      long documents,
      SharedCore.Gazetteers gazetteers,
      JobConfig cfg) {
    return MonthlyTables.of(
        spark, articles, termStats, vocabulary, documents, gazetteers, cfg.keywordsPerMonth);
  }
}
