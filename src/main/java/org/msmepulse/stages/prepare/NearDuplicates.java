package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.broadcast;
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
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.BAND_KEYS;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_KIND;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_OF;
import static org.msmepulse.warehouse.ArticleColumns.RECORD_SOURCE;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
import org.msmepulse.core.text.NearCopies;
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
 * <p>Cost: the band keys of a text are computed once, when its record is prepared, and stored with
 * the article; a run shuffles the batch's (band key, text id) pairs and those of the stored
 * articles that share a key with the batch, and reads the texts of the few candidate pairs only. A
 * band bucket with more than {@link #BUCKET_CAP} texts (a story syndicated to very many sites)
 * pairs each member only with the bucket's first {@code BUCKET_CAP} members by id hash; the other
 * bands of the same texts usually link them anyway.
 */
public final class NearDuplicates {
  static final int BUCKET_CAP = NearCopies.BUCKET_CAP;

  /**
   * Batches of up to this many records (after exact duplicates) are checked on the driver: their
   * band keys, the stored articles that share one, and the texts of the candidate pairs are
   * collected, and the pairs verified there ({@link NearCopies}), in two or three Spark jobs where
   * the shuffles below take about twenty. Larger batches, or more stored articles sharing a key
   * than this, take the shuffles.
   */
  static final int DRIVER_LIMIT = 50_000;

  /** {@link #DRIVER_LIMIT}, lowered by tests to take the shuffles on a few records. */
  static volatile int driverLimit = DRIVER_LIMIT;

  private static final StructType PAIR =
      new StructType().add("a", DataTypes.LongType).add("b", DataTypes.LongType);

  private NearDuplicates() {}

  /** The band keys of a canonical text (empty when it has no words). */
  static UserDefinedFunction bandKeysUdf(long seed) {
    return udf(
        (UDF1<String, long[]>) text -> ShingleSketch.bandKeys(ShingleSketch.shingles(text), seed),
        DataTypes.createArrayType(DataTypes.LongType, false));
  }

  /** The keys of a stored article that are among the batch's keys. */
  static UserDefinedFunction sharedKeysUdf(Broadcast<HashSet<Long>> wanted) {
    return udf(
        (UDF1<Seq<Long>, long[]>)
            keys -> {
              if (keys == null) {
                return new long[0];
              }
              java.util.Set<Long> w = wanted.value();
              return CollectionConverters.asJava(keys).stream()
                  .filter(w::contains)
                  .mapToLong(Long::longValue)
                  .toArray();
            },
        DataTypes.createArrayType(DataTypes.LongType, false));
  }

  /** The exact Jaccard similarity of two texts' shingle sets. */
  static UserDefinedFunction jaccardUdf() {
    return udf(
        (UDF2<String, String, Double>)
            (a, b) -> ShingleSketch.jaccard(ShingleSketch.shingles(a), ShingleSketch.shingles(b)),
        DataTypes.DoubleType);
  }

  /** The pairs (a < b) of a bucket's members, capped as {@link NearCopies} says. */
  static UserDefinedFunction bucketPairsUdf() {
    return udf(
        (UDF1<Seq<Long>, List<Row>>)
            members -> {
              long[] m =
                  CollectionConverters.asJava(members).stream()
                      .mapToLong(Long::longValue)
                      .toArray();
              List<Row> pairs = new ArrayList<>();
              for (NearCopies.Pair p : NearCopies.bucketPairs(m)) {
                pairs.add(RowFactory.create(p.a(), p.b()));
              }
              return pairs;
            },
        DataTypes.createArrayType(PAIR, false));
  }

  /**
   * Order keys: a stored article's is {@code STORED_ORDER + article_id}, a batch record's {@code
   * BATCH_ORDER + record_source}, so every stored article comes before every batch record. A text's
   * 64-bit id is Spark's {@code xxhash64} of its order key.
   */
  static final String STORED_ORDER = "0:";

  static final String BATCH_ORDER = "1:";

  /** The seed of the MinHash functions: band keys are stored with each article, so it is fixed. */
  public static final long BAND_SEED = 42;

  /** Adds {@code band_keys}, the banded MinHash keys of each record's text. */
  public static Dataset<Row> withBandKeys(Dataset<Row> records) {
    return records.withColumn(BAND_KEYS, bandKeysUdf(BAND_SEED).apply(col(TEXT)));
  }

  /**
   * @param batch the batch after exact deduplication ({@code duplicate_of}, {@code duplicate_kind})
   *     with {@code band_keys}
   * @param stored the warehouse's articles ({@code article_id}, {@code band_keys}, {@code text}),
   *     or null; a stored text is read only when it shares a band key with a batch record
   * @param storage how the result (every batch record, texts included) is cached
   */
  public static Dataset<Row> mark(
      Dataset<Row> batch, Dataset<Row> stored, double jaccard, StorageLevel storage) {
    // Order key: stored articles come before every batch record; batch records by record_source.
    Dataset<Row> fresh = batch.filter(col(DUPLICATE_OF).isNull());
    if (stored != null) {
      // A record with the id of a stored article updates it: it is never the one marked.
      Dataset<Row> storedIds = stored.select(col(ARTICLE_ID).as("_sid"));
      fresh =
          fresh.join(storedIds, fresh.col(ARTICLE_ID).equalTo(storedIds.col("_sid")), "left_anti");
    }
    // A 64-bit id per text for the shuffles (the order keys are long strings); a collision of two
    // ids (about 3e-8 at a million texts) could only join two texts' exact check, never add a row.
    Dataset<Row> batchTexts =
        fresh
            .select(
                col(RECORD_SOURCE).as("rs"),
                col(ARTICLE_ID).as("aid"),
                concat(lit(BATCH_ORDER), col(RECORD_SOURCE)).as("ord"),
                col(TEXT).as("text"),
                col(BAND_KEYS).as("bands"))
            .withColumn("id", xxhash64(col("ord")));
    Dataset<Row> onDriver = markOnDriver(batch, batchTexts, stored, jaccard, storage);
    if (onDriver != null) {
      return onDriver;
    }
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> batchKeys =
        batchTexts
            .select(col("id"), explode(col("bands")).as("band"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(batchKeys);
    try {
      Dataset<Row> keys = batchKeys;
      Dataset<Row> storedTexts = null;
      if (stored != null) {
        storedTexts =
            stored
                .select(
                    lit(null).cast("string").as("rs"),
                    col(ARTICLE_ID).as("aid"),
                    concat(lit(STORED_ORDER), col(ARTICLE_ID)).as("ord"),
                    col(TEXT).as("text"))
                .withColumn("id", xxhash64(col("ord")));
        // The batch's band keys go to every task; each stored article keeps only its keys among
        // them, so the stored side of the shuffle is as small as the overlap.
        HashSet<Long> wanted = new HashSet<>();
        for (Row r : batchKeys.select("band").distinct().collectAsList()) {
          wanted.add(r.getLong(0));
        }
        Broadcast<HashSet<Long>> shared = shareKeys(batch, wanted);
        keys =
            keys.unionByName(
                stored
                    .select(
                        xxhash64(concat(lit(STORED_ORDER), col(ARTICLE_ID))).as("id"),
                        explode(sharedKeysUdf(shared).apply(col(BAND_KEYS))).as("band"))
                    .select("id", "band"));
      }
      Dataset<Row> pairs =
          keys.groupBy("band")
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
          broadcast(
              pairs.select(col("a").as("id")).union(pairs.select(col("b").as("id"))).distinct());
      Dataset<Row> texts = batchTexts.drop("bands");
      if (storedTexts != null) {
        texts = texts.unionByName(storedTexts);
      }
      Dataset<Row> members = texts.join(involved, "id").persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(members);
      return markVerified(batch, pairs, members, jaccard, storage);
    } finally {
      cached.forEach(Dataset::unpersist);
    }
  }

  /**
   * {@link #mark} with the candidate pairs found and verified on the driver, or null when the
   * batch, or the stored articles sharing a band key with it, are too many to collect.
   */
  private static Dataset<Row> markOnDriver(
      Dataset<Row> batch,
      Dataset<Row> batchTexts,
      Dataset<Row> stored,
      double jaccard,
      StorageLevel storage) {
    int limit = driverLimit;
    List<Row> fresh =
        batchTexts.select("id", "rs", "aid", "ord", "bands").limit(limit + 1).collectAsList();
    if (fresh.size() > limit) {
      return null;
    }
    Map<Long, NearCopies.Member> members = new HashMap<>();
    NearCopies.Buckets buckets = new NearCopies.Buckets();
    HashSet<Long> wanted = new HashSet<>();
    for (Row r : fresh) {
      long id = r.getLong(0);
      members.put(id, new NearCopies.Member(id, r.getString(1), r.getString(2), r.getString(3)));
      long[] bands = longs(r.getList(4));
      buckets.add(id, bands);
      for (long b : bands) {
        wanted.add(b);
      }
    }
    if (stored != null && !wanted.isEmpty()) {
      Broadcast<HashSet<Long>> shared = shareKeys(batch, wanted);
      try {
        List<Row> hits =
            stored
                .select(col(ARTICLE_ID), sharedKeysUdf(shared).apply(col(BAND_KEYS)).as("keys"))
                .filter(size(col("keys")).gt(0))
                .limit(limit + 1)
                .collectAsList();
        if (hits.size() > limit) {
          return null;
        }
        for (Row r : hits) {
          String aid = r.getString(0);
          String ord = STORED_ORDER + aid;
          long id = xxhash(ord);
          members.put(id, new NearCopies.Member(id, null, aid, ord));
          buckets.add(id, longs(r.getList(1)));
        }
      } finally {
        shared.destroy();
      }
    }
    Set<NearCopies.Pair> pairs = buckets.pairs();
    if (pairs.isEmpty()) {
      return batch; // no candidates: nothing to check, nothing to mark
    }
    // The texts of the pairs' members only.
    Set<Long> involved = new HashSet<>();
    for (NearCopies.Pair p : pairs) {
      involved.add(p.a());
      involved.add(p.b());
    }
    List<String> batchSources = new ArrayList<>();
    List<String> storedIds = new ArrayList<>();
    for (long id : involved) {
      NearCopies.Member m = members.get(id);
      if (m.recordSource() != null) {
        batchSources.add(m.recordSource());
      } else {
        storedIds.add(m.articleId());
      }
    }
    Map<Long, long[]> shingles = new HashMap<>();
    addShingles(batch, RECORD_SOURCE, batchSources, BATCH_ORDER, shingles);
    if (!storedIds.isEmpty()) {
      addShingles(stored, ARTICLE_ID, storedIds, STORED_ORDER, shingles);
    }
    List<Row> nearest = new ArrayList<>();
    NearCopies.nearest(pairs, members, shingles, jaccard)
        .forEach(
            (rs, partner) ->
                nearest.add(
                    RowFactory.create(
                        rs, RowFactory.create(partner.articleId(), partner.jaccard()))));
    Dataset<Row> found = batch.sparkSession().createDataFrame(nearest, NEAREST);
    return withPartners(batch, broadcast(found), storage);
  }

  /** {@code _near_rs}, and {@code _first}: the earliest partner's article id and similarity. */
  private static final StructType NEAREST =
      new StructType()
          .add("_near_rs", DataTypes.StringType)
          .add(
              "_first",
              new StructType().add("aid", DataTypes.StringType).add("j", DataTypes.DoubleType));

  /** The shingles of the texts whose {@code key} is one of {@code keys}, by their texts' ids. */
  private static void addShingles(
      Dataset<Row> texts,
      String key,
      List<String> keys,
      String orderPrefix,
      Map<Long, long[]> shingles) {
    for (Row r : texts.filter(col(key).isin(keys.toArray())).select(key, TEXT).collectAsList()) {
      shingles.put(xxhash(orderPrefix + r.getString(0)), ShingleSketch.shingles(r.getString(1)));
    }
  }

  /** The batch's band keys, to every task. */
  private static Broadcast<HashSet<Long>> shareKeys(Dataset<Row> batch, HashSet<Long> keys) {
    return JavaSparkContext.fromSparkContext(batch.sparkSession().sparkContext()).broadcast(keys);
  }

  /** The id Spark's {@code xxhash64} gives a string (seed 42, its UTF-8 bytes). */
  static long xxhash(String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return org.apache.spark.sql.catalyst.expressions.XXH64.hashUnsafeBytes(
        b, org.apache.spark.unsafe.Platform.BYTE_ARRAY_OFFSET, b.length, 42L);
  }

  private static long[] longs(List<Long> list) {
    long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** Marks each batch record with a verified earlier partner; see the class comment. */
  private static Dataset<Row> markVerified(
      Dataset<Row> batch,
      Dataset<Row> pairs,
      Dataset<Row> members,
      double jaccard,
      StorageLevel storage) {
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
    return withPartners(batch, nearest, storage);
  }

  /**
   * The batch with each record's partner ({@code nearest}: {@code _near_rs}, {@code _first}) as its
   * {@code duplicate_of} and {@code duplicate_kind}, where exact deduplication left them empty;
   * materialized.
   */
  private static Dataset<Row> withPartners(
      Dataset<Row> batch, Dataset<Row> nearest, StorageLevel storage) {
    Dataset<Row> out =
        batch
            .join(nearest, batch.col(RECORD_SOURCE).equalTo(nearest.col("_near_rs")), "left")
            .withColumn(
                DUPLICATE_KIND,
                when(
                        col(DUPLICATE_OF).isNull().and(col("_first").isNotNull()),
                        concat(
                            lit("near text (Jaccard "),
                            format_number(col("_first.j"), 2),
                            lit(")")))
                    .otherwise(col(DUPLICATE_KIND)))
            .withColumn(
                DUPLICATE_OF,
                when(col(DUPLICATE_OF).isNull(), col("_first.aid")).otherwise(col(DUPLICATE_OF)))
            .drop("_near_rs", "_first");
    // Materialized while the keys, pairs and members are cached; persisted rather than
    // localCheckpoint()ed, so blocks lost with an executor are recomputed from the lineage. The
    // result is a Dataset over its RDD: one leaf, so later plans do not nest (and describe) the
    // plans of the cached keys, pairs and members. The caller unpersists it.
    Dataset<Row> materialized =
        batch.sparkSession().createDataFrame(out.rdd(), out.schema()).persist(storage);
    materialized.count();
    return materialized;
  }
}
