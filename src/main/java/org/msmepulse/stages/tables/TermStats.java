package org.msmepulse.stages.tables;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.MONTH;
import static org.msmepulse.warehouse.ArticleColumns.TERM_COUNTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.warehouse.Tables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * term_stats: per term of the corpus, the articles containing it ({@code df}), its occurrences
 * ({@code cf}), how often each surface form was written ({@code surfaces}) and how often the term
 * occurs in the articles of each month ({@code month_counts}). A run computes it from all articles
 * only when it derives every table; otherwise it adds what its new and changed articles bring and
 * subtracts what the versions they replace took, so no run reads every article's terms again.
 * Vocabulary, IDF weights and display forms are read from it, and the monthly keywords from its
 * month counts.
 */
public final class TermStats {
  private TermStats() {}

  public static final StructType SCHEMA =
      new StructType()
          .add("term", DataTypes.StringType, false)
          .add("df", DataTypes.LongType, false)
          .add("cf", DataTypes.LongType, false)
          .add("surfaces", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
          .add(
              Tables.TERM_STATS_MONTH_COUNTS,
              DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));

  /** The column of the per-month occurrences, which older warehouses' tables lack. */
  public static final String MONTH_COUNTS = Tables.TERM_STATS_MONTH_COUNTS;

  /**
   * Up to this many articles the statistics are counted in the driver from the collected term
   * counts (about 100 per article), in one Spark job instead of the seven of three aggregations and
   * a join.
   */
  static final long DRIVER_LIMIT = 50_000;

  /**
   * The statistics of a set of {@code documents} articles ({@code article_id}, {@code term_counts}
   * and, for the month counts, {@code month}), counted in the driver up to {@link #DRIVER_LIMIT}
   * articles. Articles without a month, or a set without the column, count in no month.
   */
  public static Dataset<Row> of(Dataset<Row> articles, long documents) {
    if (documents > DRIVER_LIMIT) {
      return of(articles);
    }
    Map<String, Stat> all = new HashMap<>();
    count(articles, 1, all);
    List<Row> rows = new ArrayList<>();
    all.forEach((term, s) -> rows.add(s.row(term)));
    return articles.sparkSession().createDataFrame(rows, SCHEMA);
  }

  /**
   * The statistics of a set of articles ({@code article_id}, {@code term_counts}, optionally {@code
   * month}), by Spark.
   */
  public static Dataset<Row> of(Dataset<Row> articles) {
    Dataset<Row> entries =
        articles.select(
            col(ARTICLE_ID), month(articles).as("m"), explode(col(TERM_COUNTS)).as("c"));
    Dataset<Row> byMonth =
        entries
            .filter(col("m").isNotNull())
            .groupBy(col("c.term").as("term"), col("m"))
            .agg(sum("c.count").cast("long").as("n"))
            .groupBy("term")
            .agg(
                map_from_entries(array_sort(collect_list(struct(col("m"), col("n")))))
                    .as(MONTH_COUNTS));
    Dataset<Row> bySurface =
        entries
            .groupBy(col("c.term").as("term"), col("c.surface").as("surface"))
            .agg(sum("c.count").cast("long").as("n"));
    Dataset<Row> byTerm =
        bySurface
            .groupBy("term")
            .agg(
                sum("n").as("cf"),
                map_from_entries(array_sort(collect_list(struct(col("surface"), col("n")))))
                    .as("surfaces"));
    return entries
        .groupBy(col("c.term").as("term"))
        .agg(countDistinct(ARTICLE_ID).as("df"))
        .join(byTerm, "term")
        .join(byMonth, new String[] {"term"}, "left")
        .select(
            col("term"),
            col("df"),
            col("cf").cast("long").as("cf"),
            col("surfaces"),
            coalesce(col(MONTH_COUNTS), expr("CAST(map() AS map<string,bigint>)"))
                .as(MONTH_COUNTS));
  }

  /** The articles' month, or a null month when they have none. */
  private static Column month(Dataset<Row> articles) {
    return Arrays.asList(articles.columns()).contains(MONTH)
        ? col(MONTH)
        : lit(null).cast(DataTypes.StringType);
  }

  /**
   * The rows of the terms a change touches, after it: {@code stored} (the table as read) plus what
   * {@code added} brings, minus what {@code removed} took (articles with {@code term_counts}, both
   * as small as a batch: they are counted on the driver). A term no article holds any more comes
   * out with {@code df} 0, for the writer to delete.
   */
  public static Dataset<Row> updated(
      Dataset<Row> stored, Dataset<Row> added, Dataset<Row> removed) {
    Map<String, Stat> change = new HashMap<>();
    count(added, 1, change);
    count(removed, -1, change);
    SparkSession spark = stored.sparkSession();
    List<Row> touched = change.keySet().stream().map(t -> RowFactory.create(t)).toList();
    Dataset<Row> terms =
        spark.createDataFrame(touched, new StructType().add("term", DataTypes.StringType));
    boolean withMonths = Arrays.asList(stored.columns()).contains(MONTH_COUNTS);
    for (Row r : stored.join(broadcast(terms), "term").collectAsList()) {
      Stat s = change.get(r.getString(0));
      s.df += r.getLong(1);
      s.cf += r.getLong(2);
      Map<String, Long> surfaces =
          CollectionConverters.asJava(r.<scala.collection.Map<String, Long>>getAs(3));
      surfaces.forEach((surface, n) -> s.surfaces.merge(surface, n, Long::sum));
      if (withMonths) {
        Map<String, Long> months =
            CollectionConverters.asJava(r.<scala.collection.Map<String, Long>>getAs(MONTH_COUNTS));
        months.forEach((month, n) -> s.months.merge(month, n, Long::sum));
      }
    }
    List<Row> rows = new ArrayList<>();
    change.forEach((term, s) -> rows.add(s.row(term)));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * The table after an update: the stored rows of untouched terms and the updated rows still held.
   */
  public static Dataset<Row> after(Dataset<Row> stored, Dataset<Row> updated) {
    return stored
        .join(broadcast(updated.select("term")), new String[] {"term"}, "left_anti")
        .unionByName(updated.filter(col("df").gt(0)));
  }

  private static void count(Dataset<Row> articles, int sign, Map<String, Stat> change) {
    for (Row a : articles.select(col(TERM_COUNTS), month(articles)).collectAsList()) {
      if (a.isNullAt(0)) {
        continue;
      }
      String month = a.isNullAt(1) ? null : a.getString(1);
      Set<String> seen = new HashSet<>(); // one df per article and term
      for (Row c : a.<Row>getList(0)) {
        Stat s = change.computeIfAbsent(c.getString(0), t -> new Stat());
        if (seen.add(c.getString(0))) {
          s.df += sign;
        }
        long n = (long) sign * c.getInt(2);
        s.cf += n;
        s.surfaces.merge(c.getString(1), n, Long::sum);
        if (month != null) {
          s.months.merge(month, n, Long::sum);
        }
      }
    }
  }

  private static final class Stat {
    long df;
    long cf;
    final Map<String, Long> surfaces = new TreeMap<>();
    final Map<String, Long> months = new TreeMap<>();

    Row row(String term) {
      return RowFactory.create(
          term,
          Math.max(df, 0),
          Math.max(cf, 0),
          CollectionConverters.asScala(held(surfaces)),
          CollectionConverters.asScala(held(months)));
    }

    /** The entries with a positive count. */
    private static Map<String, Long> held(Map<String, Long> counts) {
      Map<String, Long> held = new TreeMap<>();
      counts.forEach(
          (key, n) -> {
            if (n > 0) {
              held.put(key, n);
            }
          });
      return held;
    }
  }
}
