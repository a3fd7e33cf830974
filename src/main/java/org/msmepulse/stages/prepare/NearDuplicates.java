package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.msmepulse.core.text.ShingleSketch;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Marks near duplicates: the same story re-posted with small edits (a sentence reworded, a line of
 * agency credit added). Each text becomes the set of its word 3-gram shingles and the banded
 * MinHash keys of that set ({@link ShingleSketch}); texts sharing a band key are candidate pairs,
 * and a pair whose exact Jaccard similarity is at least the configured threshold is a near copy. A
 * record with such a partner that comes before it (an article already in the warehouse, or an
 * earlier record of the batch) is marked a duplicate of its earliest partner, with the similarity
 * in {@code duplicate_kind}. A record with the {@code article_id} of a stored article is a
 * correction of it, never a duplicate.
 *
 * <p>Cost: one pass computing band keys, one shuffle of {@code BANDS} (band key, text id) pairs per
 * text, and exact checks for the few candidate pairs only, so it grows linearly with the corpus. A
 * band bucket with more than {@link #BUCKET_CAP} texts (a story syndicated to very many sites)
 * pairs each member only with the bucket's first {@code BUCKET_CAP} members by id hash; the other
 * bands of the same texts usually link them anyway.
 */
public final class NearDuplicates {
  static final int BUCKET_CAP = 100;
  private static final StructType PAIR =
      new StructType().add("a", DataTypes.LongType).add("b", DataTypes.LongType);

  private NearDuplicates() {}

  /** The band keys of a canonical text (empty when it has no words). */
  static UserDefinedFunction bandKeysUdf(long seed) {
    return udf(
        (UDF1<String, long[]>) text -> ShingleSketch.bandKeys(ShingleSketch.shingles(text), seed),
        DataTypes.createArrayType(DataTypes.LongType, false));
  }

  /** The exact Jaccard similarity of two texts' shingle sets. */
  static UserDefinedFunction jaccardUdf() {
    return udf(
        (UDF2<String, String, Double>)
            (a, b) -> ShingleSketch.jaccard(ShingleSketch.shingles(a), ShingleSketch.shingles(b)),
        DataTypes.DoubleType);
  }

  /** The pairs (a < b) of a bucket's members, capped as the class comment says. */
  static UserDefinedFunction bucketPairsUdf() {
    return udf(
        (UDF1<Seq<Long>, List<Row>>)
            members -> {
              long[] m =
                  CollectionConverters.asJava(members).stream()
                      .mapToLong(Long::longValue)
                      .distinct()
                      .sorted()
                      .toArray();
              List<Row> pairs = new ArrayList<>();
              for (int j = 1; j < m.length; j++) {
                for (int i = 0; i < Math.min(j, BUCKET_CAP); i++) {
                  pairs.add(RowFactory.create(m[i], m[j]));
                }
              }
              return pairs;
            },
        DataTypes.createArrayType(PAIR, false));
  }

  /**
   * @param batch the batch after exact deduplication ({@code duplicate_of}, {@code duplicate_kind})
   * @param existing the warehouse's articles ({@code article_id}, {@code text}), or null
   */
  public static Dataset<Row> mark(
      Dataset<Row> batch, Dataset<Row> existing, double jaccard, long seed) {
    return mark(batch, existing, jaccard, seed, StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * @param storage how the result (every batch record, texts included) is cached
   */
  public static Dataset<Row> mark(
      Dataset<Row> batch, Dataset<Row> existing, double jaccard, long seed, StorageLevel storage) {
    // Order key: stored articles come before every batch record; batch records by record_source.
    Dataset<Row> fresh = batch.filter(col("duplicate_of").isNull());
    if (existing != null) {
      // A record with the id of a stored article updates it: it is never the one marked.
      Dataset<Row> storedIds = existing.select(col("article_id").as("_sid"));
      fresh =
          fresh.join(
              storedIds, fresh.col("article_id").equalTo(storedIds.col("_sid")), "left_anti");
    }
    Dataset<Row> texts =
        fresh.select(
            col("record_source").as("rs"),
            col("article_id").as("aid"),
            concat(lit("1:"), col("record_source")).as("ord"),
            col("text"));
    if (existing != null) {
      texts =
          texts.unionByName(
              existing.select(
                  lit(null).cast("string").as("rs"),
                  col("article_id").as("aid"),
                  concat(lit("0:"), col("article_id")).as("ord"),
                  col("text")));
    }
    // A 64-bit id per text for the shuffles (the order keys are long strings); a collision of two
    // ids
    // (about 3e-8 at a million texts) could only join two texts' exact check, never add a row.
    texts = texts.withColumn("id", xxhash64(col("ord")));
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> keys =
        texts
            .select(col("id"), bandKeysUdf(seed).apply(col("text")).as("bands"))
            .filter(size(col("bands")).gt(0))
            .persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(keys);
    try {
      Dataset<Row> pairs =
          keys.select(col("id"), explode(col("bands")).as("band"))
              .groupBy("band")
              .agg(collect_list("id").as("members"))
              .filter(size(col("members")).gt(1))
              .select(explode(bucketPairsUdf().apply(col("members"))).as("p"))
              .select(col("p.a").as("a"), col("p.b").as("b"))
              .distinct()
              .persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(pairs);
      if (pairs.count() == 0) { // the band shuffle runs once; the joins below reuse the (few) pairs
        return batch; // no candidates: nothing to check, nothing to mark
      }
      // Exact check of the candidates only: the texts of the pairs' members.
      Dataset<Row> involved =
          pairs.select(col("a").as("id")).union(pairs.select(col("b").as("id"))).distinct();
      Dataset<Row> members = texts.join(involved, "id").persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(members);
      Dataset<Row> left =
          members.select(
              col("id").as("a"),
              col("rs").as("a_rs"),
              col("aid").as("a_aid"),
              col("ord").as("a_ord"),
              col("text").as("a_text"));
      Dataset<Row> right =
          members.select(
              col("id").as("b"),
              col("rs").as("b_rs"),
              col("aid").as("b_aid"),
              col("ord").as("b_ord"),
              col("text").as("b_text"));
      Dataset<Row> verified =
          pairs
              .join(left, "a")
              .join(right, "b")
              .withColumn("j", jaccardUdf().apply(col("a_text"), col("b_text")))
              .filter(col("j").geq(jaccard).and(col("a_aid").notEqual(col("b_aid"))));
      // Orient each pair: the later record (by order key) is the one marked, and only batch records
      // are marked.
      Column later = col("a_ord").gt(col("b_ord"));
      Dataset<Row> oriented =
          verified.select(
              when(later, col("a_rs")).otherwise(col("b_rs")).as("_near_rs"),
              when(later, col("b_aid")).otherwise(col("a_aid")).as("first_aid"),
              when(later, col("b_ord")).otherwise(col("a_ord")).as("first_ord"),
              col("j"));
      Dataset<Row> nearest =
          oriented
              .filter(col("_near_rs").isNotNull())
              .groupBy("_near_rs")
              .agg(
                  min_by(struct(col("first_aid").as("aid"), col("j")), col("first_ord"))
                      .as("_first"));
      Dataset<Row> out =
          batch
              .join(nearest, batch.col("record_source").equalTo(nearest.col("_near_rs")), "left")
              .withColumn(
                  "duplicate_kind",
                  when(
                          col("duplicate_of").isNull().and(col("_first").isNotNull()),
                          concat(
                              lit("near text (Jaccard "),
                              format_number(col("_first.j"), 2),
                              lit(")")))
                      .otherwise(col("duplicate_kind")))
              .withColumn(
                  "duplicate_of",
                  when(col("duplicate_of").isNull(), col("_first.aid"))
                      .otherwise(col("duplicate_of")))
              .drop("_near_rs", "_first");
      // Materialized while the keys, pairs and members are cached; persisted rather than
      // localCheckpoint()ed, so blocks lost with an executor are recomputed from the lineage. The
      // result is a Dataset over its RDD: one leaf, so later plans do not nest (and describe) the
      // plans of the cached keys, pairs and members. The caller unpersists it.
      Dataset<Row> materialized =
          batch.sparkSession().createDataFrame(out.rdd(), out.schema()).persist(storage);
      materialized.count();
      return materialized;
    } finally {
      cached.forEach(Dataset::unpersist);
    }
  }
}
