package org.msmepulse.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.SchemeGazetteer;
import org.msmepulse.stages.Analyze;
import org.msmepulse.stages.ArticleRegions;
import org.msmepulse.stages.ArticleSchemes;
import org.msmepulse.stages.CoreObjects;
import org.msmepulse.stages.Deduplicate;
import org.msmepulse.stages.Extract;
import org.msmepulse.stages.Features;
import org.msmepulse.stages.KeywordsByMonth;
import org.msmepulse.stages.NearDuplicates;
import org.msmepulse.stages.Lookups;
import org.msmepulse.stages.Prepare;
import org.msmepulse.stages.RegionsByMonth;
import org.msmepulse.stages.ResolveMonth;
import org.msmepulse.stages.SchemeRegionsByMonth;
import org.msmepulse.stages.SchemesByMonth;
import org.msmepulse.stages.TopicSweep;
import org.msmepulse.stages.Topics;
import org.msmepulse.stages.TopicsByMonth;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch job, stage by stage. Data flows one way: the batch is read, prepared (cleaned,
 * quarantined, deduplicated) and merged with the warehouse's articles; then every derived column
 * and table is recomputed from that one set of articles (month, schemes and regions, terms, the
 * TF-IDF + LDA pipeline, the monthly tables), so a run on A then B equals one run on A and B, and
 * the same input twice leaves the same tables. Nothing is written until everything is computed;
 * the accounting {@code records_read = articles + duplicates + quarantined} is checked first.
 * Concurrent runs on one warehouse are safe: after writing, a run checks that the articles are still
 * the ones its tables were computed from, and recomputes and writes again when another run changed
 * them in between ({@code warehouse.commit_attempts}). Tables that gathered many small files are
 * compacted last ({@code warehouse.optimize_min_files}).
 */
public final class PulseJob {
  private static final Logger LOG = LoggerFactory.getLogger(PulseJob.class);

  /** The columns an article keeps between runs; everything else is derived from them. */
  static final String[] BASE = {"article_id", "source_id", "title", "url", "source", "published_raw", "text",
      "language", "content_hash", "record_source", "boilerplate_lines", "repeated_sentences", "run_id", "ingested_at"};

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
    long t0 = System.currentTimeMillis();
    Instant started = Instant.now();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
    Warehouse wh = new Warehouse(spark, cfg.warehouse);
    List<Ingest.Input> resolved = inputs.isEmpty() ? List.of() : Ingest.resolve(spark, inputs, cfg.inputFormat);
    // Whatever can refuse the run (paths, formats, CSV headers, the gazetteers) is checked before
    // --rebuild clears a single table: a refused run leaves the warehouse as it was.
    Dataset<Row> raw = inputs.isEmpty() ? Ingest.sample(spark) : Ingest.read(spark, resolved, cfg.textGlob);
    SchemeGazetteer schemes = SchemeGazetteer.load(cfg.gazetteerDir);
    RegionGazetteer regions = RegionGazetteer.load(cfg.gazetteerDir);
    if (rebuild) {
      // Every record is read before a table is cleared: input that fails only when its data is read
      // (a Parquet file whose footer is sound but whose pages are damaged) then stops the run with
      // the warehouse as it was. The cached records are the attempt's input, so nothing is read twice.
      raw = raw.persist(StorageLevel.MEMORY_AND_DISK());
      raw.count();
      wh.clear();
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<CoreObjects.Gazetteers> gazetteers = jsc.broadcast(new CoreObjects.Gazetteers(schemes, regions));
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return attempt(inputs, raw, topics, runId, started, t0, wh, schemes, regions, gazetteers, attempt);
        } catch (RuntimeException e) {
          if (!isConcurrentChange(e) || attempt >= cfg.commitAttempts) {
            throw e;
          }
          LOG.warn("run {}: attempt {} of {} met a concurrent change to the warehouse ({}); recomputing from the "
              + "warehouse as it is now", runId, attempt, cfg.commitAttempts, firstLine(e));
        }
      }
    } finally {
      gazetteers.destroy();
      raw.unpersist();
    }
  }

  /**
   * One attempt: read the warehouse's articles as they are now, compute every table from them and the
   * batch, write, then check that the articles are still the ones the tables were computed from.
   * A concurrent run that changed them in between makes the check (or a Delta write) fail with a
   * concurrent-change error, and the caller runs the attempt again: the batch's articles are then
   * in the warehouse already and merge as unchanged, so a retry never doubles a row.
   */
  private RunSummary attempt(List<String> inputs, Dataset<Row> raw, Integer topics, String runId,
      Instant started, long t0, Warehouse wh, SchemeGazetteer schemes, RegionGazetteer regions,
      Broadcast<CoreObjects.Gazetteers> gazetteers, int attempt) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    List<Dataset<Row>> cached = new ArrayList<>();
    String shufflePartitions = spark.conf().get(SHUFFLE_PARTITIONS);
    try {
      // Prepare the batch. Each cached copy of the texts is dropped as soon as the next one is
      // materialized (the quarantine and duplicate rows, which are written last, are cached on their
      // own): at a million articles every copy is gigabytes.
      describe("prepare: read, clean, quarantine");
      Dataset<Row> prepared = persist(Prepare.apply(raw, cfg), cached);
      long recordsRead = prepared.count();
      Dataset<Row> quarantine = persist(prepared.filter(col("reject_reason").isNotNull())
          .select(col("record_source").as("source"), col("reject_reason").as("reason"), col("raw_excerpt"),
              lit(runId).as("run_id")), cached);
      long quarantined = quarantine.count();
      Dataset<Row> existing = wh.exists(Tables.ARTICLES) ? wh.read(Tables.ARTICLES) : null;
      // Shuffles of whole articles get partitions of at most ARTICLES_PER_PARTITION articles: the
      // configured count (8 locally) made partitions of 25,000 articles at 200,000, and a 4 GB driver
      // ran out of heap analyzing two of them at once. The setting is raised for this run only.
      long total = recordsRead + (existing == null ? 0 : existing.count());   // Delta counts from its log
      int partitions = Math.max(Integer.parseInt(shufflePartitions), (int) Math.min(100_000, (total + ARTICLES_PER_PARTITION - 1)
          / ARTICLES_PER_PARTITION));
      // A cached copy of the articles that would fill more than a quarter of the heap goes to local disk
      // (the OS page cache still serves it from memory when it can): held in the heap, the copies left
      // too little execution memory, and a 4 GB driver failed an aggregation at 200,000 articles
      // (AGGREGATE_OUT_OF_MEMORY; Spark never evicts cached blocks below half its unified memory).
      storage = total * CACHED_BYTES_PER_ARTICLE > Runtime.getRuntime().maxMemory() / 4
          ? StorageLevel.DISK_ONLY() : StorageLevel.MEMORY_AND_DISK();
      if (storage.equals(StorageLevel.DISK_ONLY())) {
        LOG.info("run {}: {} articles are cached on local disk, not in the heap", runId, total);
      }
      if (partitions > Integer.parseInt(shufflePartitions)) {
        LOG.info("run {}: {} shuffle partitions for {} articles (configured: {})", runId, partitions, total, shufflePartitions);
        spark.conf().set(SHUFFLE_PARTITIONS, partitions);
      }
      describe("duplicates: exact");
      Dataset<Row> exact = persist(Deduplicate.apply(
          prepared.filter(col("reject_reason").isNull())
              .withColumnRenamed("clean_text", "text")
              .withColumnRenamed("published", "published_raw")
              .withColumn("run_id", lit(runId))
              .withColumn("ingested_at", lit(Timestamp.from(started))),
          existing), cached);
      describe("duplicates: near");
      Dataset<Row> batch = persist(cfg.nearDuplicates
          ? NearDuplicates.apply(exact, existing, cfg.nearJaccard, cfg.seed, storage) : exact, cached);
      Dataset<Row> duplicates = persist(batch.filter(col("duplicate_of").isNotNull())
          .select(col("record_source").as("source"), col("article_id"), col("duplicate_of"), col("duplicate_kind").as("kind"),
              lit(runId).as("run_id")), cached);
      long duplicateCount = duplicates.count();
      release(prepared, cached);
      if (exact != batch) {
        release(exact, cached);
      }
      Dataset<Row> batchArticles = batch.filter(col("duplicate_of").isNull()).select(cols(BASE));
      long articles = batchArticles.count();
      if (recordsRead != articles + duplicateCount + quarantined) {
        throw new IllegalStateException("record accounting failed: read " + recordsRead + " but " + articles
            + " articles + " + duplicateCount + " duplicates + " + quarantined + " quarantined");
      }

      // All articles: the warehouse's, with this batch's versions replacing theirs. An article read
      // again unchanged keeps its stored row (and the run that first wrote it).
      Dataset<Row> base = batchArticles;
      if (existing != null) {
        Dataset<Row> stored = existing.select(cols(BASE));
        Dataset<Row> unchanged = batchArticles.join(stored.select("article_id", "content_hash", "title", "url", "source",
            "published_raw"), new String[] {"article_id", "content_hash"}, "left_semi");
        Dataset<Row> changed = batchArticles.join(unchanged.select("article_id"), new String[] {"article_id"}, "left_anti");
        base = stored.join(changed.select("article_id"), new String[] {"article_id"}, "left_anti").unionByName(changed);
      }
      // Balanced partitions for the per-article stages, independent of how the input files were split.
      base = base.repartition(partitions, col("article_id")).sortWithinPartitions("article_id");
      Dataset<Row> all = ResolveMonth.apply(base.withColumn("published", col("published_raw")).withColumnRenamed("text", "clean_text"));
      all = Extract.apply(all, gazetteers).withColumnRenamed("clean_text", "text");
      describe("analyze: months, schemes and regions, terms");
      Dataset<Row> analyzed = persist(Analyze.apply(all, "text"), cached);
      long documents = analyzed.count();
      release(batch, cached);
      LOG.info("{} records read: {} articles, {} duplicates, {} quarantined; {} articles in the warehouse after this run",
          recordsRead, articles, duplicateCount, quarantined, documents);

      // TF-IDF and topics.
      describe("topics: TF-IDF and LDA");
      String modelPath = wh.path(Tables.MODEL_DIR) + "/pipeline";
      boolean reuse = !cfg.refitTopics && modelExists(modelPath);
      Features.Fitted fitted;
      if (reuse) {
        fitted = Features.load(modelPath);
      } else if (topics == null && !cfg.sweep.isEmpty()) {
        // K chosen by coherence; an explicit --topics K skips the sweep.
        TopicSweep.Result sweep = TopicSweep.run(analyzed, documents, cfg, cfg.sweep);
        fitted = sweep.best();
        for (TopicSweep.Candidate c : sweep.candidates()) {
          String p = "sweep.k" + c.k() + ".";
          metrics.put(p + "coherence_npmi_mean", c.coherenceNpmi());
          metrics.put(p + "topic_diversity", c.diversity());
          metrics.put(p + "log_perplexity", c.logPerplexity());
          metrics.put(p + "seconds", c.seconds());
        }
      } else {
        fitted = Features.fit(analyzed, documents, cfg, topics);
      }
      metrics.put("model_refit", reuse ? 0.0 : 1.0);
      describe("topics: scoring, terms, coherence");
      Dataset<Row> scored = persist(Topics.withDominantTopic(fitted.model().transform(analyzed)), cached);
      Topics.Described described = Topics.describe(spark, fitted, scored, analyzed, cfg.topTerms, cfg.coherenceTerms,
          cfg.termRanking, runId);
      Features.GoodnessOfFit fit = Features.goodnessOfFit(fitted.lda(), scored);
      metrics.put("log_perplexity", fit.logPerplexity());
      metrics.put("log_likelihood", fit.logLikelihood());
      metrics.put("topic_diversity", described.diversity());
      metrics.put("coherence_npmi_mean", java.util.Arrays.stream(described.coherence()).average().orElse(0));
      metrics.put("vocabulary_size", (double) fitted.vocabulary().length);
      metrics.put("subsampling_rate", fitted.subsamplingRate());
      metrics.put("min_df", (double) fitted.minDf());
      if (!reuse) {
        saveModel(fitted, modelPath, runId);
      }

      // Derived tables.
      Dataset<Row> articlesOut = scored.select(col("article_id"), col("source_id"), col("title"), col("url"), col("source"),
          col("published"), col("month"), col("month_source"), col("month_evidence"), col("language"), col("text"),
          col("token_count"), col("dominant_topic"), col("schemes"), col("regions"), col("content_hash"),
          col("record_source"), col("boilerplate_lines"), col("repeated_sentences"), col("published_raw"),
          col("run_id"), col("ingested_at"));
      Dataset<Row> articleSchemes = ArticleSchemes.of(articlesOut);
      Dataset<Row> articleRegions = ArticleRegions.of(articlesOut);
      Dataset<Row> articleTopics = Topics.articleTopics(scored);
      Dataset<Row> schemeRegions = SchemeRegionsByMonth.of(articleSchemes, articleRegions);
      Dataset<Row> schemesByMonth = SchemesByMonth.of(articleSchemes, schemeRegions, Lookups.schemes(spark, schemes));
      Dataset<Row> regionsByMonth = RegionsByMonth.of(articleRegions, articleSchemes, Lookups.states(spark, regions),
          Lookups.districts(spark, regions));
      Dataset<Row> topicsByMonth = TopicsByMonth.of(scored);
      Dataset<Row> keywords = KeywordsByMonth.of(spark, scored, fitted.vocabulary(), cfg.keywordsPerMonth, analyzed);

      // Writes: the articles first, then the other tables side by side, the run's own row last. Each
      // write is one Delta commit: a crash between two leaves every table at a committed version, and the
      // next run recomputes all of them from the articles, so it completes what this one began.
      LOG.info("run {}: writing the tables to {}", runId, wh.location());
      describe("write tables");
      Map<String, Long> versions = new LinkedHashMap<>();
      // One data file per ARTICLES_PER_FILE articles for the article-level tables: one per shuffle
      // partition (40 at 200,000 articles) made every table "fragmented", and compacting them took
      // another 43 s.
      int files = (int) Math.max(1, (documents + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE);
      versions.put(Tables.ARTICLES, wh.merge(Tables.ARTICLES, articlesOut.coalesce(files), "article_id",
          List.of("run_id", "ingested_at")));
      Map<String, Callable<Long>> rest = new LinkedHashMap<>();
      rest.put(Tables.ARTICLE_SCHEMES, () -> wh.overwrite(Tables.ARTICLE_SCHEMES, articleSchemes.coalesce(files)));
      rest.put(Tables.ARTICLE_REGIONS, () -> wh.overwrite(Tables.ARTICLE_REGIONS, articleRegions.coalesce(files)));
      rest.put(Tables.ARTICLE_TOPICS, () -> wh.overwrite(Tables.ARTICLE_TOPICS, articleTopics.coalesce(files)));
      rest.put(Tables.TOPICS, () -> wh.overwrite(Tables.TOPICS, described.topics()));
      rest.put(Tables.SCHEMES_BY_MONTH, () -> wh.overwrite(Tables.SCHEMES_BY_MONTH, schemesByMonth));
      rest.put(Tables.REGIONS_BY_MONTH, () -> wh.overwrite(Tables.REGIONS_BY_MONTH, regionsByMonth));
      rest.put(Tables.SCHEME_REGIONS_BY_MONTH, () -> wh.overwrite(Tables.SCHEME_REGIONS_BY_MONTH, schemeRegions));
      rest.put(Tables.TOPICS_BY_MONTH, () -> wh.overwrite(Tables.TOPICS_BY_MONTH, topicsByMonth));
      rest.put(Tables.KEYWORDS_BY_MONTH, () -> wh.overwrite(Tables.KEYWORDS_BY_MONTH, keywords));
      rest.put(Tables.QUARANTINE, () -> wh.insertNew(Tables.QUARANTINE, quarantine, "source", "reason"));
      rest.put(Tables.DUPLICATES, () -> wh.insertNew(Tables.DUPLICATES, duplicates, "source", "duplicate_of"));
      versions.putAll(writeSideBySide(rest));
      describe("check: no concurrent change");
      requireArticlesUnchanged(wh, analyzed, runId);
      metrics.put("attempts", (double) attempt);

      long duration = System.currentTimeMillis() - t0;
      List<String> inputNames = inputs.isEmpty() ? List.of("builtin:" + Ingest.SAMPLE_RESOURCE) : inputs;
      Row run = RowFactory.create(runId, Timestamp.from(started), new Timestamp(System.currentTimeMillis()),
          inputNames.toArray(new String[0]), recordsRead, articles, duplicateCount, quarantined, documents,
          fitted.k(), metrics.get("log_perplexity"), metrics.get("topic_diversity"), metrics.get("coherence_npmi_mean"),
          scala.jdk.javaapi.CollectionConverters.asScala(versions), scala.jdk.javaapi.CollectionConverters.asScala(metrics),
          duration);
      wh.append(Tables.RUNS, spark.createDataFrame(List.of(run), RUNS_SCHEMA));
      LOG.info("run {}: all tables written", runId);
      describe("compact small files");
      compactSmallFiles(wh);
      return new RunSummary(runId, wh.location(), recordsRead, articles, duplicateCount, quarantined, documents, fitted.k(),
          duration, metrics, versions);
    } finally {
      spark.conf().set(SHUFFLE_PARTITIONS, shufflePartitions);
      spark.sparkContext().setJobDescription(null);
      for (Dataset<Row> d : cached) {
        d.unpersist();
      }
    }
  }

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  /** Articles per data file of the article-level tables (about 180 MB of articles' Parquet). */
  static final long ARTICLES_PER_FILE = 50_000;
  /** Cached bytes per article of a copy of the articles with their derived columns (measured: 2.6 GB at 200,000). */
  static final long CACHED_BYTES_PER_ARTICLE = 13_000;

  /** How this attempt caches the copies of the articles; see {@link #attempt}. */
  private StorageLevel storage = StorageLevel.MEMORY_AND_DISK();
  /** The most articles a shuffle partition gets (about 15 MB of text); see {@link #attempt}. */
  static final long ARTICLES_PER_PARTITION = 5_000;

  /** Table writes run side by side (see {@link #writeSideBySide}). */
  static final int WRITE_THREADS = 4;

  /**
   * Writes independent tables side by side and returns their versions in the order given. A table
   * write is mostly driver work around a short Spark job (planning, the Delta commit, the new
   * snapshot): one at a time, 11 writes left the cores idle for most of the 30 s they took at 20,000
   * articles. Each table is still written in one commit; after all have finished, the first failure
   * is rethrown as it was thrown (a concurrent change is then retried like any other).
   */
  private static Map<String, Long> writeSideBySide(Map<String, Callable<Long>> writes) {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(WRITE_THREADS, r -> {
      Thread t = new Thread(r, "msme-pulse-write-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, Future<Long>> futures = new LinkedHashMap<>();
      writes.forEach((table, write) -> futures.put(table, pool.submit(write)));
      Map<String, Long> versions = new LinkedHashMap<>();
      RuntimeException failure = null;
      for (Map.Entry<String, Future<Long>> f : futures.entrySet()) {
        try {
          versions.put(f.getKey(), f.getValue().get());
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() instanceof RuntimeException r ? r
                : new IllegalStateException("writing " + f.getKey() + " failed: " + e.getCause(), e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the tables", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return versions;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The articles table no longer holds the articles this attempt computed its tables from. */
  static final class ConcurrentRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConcurrentRunException(String message) {
      super(message);
    }
  }

  /**
   * The check that makes concurrent runs safe. Every derived table was computed from one set of
   * articles ({@code article_id}, {@code content_hash}); if the articles table now holds another set,
   * a concurrent run merged in between and the tables just written may lack its articles (or it may
   * overwrite ours with tables lacking ours): this attempt fails and is retried, and so is the other
   * run's, until the last writer of every table wrote it from the articles the table holds.
   */
  private static void requireArticlesUnchanged(Warehouse wh, Dataset<Row> computedFrom, String runId) {
    Dataset<Row> basis = computedFrom.select("article_id", "content_hash");
    Dataset<Row> now = wh.read(Tables.ARTICLES).select("article_id", "content_hash");
    long missing = basis.exceptAll(now).count();
    long extra = now.exceptAll(basis).count();
    if (missing + extra > 0) {
      throw new ConcurrentRunException("run " + runId + ": the articles table changed while the run computed its tables ("
          + extra + " articles added or changed, " + missing + " replaced)");
    }
  }

  /** A Delta write conflict (io.delta.exceptions.Concurrent*Exception and friends) or a failed articles check. */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConcurrentRunException || t instanceof org.apache.spark.sql.delta.DeltaConcurrentModificationException) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
  }

  /**
   * OPTIMIZE on the tables that gathered many small files (rewriting those only); a conflict with a
   * concurrent run skips it.
   */
  private void compactSmallFiles(Warehouse wh) {
    if (cfg.optimizeMinFiles <= 0) {
      return;
    }
    for (String t : Tables.ALL) {
      try {
        if (wh.optimizeIfFragmented(t, cfg.optimizeMinFiles, cfg.smallFileBytes)) {
          LOG.info("compacted the small files of {}", t);
        }
      } catch (RuntimeException e) {
        if (!isConcurrentChange(e)) {
          throw e;
        }
        LOG.warn("OPTIMIZE of {} skipped: a concurrent run changed it ({})", t, firstLine(e));
      }
    }
  }

  /**
   * Saves the fitted pipeline beside the warehouse: written to a folder of its own first, then moved
   * into place, so a concurrent run saving its model never interleaves files with ours.
   */
  private void saveModel(Features.Fitted fitted, String modelPath, String runId) {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(modelPath);
    org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(target.getParent(), ".pipeline-" + runId);
    try {
      org.apache.hadoop.fs.FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fitted.fromText().write().overwrite().save(staging.toString());
      fs.delete(target, true);
      if (!fs.rename(staging, target) || fs.exists(new org.apache.hadoop.fs.Path(target, staging.getName()))) {
        // a concurrent run moved its model in first; theirs stays
        fs.delete(staging, true);
        fs.delete(new org.apache.hadoop.fs.Path(target, staging.getName()), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the topic model: " + e.getMessage(), e);
    }
  }

  static final StructType RUNS_SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("started_at", DataTypes.TimestampType, false)
      .add("finished_at", DataTypes.TimestampType, false)
      .add("inputs", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("records_read", DataTypes.LongType, false)
      .add("articles", DataTypes.LongType, false)
      .add("duplicates", DataTypes.LongType, false)
      .add("quarantined", DataTypes.LongType, false)
      .add("articles_total", DataTypes.LongType, false)
      .add("topics_k", DataTypes.IntegerType, false)
      .add("log_perplexity", DataTypes.DoubleType)
      .add("topic_diversity", DataTypes.DoubleType)
      .add("coherence_npmi_mean", DataTypes.DoubleType)
      .add("table_versions", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
      .add("metrics", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
      .add("duration_ms", DataTypes.LongType, false);

  private boolean modelExists(String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path, "metadata");
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      return false;
    }
  }

  /** Names the Spark jobs that follow in the UI and event log, by the step of the run. */
  private void describe(String step) {
    spark.sparkContext().setJobDescription("msme-pulse: " + step);
  }

  /** Unpersists a cached Dataset whose dependents are materialized (they keep their own blocks). */
  private static void release(Dataset<Row> d, List<Dataset<Row>> cached) {
    d.unpersist();
    cached.remove(d);
  }

  private Dataset<Row> persist(Dataset<Row> d, List<Dataset<Row>> cached) {
    // A stage may hand back a Dataset it persisted itself (NearDuplicates materializes its result):
    // adopt it, so it is unpersisted with the run's other caches, without caching it a second time.
    Dataset<Row> p = d.storageLevel().equals(StorageLevel.NONE()) ? d.persist(storage) : d;
    cached.add(p);
    return p;
  }

  private static org.apache.spark.sql.Column[] cols(String... names) {
    org.apache.spark.sql.Column[] out = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }
}
