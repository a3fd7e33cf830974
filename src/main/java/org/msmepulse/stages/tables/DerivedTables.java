package org.msmepulse.stages.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.stages.SharedCore;
import org.msmepulse.stages.topics.TopicModel;
import org.msmepulse.stages.topics.TopicQuality;
import org.msmepulse.warehouse.ArticleColumns;
import org.msmepulse.warehouse.Tables;

/** Every table a run derives from the scored articles, by table name (the articles table first). */
public final class DerivedTables {
  private DerivedTables() {}

  /**
   * @param scored every article, analyzed and scored by {@code model}
   */
  public static Map<String, Dataset<Row>> of(
      SparkSession spark,
      Dataset<Row> scored,
      TopicModel.Fitted model,
      TopicQuality quality,
      SharedCore.Gazetteers gazetteers,
      JobConfig cfg,
      String runId) {
    Dataset<Row> schemes = ArticleSchemes.of(scored);
    Dataset<Row> regions = ArticleRegions.of(scored);
    Dataset<Row> schemeRegions = SchemeRegionsByMonth.of(schemes, regions);
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    t.put(Tables.ARTICLES, scored.select(ArticleColumns.cols(ArticleColumns.TABLE)));
    t.put(Tables.ARTICLE_SCHEMES, schemes);
    t.put(Tables.ARTICLE_REGIONS, regions);
    t.put(Tables.ARTICLE_TOPICS, ArticleTopics.of(scored));
    t.put(
        Tables.TOPICS,
        TopicsTable.of(spark, model.vocabulary(), quality, cfg.topTerms, scored, runId));
    t.put(
        Tables.SCHEMES_BY_MONTH,
        SchemesByMonth.of(schemes, schemeRegions, NameTables.schemes(spark, gazetteers.schemes())));
    t.put(
        Tables.REGIONS_BY_MONTH,
        RegionsByMonth.of(
            regions,
            schemes,
            NameTables.states(spark, gazetteers.regions()),
            NameTables.districts(spark, gazetteers.regions())));
    t.put(Tables.SCHEME_REGIONS_BY_MONTH, schemeRegions);
    t.put(Tables.TOPICS_BY_MONTH, TopicsByMonth.of(scored));
    t.put(
        Tables.KEYWORDS_BY_MONTH,
        KeywordsByMonth.of(spark, scored, model.vocabulary(), cfg.keywordsPerMonth));
    return t;
  }
}
