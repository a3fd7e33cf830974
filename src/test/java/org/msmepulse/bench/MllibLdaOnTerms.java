package org.msmepulse.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.SparkSessions;
import org.msmepulse.stages.topics.TopicModel;
import org.msmepulse.stages.topics.TopicQuality;

/**
 * The job's topic model (its {@link TopicModel} with the job's configuration: online LDA, learning
 * offset, iterations, seed) on a terms file written by {@link ExportTerms} and pruned by the bench
 * (so min_df and max_df are already applied, the same for every peer). Writes each topic's top 10
 * terms, one topic per line, and prints the fit's seconds (vectorizing + LDA) on stdout.
 *
 * <p>Usage: {@code MllibLdaOnTerms TERMS K KEYS_OUT}
 */
public final class MllibLdaOnTerms {
  private MllibLdaOnTerms() {}

  public static void main(String[] args) throws Exception {
    Path terms = Path.of(args[0]);
    int k = Integer.parseInt(args[1]);
    JobConfig cfg =
        JobConfig.defaults().with(Map.of("features.min_df", "1", "features.max_df", "1.0"));
    SparkSession spark = SparkSessions.getOrCreate(cfg.spark);
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(terms, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      String body = line.substring(tab + 1).strip();
      rows.add(
          RowFactory.create(
              line.substring(0, tab), body.isEmpty() ? new String[0] : body.split(" ")));
    }
    StructType schema =
        new StructType()
            .add("article_id", DataTypes.StringType)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType));
    int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    // term_counts as the job keeps them: (term, surface, count), here with the term as its surface
    Dataset<Row> analyzed =
        spark
            .createDataFrame(rows, schema)
            .selectExpr("article_id", "explode(terms) AS term")
            .groupBy("article_id", "term")
            .count()
            .groupBy("article_id")
            .agg(
                org.apache
                    .spark
                    .sql
                    .functions
                    .expr(
                        "collect_list(named_struct('term', term, 'surface', term, 'count', CAST(count AS INT)))")
                    .as("term_counts"))
            .repartition(partitions)
            .cache();
    long docs = analyzed.count();
    long t0 = System.nanoTime();
    TopicModel.Fitted f = TopicModel.fit(analyzed, docs, cfg, k, "bench");
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (org.msmepulse.core.topics.TermRanking.Ranked r :
          TopicQuality.rank(
              f.lda(), 10, org.msmepulse.core.topics.TermRanking.Method.PROBABILITY)) {
        int[] top = r.terms();
        w.write(String.join(" ", Arrays.stream(top).mapToObj(i -> f.vocabulary()[i]).toList()));
        w.write('\n');
      }
    }
    System.out.printf("%.3f%n", seconds);
    spark.stop();
  }
}
