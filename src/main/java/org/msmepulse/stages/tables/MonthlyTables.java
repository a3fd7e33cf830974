package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.msmepulse.stages.tables.TermStats.MONTH_COUNTS;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.DOMINANT_TOPIC;
import static org.msmepulse.warehouse.ArticleColumns.MONTH;
import static org.msmepulse.warehouse.ArticleColumns.REGIONS;
import static org.msmepulse.warehouse.ArticleColumns.SCHEMES;
import static org.msmepulse.warehouse.ArticleColumns.TOPIC_WEIGHTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.gazetteer.Region;
import org.msmepulse.core.gazetteer.Scheme;
import org.msmepulse.core.monthly.MonthFacts;
import org.msmepulse.core.monthly.MonthTables;
import org.msmepulse.stages.SharedCore;
import org.msmepulse.warehouse.Tables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The monthly tables of some months, in one pass: each partition adds up its articles' facts by
 * month ({@link MonthFacts}), the driver merges them and computes each month's rows with {@link
 * MonthTables}; no article leaves its partition.
 */
public final class MonthlyTables {
  private MonthlyTables() {}

  static final StructType SCHEMES_BY_MONTH =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("scheme_code", DataTypes.StringType)
          .add("scheme_name_en", DataTypes.StringType)
          .add("scheme_name_hi", DataTypes.StringType)
          .add("articles", DataTypes.LongType)
          .add("mentions", DataTypes.LongType)
          .add("top_states", DataTypes.createArrayType(DataTypes.StringType));

  static final StructType REGIONS_BY_MONTH =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("state_code", DataTypes.StringType)
          .add("state_name_en", DataTypes.StringType)
          .add("state_name_hi", DataTypes.StringType)
          .add("district_code", DataTypes.StringType)
          .add("district_name_en", DataTypes.StringType)
          .add("district_name_hi", DataTypes.StringType)
          .add("articles", DataTypes.LongType)
          .add("mentions", DataTypes.LongType)
          .add("top_schemes", DataTypes.createArrayType(DataTypes.StringType));

  static final StructType SCHEME_REGIONS_BY_MONTH =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("scheme_code", DataTypes.StringType)
          .add("state_code", DataTypes.StringType)
          .add("articles", DataTypes.LongType)
          .add("mentions", DataTypes.LongType);

  static final StructType TOPICS_BY_MONTH =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("topic_id", DataTypes.IntegerType)
          .add("articles", DataTypes.LongType)
          .add("share", DataTypes.DoubleType);

  static final StructType KEYWORDS_BY_MONTH =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("term", DataTypes.StringType)
          .add("display", DataTypes.StringType)
          .add("tfidf", DataTypes.DoubleType)
          .add("rank", DataTypes.IntegerType);

  /**
   * @param articles every article of the months to compute ({@code article_id}, {@code month},
   *     {@code schemes}, {@code regions}, {@code dominant_topic}, {@code topic_weights}); articles
   *     without a month count in no monthly table
   * @param termStats the corpus's term statistics after the run, for IDF weights, display forms and
   *     each keyword candidate's occurrences by month ({@code month_counts})
   * @param vocabulary the keyword candidates
   * @param documents the number of articles in the warehouse
   */
  public static Map<String, Dataset<Row>> of(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> termStats,
      String[] vocabulary,
      long documents,
      SharedCore.Gazetteers gazetteers,
      int keywordsPerMonth) {
    Map<String, Double> idf = new HashMap<>();
    Map<String, Map<String, Long>> totals = new HashMap<>();
    candidates(spark, termStats, vocabulary, documents, idf, totals);
    MonthTables.Context ctx =
        new MonthTables.Context(
            schemeNames(gazetteers),
            stateNames(gazetteers),
            districtNames(gazetteers),
            idf,
            keywordsPerMonth);
    // each partition adds up its articles' facts by month; only those sums reach the driver,
    // where they are merged (integer sums: the same in any order) and the rows computed
    Map<String, MonthFacts> byMonth = new TreeMap<>();
    for (Map<String, MonthFacts> partial :
        articles
            .filter(col(MONTH).isNotNull())
            .select(ARTICLE_ID, MONTH, SCHEMES, REGIONS, DOMINANT_TOPIC, TOPIC_WEIGHTS)
            .javaRDD()
            .mapPartitions(MonthlyTables::factsByMonth)
            .collect()) {
      partial.forEach((month, f) -> byMonth.merge(month, f, MonthFacts::merge));
    }
    List<MonthTables.Rows> months = new ArrayList<>();
    byMonth.forEach(
        (month, f) ->
            months.add(MonthTables.of(month, f, totals.getOrDefault(month, Map.of()), ctx)));
    return rows(spark, months, termStats);
  }

  private static Dataset<Row> terms(SparkSession spark, String[] vocabulary) {
    List<Row> terms = new ArrayList<>();
    for (String t : vocabulary) {
      terms.add(RowFactory.create(t));
    }
    return spark.createDataFrame(terms, new StructType().add("term", DataTypes.StringType));
  }

  /** An article's facts, terms left out ({@code article_id} ... {@code topic_weights}). */
  static MonthTables.Article facts(Row r) {
    List<MonthTables.Scheme> schemes = new ArrayList<>();
    if (!r.isNullAt(2)) {
      for (Row s : r.<Row>getList(2)) {
        schemes.add(new MonthTables.Scheme(s.getString(0), s.getInt(1)));
      }
    }
    List<MonthTables.Region> regions = new ArrayList<>();
    if (!r.isNullAt(3)) {
      for (Row g : r.<Row>getList(3)) {
        regions.add(new MonthTables.Region(g.getString(0), g.getString(1), g.getInt(3)));
      }
    }
    double[] weights = null;
    if (!r.isNullAt(5)) {
      List<Double> w = r.getList(5);
      weights = w.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return new MonthTables.Article(
        r.getString(0), schemes, regions, r.isNullAt(4) ? null : r.getInt(4), weights, List.of());
  }

  /** The facts of a partition's articles, by month (one map per partition). */
  private static Iterator<Map<String, MonthFacts>> factsByMonth(Iterator<Row> rows) {
    Map<String, MonthFacts> byMonth = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      byMonth.computeIfAbsent(r.getString(1), m -> new MonthFacts()).add(facts(r));
    }
    return List.of(byMonth).iterator();
  }

  /**
   * The IDF, ln((N + 1) / (df + 1)), of each vocabulary term (MLlib IDF's formula), and its
   * occurrences by month (month to term to count), in one read of the candidates' statistics.
   */
  static void candidates(
      SparkSession spark,
      Dataset<Row> termStats,
      String[] vocabulary,
      long documents,
      Map<String, Double> idf,
      Map<String, Map<String, Long>> totals) {
    Dataset<Row> vocab = terms(spark, vocabulary);
    for (Row r :
        termStats
            .join(broadcast(vocab), "term")
            .select("term", "df", MONTH_COUNTS)
            .collectAsList()) {
      String term = r.getString(0);
      idf.put(term, Math.log((documents + 1.0) / (r.getLong(1) + 1.0)));
      if (!r.isNullAt(2)) {
        CollectionConverters.asJava(r.<scala.collection.Map<String, Long>>getAs(2))
            .forEach(
                (month, n) -> totals.computeIfAbsent(month, m -> new HashMap<>()).put(term, n));
      }
    }
  }

  private static Map<String, Dataset<Row>> rows(
      SparkSession spark, List<MonthTables.Rows> months, Dataset<Row> termStats) {
    List<Row> schemes = new ArrayList<>();
    List<Row> regions = new ArrayList<>();
    List<Row> pairs = new ArrayList<>();
    List<Row> topics = new ArrayList<>();
    List<MonthTables.KeywordRow> keywords = new ArrayList<>();
    for (MonthTables.Rows m : months) {
      m.schemes()
          .forEach(
              s ->
                  schemes.add(
                      RowFactory.create(
                          s.month(),
                          s.scheme(),
                          s.nameEn(),
                          s.nameHi(),
                          s.articles(),
                          s.mentions(),
                          s.topStates())));
      m.regions()
          .forEach(
              r ->
                  regions.add(
                      RowFactory.create(
                          r.month(),
                          r.state(),
                          r.stateEn(),
                          r.stateHi(),
                          r.district(),
                          r.districtEn(),
                          r.districtHi(),
                          r.articles(),
                          r.mentions(),
                          r.topSchemes())));
      m.schemeRegions()
          .forEach(
              p ->
                  pairs.add(
                      RowFactory.create(
                          p.month(), p.scheme(), p.state(), p.articles(), p.mentions())));
      m.topics()
          .forEach(
              t -> topics.add(RowFactory.create(t.month(), t.topic(), t.articles(), t.share())));
      keywords.addAll(m.keywords());
    }
    Map<String, String> display =
        DisplayForms.of(
            termStats, keywords.stream().map(MonthTables.KeywordRow::term).distinct().toList());
    List<Row> keywordRows = new ArrayList<>();
    for (MonthTables.KeywordRow k : keywords) {
      keywordRows.add(
          RowFactory.create(
              k.month(), k.term(), display.getOrDefault(k.term(), k.term()), k.tfidf(), k.rank()));
    }
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    t.put(Tables.SCHEMES_BY_MONTH, spark.createDataFrame(schemes, SCHEMES_BY_MONTH));
    t.put(Tables.REGIONS_BY_MONTH, spark.createDataFrame(regions, REGIONS_BY_MONTH));
    t.put(Tables.SCHEME_REGIONS_BY_MONTH, spark.createDataFrame(pairs, SCHEME_REGIONS_BY_MONTH));
    t.put(Tables.TOPICS_BY_MONTH, spark.createDataFrame(topics, TOPICS_BY_MONTH));
    t.put(Tables.KEYWORDS_BY_MONTH, spark.createDataFrame(keywordRows, KEYWORDS_BY_MONTH));
    return t;
  }

  static Map<String, String[]> schemeNames(SharedCore.Gazetteers g) {
    Map<String, String[]> out = new HashMap<>();
    for (Scheme s : g.schemes().schemes()) {
      out.put(s.code(), new String[] {s.nameEn(), s.nameHi()});
    }
    return out;
  }

  static Map<String, String[]> stateNames(SharedCore.Gazetteers g) {
    Map<String, String[]> out = new HashMap<>();
    for (Region r : g.regions().states()) {
      out.put(r.stateCode(), new String[] {r.stateNameEn(), r.stateNameHi()});
    }
    return out;
  }

  static Map<String, String[]> districtNames(SharedCore.Gazetteers g) {
    Map<String, String[]> out = new HashMap<>();
    for (Region r : g.regions().districts()) {
      out.put(r.districtCode(), new String[] {r.districtNameEn(), r.districtNameHi()});
    }
    return out;
  }
}
