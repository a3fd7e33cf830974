package org.msmepulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.storage.StorageLevel;
import org.msmepulse.core.text.MatchKey;
import org.msmepulse.core.text.Token;
import org.msmepulse.core.text.Tokenizer;

/**
 * Stage: near duplicates, the same story re-posted with small edits (a sentence reworded, a line of
 * agency credit added). Each text becomes the set of its word 3-gram shingles (on {@link MatchKey}
 * keys, so spelling variants do not hide a copy); MLlib's {@link MinHashLSH} finds pairs whose
 * Jaccard similarity is at least the configured threshold. A record with such a partner that comes
 * before it (an article already in the warehouse, or an earlier record of the batch) is marked a
 * duplicate of that partner, with the similarity in {@code duplicate_kind}. A record with the
 * {@code article_id} of a stored article is a correction of it, never a duplicate.
 */
public final class NearDuplicates {
  static final int SHINGLE = 3;
  static final int DIMENSION = 1 << 22;

  private NearDuplicates() {}

  /** The shingles of a canonical text as a binary sparse vector (null when the text has no words). */
  static UserDefinedFunction shinglesUdf() {
    return udf((UDF1<String, org.apache.spark.ml.linalg.Vector>) text -> {
      if (text == null) {
        return null;
      }
      List<String> keys = new ArrayList<>();
      for (Token t : Tokenizer.tokenize(text)) {
        if (t.isWord()) {
          keys.add(MatchKey.of(t.text()));
        }
      }
      TreeSet<Integer> idx = new TreeSet<>();
      if (keys.size() < SHINGLE) {
        if (!keys.isEmpty()) {
          idx.add(Math.floorMod(String.join(" ", keys).hashCode(), DIMENSION));
        }
      } else {
        for (int i = 0; i + SHINGLE <= keys.size(); i++) {
          idx.add(Math.floorMod(String.join(" ", keys.subList(i, i + SHINGLE)).hashCode(), DIMENSION));
        }
      }
      if (idx.isEmpty()) {
        return null;
      }
      int[] indices = idx.stream().mapToInt(Integer::intValue).toArray();
      double[] ones = new double[indices.length];
      java.util.Arrays.fill(ones, 1.0);
      return Vectors.sparse(DIMENSION, indices, ones);
    }, SQLDataTypes.VectorType());
  }

  /**
   * @param batch the batch after exact deduplication ({@code duplicate_of}, {@code duplicate_kind})
   * @param existing the warehouse's articles ({@code article_id}, {@code text}), or null
   */
  public static Dataset<Row> apply(Dataset<Row> batch, Dataset<Row> existing, double jaccard, long seed) {
    UserDefinedFunction shingles = shinglesUdf();
    // Order key: stored articles come before every batch record; batch records by record_source.
    Dataset<Row> fresh = batch.filter(col("duplicate_of").isNull());
    if (existing != null) {
      // A record with the id of a stored article updates it: it is never the one marked.
      Dataset<Row> storedIds = existing.select(col("article_id").as("_sid"));
      fresh = fresh.join(storedIds, fresh.col("article_id").equalTo(storedIds.col("_sid")), "left_anti");
    }
    Dataset<Row> candidates = fresh
        .select(col("record_source").as("rs"), col("article_id").as("aid"), concat(lit("1:"), col("record_source")).as("ord"),
            shingles.apply(col("text")).as("sh"));
    if (existing != null) {
      candidates = candidates.unionByName(existing.select(lit(null).cast("string").as("rs"), col("article_id").as("aid"),
          concat(lit("0:"), col("article_id")).as("ord"), shingles.apply(col("text")).as("sh")));
    }
    candidates = candidates.filter(col("sh").isNotNull()).cache();
    try {
      MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(6).setSeed(seed).setInputCol("sh").setOutputCol("h")
          .fit(candidates);
      Dataset<Row> pairs = lsh.approxSimilarityJoin(candidates, candidates, 1.0 - jaccard, "dist")
          .filter(col("datasetB.rs").isNotNull()
              .and(col("datasetA.ord").lt(col("datasetB.ord")))
              .and(col("datasetA.aid").notEqual(col("datasetB.aid"))))
          .groupBy(col("datasetB.rs").as("_near_rs"))
          .agg(min_by(struct(col("datasetA.aid").as("aid"), col("dist")), col("datasetA.ord")).as("_first"));
      Dataset<Row> out = batch.join(pairs, batch.col("record_source").equalTo(pairs.col("_near_rs")), "left")
          .withColumn("duplicate_kind", when(col("duplicate_of").isNull().and(col("_first").isNotNull()),
              concat(lit("near text (Jaccard "), format_number(lit(1.0).minus(col("_first.dist")), 2), lit(")")))
              .otherwise(col("duplicate_kind")))
          .withColumn("duplicate_of", when(col("duplicate_of").isNull(), col("_first.aid")).otherwise(col("duplicate_of")))
          .drop("_near_rs", "_first");
      // Materialized while the candidates are cached, so the LSH join runs once. Persisted, not
      // localCheckpoint()ed: blocks of a local checkpoint live only on the executor that wrote them, and a
      // lost executor then fails the job (CHECKPOINT_RDD_BLOCK_ID_NOT_FOUND, found by StandaloneClusterIT);
      // lost cached blocks are recomputed from the lineage. The caller unpersists it with the run's other caches.
      Dataset<Row> materialized = out.persist(StorageLevel.MEMORY_AND_DISK());
      materialized.count();
      return materialized;
    } finally {
      candidates.unpersist();
    }
  }
}
