package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.text.SparkStringOrder;

/**
 * Marks exact duplicates (never drops them silently). A record is a duplicate when
 *
 * <ul>
 *   <li>another record of the batch has the same {@code article_id} (the same article read twice):
 *       the record that comes first by {@code record_source} is kept;
 *   <li>its text equals an article already in the warehouse under another id: it is a duplicate of
 *       that article (the smallest id, should several hold the text);
 *   <li>or another record of the batch has the same {@code content_hash} (the same text re-posted
 *       under another id): the record that comes first is kept.
 * </ul>
 *
 * So a duplicate always names an article that is kept. A record with the id of a warehouse article
 * is no duplicate: it is that article's new version. Output: the input with {@code duplicate_of}
 * (null for articles kept) and {@code duplicate_kind}.
 */
public final class ExactDuplicates {
  private ExactDuplicates() {}

  /**
   * @param existing the warehouse's articles ({@code article_id}, {@code content_hash}), or null
   */
  public static Dataset<Row> mark(Dataset<Row> batch, Dataset<Row> existing) {
    // The decisions need only the keys: the windows and joins shuffle (record_source, article_id,
    // content_hash), not the texts, which meet the decisions in one join at the end.
    Dataset<Row> keys = batch.select("record_source", "article_id", "content_hash");
    int limit = driverLimit;
    List<Row> few = keys.limit(limit + 1).collectAsList();
    if (few.size() <= limit) {
      return withDecisions(batch, decide(few, existing));
    }
    WindowSpec byId = Window.partitionBy("article_id").orderBy("record_source");
    Dataset<Row> d =
        keys.withColumn("_id_rank", row_number().over(byId))
            .withColumn("duplicate_of", when(col("_id_rank").gt(1), col("article_id")))
            .withColumn("duplicate_kind", when(col("_id_rank").gt(1), lit("same id")))
            .drop("_id_rank");
    if (existing != null) {
      Dataset<Row> stored =
          existing.select(col("article_id").as("_ex_id"), col("content_hash").as("_ex_hash"));
      Dataset<Row> copies =
          d.join(
                  stored,
                  d.col("content_hash")
                      .equalTo(stored.col("_ex_hash"))
                      .and(d.col("article_id").notEqual(stored.col("_ex_id"))))
              .groupBy(col("record_source").as("_rs"))
              .agg(min("_ex_id").as("_ex_id"));
      d =
          d.join(copies, d.col("record_source").equalTo(copies.col("_rs")), "left")
              .withColumn(
                  "duplicate_kind",
                  mark(col("_ex_id"), lit("exact text (warehouse)"), "duplicate_kind"))
              .withColumn("duplicate_of", mark(col("_ex_id"), col("_ex_id"), "duplicate_of"))
              .drop("_rs", "_ex_id");
    }
    WindowSpec byText = Window.partitionBy("content_hash").orderBy("record_source");
    Dataset<Row> firsts =
        d.filter(col("duplicate_of").isNull())
            .withColumn("_text_rank", row_number().over(byText))
            .withColumn("_text_first", first("article_id").over(byText))
            .filter(col("_text_rank").gt(1))
            .select(col("record_source").as("_rs"), col("_text_first"));
    d =
        d.join(firsts, d.col("record_source").equalTo(firsts.col("_rs")), "left")
            .withColumn(
                "duplicate_kind", mark(col("_text_first"), lit("exact text"), "duplicate_kind"))
            .withColumn(
                "duplicate_of", mark(col("_text_first"), col("_text_first"), "duplicate_of"))
            .drop("_rs", "_text_first");
    Dataset<Row> decisions =
        d.select(col("record_source").as("_rs"), col("duplicate_of"), col("duplicate_kind"));
    return batch
        .join(decisions, batch.col("record_source").equalTo(decisions.col("_rs")), "left")
        .drop("_rs");
  }

  /**
   * Batches of up to this many records are decided in the driver on their collected keys (and the
   * stored articles that share a text hash with them, found in one scan of two columns), in two
   * Spark jobs instead of the windows' and joins' shuffles; larger batches take the shuffles.
   */
  static final int DRIVER_LIMIT = 50_000;

  /** {@link #DRIVER_LIMIT}, lowered by tests to take the shuffles on a few records. */
  static volatile int driverLimit = DRIVER_LIMIT;

  private static final StructType DECISIONS =
      new StructType()
          .add("_rs", DataTypes.StringType)
          .add("duplicate_of", DataTypes.StringType)
          .add("duplicate_kind", DataTypes.StringType);

  /**
   * The rules of the class comment on the batch's keys ({@code record_source}, {@code article_id},
   * {@code content_hash}), in the order the shuffles apply them: {@code _rs}, {@code duplicate_of},
   * {@code duplicate_kind} of each record marked.
   */
  private static List<Row> decide(List<Row> keys, Dataset<Row> existing) {
    Comparator<Row> bySource = (a, b) -> SparkStringOrder.compare(a.getString(0), b.getString(0));
    Map<String, String[]> marked = new HashMap<>();
    Map<Object, List<Row>> byId = new HashMap<>();
    for (Row r : keys) {
      byId.computeIfAbsent(Optional.ofNullable(r.get(1)), x -> new ArrayList<>()).add(r);
    }
    for (List<Row> same : byId.values()) {
      same.sort(bySource);
      for (Row r : same.subList(1, same.size())) {
        marked.put(r.getString(0), new String[] {r.getString(1), "same id"});
      }
    }
    if (existing != null) {
      Set<String> hashes = new HashSet<>();
      for (Row r : keys) {
        if (r.get(2) != null) {
          hashes.add(r.getString(2));
        }
      }
      Map<String, List<String>> stored = new HashMap<>();
      if (!hashes.isEmpty()) {
        for (Row r :
            existing
                .filter(col("content_hash").isin(hashes.toArray()))
                .select("article_id", "content_hash")
                .collectAsList()) {
          stored.computeIfAbsent(r.getString(1), x -> new ArrayList<>()).add(r.getString(0));
        }
      }
      for (Row r : keys) {
        if (marked.containsKey(r.getString(0)) || r.get(2) == null) {
          continue;
        }
        String first = null;
        for (String id : stored.getOrDefault(r.getString(2), List.of())) {
          if (id != null
              && !id.equals(r.getString(1))
              && (first == null || SparkStringOrder.compare(id, first) < 0)) {
            first = id;
          }
        }
        if (first != null) {
          marked.put(r.getString(0), new String[] {first, "exact text (warehouse)"});
        }
      }
    }
    Map<Object, List<Row>> byText = new HashMap<>();
    for (Row r : keys) {
      if (!marked.containsKey(r.getString(0))) {
        byText.computeIfAbsent(Optional.ofNullable(r.get(2)), x -> new ArrayList<>()).add(r);
      }
    }
    for (List<Row> same : byText.values()) {
      same.sort(bySource);
      for (Row r : same.subList(1, same.size())) {
        marked.put(r.getString(0), new String[] {same.get(0).getString(1), "exact text"});
      }
    }
    List<Row> out = new ArrayList<>();
    marked.forEach((rs, m) -> out.add(RowFactory.create(rs, m[0], m[1])));
    return out;
  }

  /** The batch with the decisions made in the driver (none: both columns null). */
  private static Dataset<Row> withDecisions(Dataset<Row> batch, List<Row> decisions) {
    if (decisions.isEmpty()) {
      return batch
          .withColumn("duplicate_of", lit(null).cast("string"))
          .withColumn("duplicate_kind", lit(null).cast("string"));
    }
    Dataset<Row> d = batch.sparkSession().createDataFrame(decisions, DECISIONS);
    return batch
        .join(broadcast(d), batch.col("record_source").equalTo(d.col("_rs")), "left")
        .drop("_rs");
  }

  /**
   * {@code value} where a record not yet marked has a {@code partner}, else the column as it is.
   */
  private static Column mark(Column partner, Column value, String column) {
    return when(col("duplicate_of").isNull().and(partner.isNotNull()), value)
        .otherwise(col(column));
  }
}
