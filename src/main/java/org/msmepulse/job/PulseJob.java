package org.msmepulse.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_KIND;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_OF;
import static org.msmepulse.warehouse.ArticleColumns.INGESTED_AT;
import static org.msmepulse.warehouse.ArticleColumns.RAW_EXCERPT;
import static org.msmepulse.warehouse.ArticleColumns.RECORD_SOURCE;
import static org.msmepulse.warehouse.ArticleColumns.REJECT_REASON;
import static org.msmepulse.warehouse.ArticleColumns.RUN_ID;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.msmepulse.config.JobConfig;
import org.msmepulse.stages.SharedCore;
import org.msmepulse.stages.analyze.ArticleMentions;
import org.msmepulse.stages.analyze.ArticleMonths;
import org.msmepulse.stages.analyze.ArticleTerms;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.prepare.BatchAccounting;
import org.msmepulse.stages.prepare.CleanedRecords;
import org.msmepulse.stages.prepare.CurrentArticles;
import org.msmepulse.stages.prepare.ExactDuplicates;
import org.msmepulse.stages.prepare.NearDuplicates;
import org.msmepulse.stages.tables.DerivedTables;
import org.msmepulse.stages.topics.TopicFit;
import org.msmepulse.warehouse.ConcurrentChange;
import org.msmepulse.warehouse.ModelStore;
import org.msmepulse.warehouse.RunWrites;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch job: clean the batch, set aside what is quarantined or a duplicate, merge it with the
 * warehouse's articles, analyze every article, fit or load the topic model, derive the tables and
 * write them. Every table is computed from the one merged set of articles, so A then B equals one
 * run on A and B, and the same input twice leaves the same tables. Nothing is written until all is
 * computed; a concurrent run's change is met by computing again ({@link ConcurrentChange}).
 */
public final class PulseJob {
  private static final Logger LOG = LoggerFactory.getLogger(PulseJob.class);

  private final SparkSession spark;
  private final JobConfig cfg;

  public PulseJob(SparkSession spark, JobConfig cfg) {
    this.spark = spark;
    this.cfg = cfg;
  }

  /**
   * @param inputs input paths; empty means the built-in sample
   * @param topics the number of topics, or null for the configured default
   */
  public RunSummary run(List<String> inputs, Integer topics, boolean rebuild) {
    RunRecord run = RunRecord.start(inputs, topics);
    Warehouse wh = new Warehouse(spark, cfg.warehouse);
    // Whatever can refuse the run (paths, formats, CSV headers, gazetteers) is checked before
    // --rebuild clears a table.
    Dataset<Row> raw =
        inputs.isEmpty()
            ? Ingest.sample(spark)
            : Ingest.read(spark, Ingest.resolve(spark, inputs, cfg.inputFormat), cfg.textGlob);
    SharedCore.Gazetteers gazetteers = SharedCore.Gazetteers.load(cfg.gazetteerDir);
    if (rebuild) {
      raw =
          raw.persist(
              StorageLevel.MEMORY_AND_DISK()); // every record read before a table is cleared
      raw.count();
      wh.clear();
    }
    Broadcast<SharedCore.Gazetteers> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(gazetteers);
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return attempt(run.attempt(attempt), raw, wh, shared);
        } catch (RuntimeException e) {
          if (!ConcurrentChange.isCause(e) || attempt >= cfg.commitAttempts) {
            throw e;
          }
          LOG.warn(
              "run {}: attempt {} of {} met a concurrent change to the warehouse ({}); recomputing from the "
                  + "warehouse as it is now",
              run.runId(),
              attempt,
              cfg.commitAttempts,
              ConcurrentChange.firstLine(e));
        }
      }
    } finally {
      shared.destroy();
      raw.unpersist();
    }
  }

  private RunSummary attempt(
      RunRecord run, Dataset<Row> raw, Warehouse wh, Broadcast<SharedCore.Gazetteers> gazetteers) {
    try (RunResources res = new RunResources(spark)) {
      Dataset<Row> stored = wh.exists(Tables.ARTICLES) ? wh.read(Tables.ARTICLES) : null;
      BatchAccounting batch = prepare(raw, stored, run, res);
      Dataset<Row> analyzed =
          analyze(CurrentArticles.of(batch.articles(), stored), gazetteers, res);
      long documents = analyzed.count();
      res.release(batch.marked());
      LOG.info(
          "{} records read: {} articles, {} duplicates, {} quarantined; {} articles in the warehouse after this run",
          batch.recordsRead(),
          batch.articleCount(),
          batch.duplicateCount(),
          batch.quarantined(),
          documents);
      res.step("topics: TF-IDF and LDA");
      TopicFit topics =
          TopicFit.of(
              analyzed,
              documents,
              run.topics(),
              cfg,
              new ModelStore(spark, wh),
              run.runId(),
              res::persist);
      Map<String, Dataset<Row>> tables =
          DerivedTables.of(
              spark,
              topics.scored(),
              topics.model(),
              topics.quality(),
              gazetteers.value(),
              cfg,
              run.runId());
      res.step("write tables");
      LOG.info("run {}: writing the tables to {}", run.runId(), wh.location());
      Map<String, Long> versions =
          RunWrites.write(
              wh, tables, batch.quarantine(), batch.duplicates(), RunSizing.files(documents));
      res.step("check: no concurrent change");
      ConcurrentChange.requireArticlesUnchanged(wh, analyzed, run.runId());
      RunSummary summary = run.finish(wh, batch, documents, topics, versions);
      wh.append(Tables.RUNS, run.row(spark, summary));
      LOG.info("run {}: all tables written", run.runId());
      res.step("compact small files");
      RunWrites.compactSmallFiles(wh, cfg.optimizeMinFiles, cfg.smallFileBytes);
      return summary;
    }
  }

  /** Cleans the batch, sizes the run, and sets quarantined records and duplicates apart. */
  private BatchAccounting prepare(
      Dataset<Row> raw, Dataset<Row> stored, RunRecord run, RunResources res) {
    res.step("prepare: read, clean, quarantine");
    Dataset<Row> cleaned = res.persist(CleanedRecords.of(raw, cfg));
    long recordsRead = cleaned.count();
    Dataset<Row> quarantine =
        res.persist(
            cleaned
                .filter(col(REJECT_REASON).isNotNull())
                .select(
                    col(RECORD_SOURCE).as("source"),
                    col(REJECT_REASON).as("reason"),
                    col(RAW_EXCERPT),
                    lit(run.runId()).as(RUN_ID)));
    res.size(recordsRead + (stored == null ? 0 : stored.count()));
    res.step("duplicates: exact");
    Dataset<Row> exact =
        res.persist(
            ExactDuplicates.mark(
                cleaned
                    .filter(col(REJECT_REASON).isNull())
                    .withColumn(RUN_ID, lit(run.runId()))
                    .withColumn(INGESTED_AT, lit(Timestamp.from(run.started()))),
                stored));
    res.step("duplicates: near");
    Dataset<Row> marked =
        res.persist(
            cfg.nearDuplicates
                ? NearDuplicates.mark(exact, stored, cfg.nearJaccard, cfg.seed, res.storage())
                : exact);
    Dataset<Row> duplicates =
        res.persist(
            marked
                .filter(col(DUPLICATE_OF).isNotNull())
                .select(
                    col(RECORD_SOURCE).as("source"),
                    col(ARTICLE_ID),
                    col(DUPLICATE_OF),
                    col(DUPLICATE_KIND).as("kind"),
                    lit(run.runId()).as(RUN_ID)));
    BatchAccounting batch = BatchAccounting.of(recordsRead, quarantine, marked, duplicates);
    res.release(cleaned);
    if (exact != marked) {
      res.release(exact);
    }
    return batch;
  }

  /**
   * Months, scheme and region mentions and terms of every article, in balanced partitions; cached.
   */
  private Dataset<Row> analyze(
      Dataset<Row> articles, Broadcast<SharedCore.Gazetteers> gazetteers, RunResources res) {
    Dataset<Row> balanced =
        articles
            .repartition(res.shufflePartitions(), col(ARTICLE_ID))
            .sortWithinPartitions(ARTICLE_ID);
    res.step("analyze: months, schemes and regions, terms");
    return res.persist(ArticleTerms.of(ArticleMentions.of(ArticleMonths.of(balanced), gazetteers)));
  }
}
