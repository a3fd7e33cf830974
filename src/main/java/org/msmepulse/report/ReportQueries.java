package org.msmepulse.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.report.ReportData.Keyword;
import org.msmepulse.report.ReportData.RegionMonth;
import org.msmepulse.report.ReportData.SchemeMonth;
import org.msmepulse.report.ReportData.Topic;
import org.msmepulse.report.ReportData.TopicMonth;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;

/**
 * Reads what the report shows from a warehouse with Spark SQL. The monthly tables are small by
 * design (months × schemes, states, districts, topics, keywords), so each is collected whole; of
 * the article-level tables only two counts are read.
 */
public final class ReportQueries {
  /** Tables the report cannot do without. */
  public static final List<String> REQUIRED =
      List.of(
          Tables.ARTICLES,
          Tables.SCHEMES_BY_MONTH,
          Tables.REGIONS_BY_MONTH,
          Tables.TOPICS,
          Tables.TOPICS_BY_MONTH,
          Tables.KEYWORDS_BY_MONTH);

  /** Tables read: the required ones and the run log (for the last run's id). */
  static final List<String> READ =
      List.of(
          Tables.ARTICLES,
          Tables.SCHEMES_BY_MONTH,
          Tables.REGIONS_BY_MONTH,
          Tables.TOPICS,
          Tables.TOPICS_BY_MONTH,
          Tables.KEYWORDS_BY_MONTH,
          Tables.RUNS);

  /** Keywords per month the page lists. */
  public static final int KEYWORDS_PER_MONTH = 10;

  /** Leading terms kept per topic. */
  public static final int TERMS_PER_TOPIC = 10;

  private ReportQueries() {}

  public static ReportData load(SparkSession spark, Warehouse wh) {
    List<String> present = new ArrayList<>();
    for (String t :
        READ) { // views of the tables read, by their plain names (not every table: each costs a
      // snapshot)
      if (wh.exists(t)) {
        wh.read(t).createOrReplaceTempView(t);
        present.add(t);
      }
    }
    List<String> missing = REQUIRED.stream().filter(t -> !present.contains(t)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "warehouse "
              + wh.location()
              + " lacks table(s) "
              + String.join(", ", missing)
              + " (run 'msme-pulse run' first)");
    }
    Row counts = spark.sql("SELECT count(*), count(month) FROM articles").first();
    String runId = null;
    if (present.contains(Tables.RUNS)) {
      List<Row> last =
          spark.sql("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1").collectAsList();
      runId = last.isEmpty() ? null : last.get(0).getString(0);
    }
    List<SchemeMonth> schemes =
        rows(
            spark,
            "SELECT month, scheme_code, scheme_name_en, scheme_name_hi, articles, mentions FROM schemes_by_month "
                + "WHERE month IS NOT NULL ORDER BY month, articles DESC, scheme_code",
            r ->
                new SchemeMonth(
                    r.getString(0),
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    num(r, 4),
                    num(r, 5)));
    List<RegionMonth> regions =
        rows(
            spark,
            "SELECT month, state_code, state_name_en, state_name_hi, CAST(district_code AS STRING), district_name_en, "
                + "district_name_hi, articles, mentions FROM regions_by_month WHERE month IS NOT NULL "
                + "ORDER BY month, articles DESC, state_code, district_code",
            r ->
                new RegionMonth(
                    r.getString(0),
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    num(r, 7),
                    num(r, 8)));
    List<Topic> topics =
        rows(
            spark,
            "SELECT topic_id, label, transform(slice(terms, 1, "
                + TERMS_PER_TOPIC
                + "), t -> t.display), coherence_npmi "
                + "FROM topics ORDER BY topic_id",
            r ->
                new Topic(
                    (int) num(r, 0),
                    r.getString(1),
                    List.copyOf(r.<String>getList(2)),
                    r.isNullAt(3) ? Double.NaN : r.getDouble(3)));
    List<TopicMonth> shares =
        rows(
            spark,
            "SELECT month, topic_id, articles, share FROM topics_by_month WHERE month IS NOT NULL ORDER BY month, topic_id",
            r -> new TopicMonth(r.getString(0), (int) num(r, 1), num(r, 2), r.getDouble(3)));
    List<Keyword> keywords =
        rows(
            spark,
            "SELECT month, display, tfidf, rank FROM keywords_by_month WHERE month IS NOT NULL AND rank <= "
                + KEYWORDS_PER_MONTH
                + " ORDER BY month, rank",
            r -> new Keyword(r.getString(0), r.getString(1), r.getDouble(2), (int) num(r, 3)));
    return new ReportData(
        wh.location(),
        runId,
        counts.getLong(0),
        counts.getLong(1),
        schemes,
        regions,
        topics,
        shares,
        keywords);
  }

  private static <T> List<T> rows(SparkSession spark, String query, Function<Row, T> map) {
    List<T> out = new ArrayList<>();
    for (Row r : spark.sql(query).collectAsList()) {
      out.add(map.apply(r));
    }
    return out;
  }

  private static long num(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }
}
