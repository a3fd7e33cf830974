package org.msmepulse.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.DOMINANT_TOPIC;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_KIND;
import static org.msmepulse.warehouse.ArticleColumns.DUPLICATE_OF;
import static org.msmepulse.warehouse.ArticleColumns.INGESTED_AT;
import static org.msmepulse.warehouse.ArticleColumns.MONTH;
import static org.msmepulse.warehouse.ArticleColumns.REGIONS;
import static org.msmepulse.warehouse.ArticleColumns.REJECT_REASON;
import static org.msmepulse.warehouse.ArticleColumns.RUN_ID;
import static org.msmepulse.warehouse.ArticleColumns.SCHEMES;
import static org.msmepulse.warehouse.ArticleColumns.TERM_COUNTS;
import static org.msmepulse.warehouse.ArticleColumns.TOPIC_MODEL;
import static org.msmepulse.warehouse.ArticleColumns.TOPIC_WEIGHTS;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.stages.SharedCore;
import org.msmepulse.stages.analyze.ArticleMentions;
import org.msmepulse.stages.analyze.ArticleMonths;
import org.msmepulse.stages.analyze.ArticleTerms;
import org.msmepulse.stages.prepare.ArticleChanges;
import org.msmepulse.stages.prepare.BatchAccounting;
import org.msmepulse.stages.prepare.CleanedRecords;
import org.msmepulse.stages.prepare.ExactDuplicates;
import org.msmepulse.stages.prepare.NearDuplicates;
import org.msmepulse.stages.prepare.StoredKeys;
import org.msmepulse.stages.tables.ArticleTopics;
import org.msmepulse.stages.tables.DerivedTables;
import org.msmepulse.stages.tables.TermStats;
import org.msmepulse.stages.tables.TopicsTable;
import org.msmepulse.stages.topics.TopicFit;
import org.msmepulse.stages.topics.TopicModel;
import org.msmepulse.stages.topics.TopicQuality;
import org.msmepulse.stages.topics.Vocabulary;
import org.msmepulse.warehouse.ArticleColumns;
import org.msmepulse.warehouse.ModelStore;
import org.msmepulse.warehouse.RunWrites;
import org.msmepulse.warehouse.SeenBatches;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;
import org.msmepulse.warehouse.WarehouseState;

/** The steps of one attempt of a run, in the order {@link PulseJob} takes them. */
final class RunSteps {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunSteps.class);

  /** Above this many months, the monthly tables are replaced whole rather than by month. */
  static final int KEY_LIST_LIMIT = 20_000;

  /**
   * Above this many articles, the article-level tables are replaced whole (and every month
   * computed) rather than by a list of ids. Delta's replaceWhere cost grows faster than its list:
   * into a 20,000-article warehouse the writes took 12.7 s for 1,000 new articles and 63 s for
   * 10,000, where the whole tables are written in about 17 s.
   */
  static final int ID_LIST_LIMIT = 2_000;

  /** {@link #ID_LIST_LIMIT}, lowered by tests to take the whole-table path on a few articles. */
  static volatile int idListLimit = ID_LIST_LIMIT;

  private final SparkSession spark;
  private final JobConfig cfg;
  private final Warehouse wh;
  private final WarehouseState state;
  private final RunRecord run;
  private final RunResources res;
  private final Broadcast<SharedCore.Gazetteers> gazetteers;
  private final ModelStore models;

  /** Whether {@link #prepare} found every batch record a stored article as stored. */
  private boolean onlyUnchanged;

  /**
   * The stored articles (not analyzed) that {@link #toScore} scores with a kept model because
   * another model scored them, or null when there are none.
   */
  private Dataset<Row> storedScored;

  RunSteps(
      SparkSession spark,
      JobConfig cfg,
      Warehouse wh,
      WarehouseState state,
      RunRecord run,
      RunResources res,
      Broadcast<SharedCore.Gazetteers> gazetteers) {
    this.spark = spark;
    this.cfg = cfg;
    this.wh = wh;
    this.state = state;
    this.run = run;
    this.res = res;
    this.gazetteers = gazetteers;
    this.models = new ModelStore(spark, wh);
  }

  /**
   * What a run derives from its articles.
   *
   * @param articles the rows to MERGE into the articles table (new, changed or scored again)
   * @param current the articles of the months computed after the run (every article when {@code
   *     months} is null)
   * @param analyzedIds the articles analyzed, or null when their rows are replaced whole
   * @param scoredIds the articles scored, or null when every article was
   * @param months the months touched, or null for every month
   * @param onlyNew whether every article analyzed and scored is new to the warehouse (its
   *     article-level rows are then appended: none is stored)
   */
  record Derived(
      Dataset<Row> articles,
      Dataset<Row> current,
      Dataset<Row> analyzed,
      List<String> analyzedIds,
      Dataset<Row> scores,
      List<String> scoredIds,
      List<String> months,
      Map<String, Dataset<Row>> monthly,
      Dataset<Row> termStats,
      Dataset<Row> topicsTable,
      TopicFit topics,
      long documents,
      boolean onlyNew) {}

  /** Cleans the batch, sizes the run, and sets quarantined records and duplicates apart. */
  BatchAccounting prepare(Dataset<Row> raw) {
    res.step("prepare: read, clean, quarantine");
    Dataset<Row> cleaned = res.persist(CleanedRecords.of(raw, cfg));
    long recordsRead = cleaned.count();
    res.rows(recordsRead, "records");
    Dataset<Row> quarantine = res.persist(BatchAccounting.quarantine(cleaned, run.runId()));
    res.size(recordsRead + state.articleCount());
    res.step("duplicates: exact");
    Dataset<Row> accepted =
        cleaned
            .filter(col(REJECT_REASON).isNull())
            .withColumn(RUN_ID, lit(run.runId()))
            .withColumn(INGESTED_AT, lit(Timestamp.from(run.started())));
    Dataset<Row> stored = state.articles();
    // a small batch's shared stored keys, read once for both questions below
    StoredKeys shared = StoredKeys.of(accepted, stored);
    onlyUnchanged =
        !state.needsFullDerive()
            && (shared != null
                ? shared.onlyUnchanged()
                : ArticleChanges.onlyUnchanged(accepted, stored));
    Dataset<Row> exact =
        res.persist(
            onlyUnchanged
                ? NearDuplicates.withBandKeys(accepted)
                    .withColumn(DUPLICATE_OF, lit(null).cast("string"))
                    .withColumn(DUPLICATE_KIND, lit(null).cast("string"))
                : ExactDuplicates.mark(
                    NearDuplicates.withBandKeys(accepted),
                    shared != null ? shared.asDataset() : stored));
    Dataset<Row> marked = exact;
    if (onlyUnchanged) {
      LOG.info("every record is a stored article as stored: no duplicate to look for");
    } else if (cfg.nearDuplicates) {
      res.step("duplicates: near");
      Dataset<Row> forNear =
          stored == null || state.analysisKept() ? stored : NearDuplicates.withBandKeys(stored);
      marked = res.persist(NearDuplicates.mark(exact, forNear, cfg.nearJaccard, res.storage()));
    }
    Dataset<Row> duplicates = res.persist(BatchAccounting.duplicates(marked, run.runId()));
    BatchAccounting batch = BatchAccounting.of(recordsRead, quarantine, marked, duplicates);
    res.release(cleaned);
    if (exact != marked) {
      res.release(exact);
    }
    return batch;
  }

  /** The batch's new and changed articles, and the stored ones matched with another gazetteer. */
  ArticleChanges changes(BatchAccounting batch) {
    res.step("changes: new, changed and stale articles");
    ArticleChanges c =
        onlyUnchanged
            ? ArticleChanges.ofUnchanged(
                batch.articles(),
                batch.articleCount(),
                state.articles(),
                gazetteers.value().hash(),
                !state.analysisKept())
            : ArticleChanges.of(
                batch.articles(),
                state.articles(),
                gazetteers.value().hash(),
                !state.analysisKept());
    LOG.info(
        "{} records read: {} articles, {} duplicates, {} quarantined; {} articles in the warehouse"
            + " after this run ({} new, {} changed, {} matched again)",
        batch.recordsRead(),
        batch.articleCount(),
        batch.duplicateCount(),
        batch.quarantined(),
        state.articleCount() + c.added(),
        c.added(),
        c.changed(),
        c.rematched());
    res.rows(c.added() + c.changed() + c.rematched(), "articles to analyze");
    return c;
  }

  /**
   * Whether the run has nothing to derive: no article is new, changed or stale, the tables are
   * trusted, and the topic model is neither due for a refit nor missing from a stored article.
   */
  boolean nothingToDerive(ArticleChanges changes, boolean full) {
    if (state.articles() == null) {
      return changes.added() == 0; // a first run whose every record was set aside
    }
    if (full || !changes.none()) {
      return false;
    }
    ModelStore.Info info = models.exists() ? models.info() : null;
    TopicFit.Request request = run.topics();
    Integer k = TopicFit.requestedK(request, cfg);
    if (TopicFit.refitReason(info, k, state.articleCount(), request, cfg) != null) {
      return false;
    }
    return state.articles().filter(staleModel(info.version())).limit(1).count() == 0;
  }

  /**
   * Months, scheme and region mentions and terms of the articles to analyze (not yet scored);
   * cached.
   */
  Dataset<Row> analyze(ArticleChanges changes) {
    res.step("analyze: months, schemes and regions, terms");
    Dataset<Row> balanced =
        changes
            .toAnalyze()
            .repartition(res.shufflePartitions(), col(ARTICLE_ID))
            .sortWithinPartitions(ARTICLE_ID);
    Dataset<Row> analyzed =
        res.persist(
            ArticleTerms.of(ArticleMentions.of(ArticleMonths.of(balanced), gazetteers))
                .withColumn(TOPIC_WEIGHTS, lit(null).cast("array<double>"))
                .withColumn(DOMINANT_TOPIC, lit(null).cast("int"))
                .withColumn(TOPIC_MODEL, lit(null).cast("string")));
    res.rows(analyzed.count(), "articles analyzed");
    changes.release();
    return analyzed;
  }

  /** The corpus after the run: every article's terms, the term statistics, the article count. */
  private record Corpus(
      Dataset<Row> terms, Dataset<Row> termStats, Dataset<Row> stats, long documents) {}

  /** Term statistics, topics, and the rows of every table the run writes. */
  Derived derive(Dataset<Row> analyzed, ArticleChanges changes, boolean full) {
    Corpus corpus = corpus(analyzed, changes, full);
    res.step("topics: score or fit");
    TopicFit topics =
        TopicFit.of(
            corpus.terms(),
            toScore(analyzed),
            corpus.stats(),
            corpus.documents(),
            run.topics(),
            cfg,
            models,
            run.runId());
    Dataset<Row> scores = res.persist(topics.scores());
    // Tables replaced whole when the run touches too many articles to list: then every month too,
    // since the whole-table rows come from the articles of the months computed.
    List<String> analyzedIds = full ? null : ids(analyzed);
    List<String> scoredIds = full || topics.everyArticle() ? null : ids(scores);
    List<String> months =
        analyzedIds == null || scoredIds == null ? null : months(analyzed, changes);
    res.step("monthly tables");
    if (months != null) {
      res.rows(months.size(), "months");
    }
    // the articles after the run, of the months touched: read once for the monthly tables, and
    // again for the article-level tables only when those are replaced whole (then cached)
    Dataset<Row> current = current(analyzed, scores, months);
    if (months == null) {
      current = res.persist(current);
    }
    return new Derived(
        changedRows(analyzed, scores, topics.everyArticle()),
        current,
        analyzed,
        analyzedIds,
        scores,
        scoredIds,
        months,
        monthly(current, corpus),
        corpus.termStats(),
        topicsTable(topics, corpus.terms(), corpus.stats(), full),
        topics,
        corpus.documents(),
        !full
            && changes.changed() + changes.rematched() == 0
            && !topics.everyArticle()
            && storedScored == null);
  }

  /**
   * The term statistics after the run: computed from every article's terms when deriving every
   * table, else the stored ones updated by the run's difference ({@code termStats}: the rows to
   * write; {@code stats}: the whole table after the run).
   */
  private Corpus corpus(Dataset<Row> analyzed, ArticleChanges changes, boolean full) {
    Dataset<Row> terms = terms(analyzed);
    res.step("term statistics");
    Dataset<Row> termStats =
        res.persist(
            full
                ? TermStats.of(terms, state.articleCount() + changes.added())
                : TermStats.updated(state.termStats(), analyzed, replacedVersions(changes)));
    Dataset<Row> stats =
        full ? termStats : res.persist(TermStats.after(state.termStats(), termStats));
    return new Corpus(terms, termStats, stats, state.articleCount() + changes.added());
  }

  /** The monthly tables of some months (null: every month) from their articles after the run. */
  private Map<String, Dataset<Row>> monthly(Dataset<Row> current, Corpus corpus) {
    String[] vocabulary = Vocabulary.of(corpus.stats(), corpus.documents(), cfg).terms();
    return DerivedTables.monthly(
        spark, current, corpus.stats(), vocabulary, corpus.documents(), gazetteers.value(), cfg);
  }

  /** The writes of a run that derived {@code d}. */
  RunWrites writes(Derived d, boolean full, RunWrites w) {
    int files = RunSizing.files(d.documents());
    w.articles(d.articles(), files);
    // the term statistics' MERGE is the longest of the side-by-side writes: it starts first
    w.termStats(d.termStats().coalesce(1), !full);
    // Rows of some articles or months are few: one data file; whole article-level tables: `files`.
    Map<String, Dataset<Row>> mentions =
        DerivedTables.mentions(d.analyzedIds() == null ? d.current() : d.analyzed());
    mentions.forEach(
        (table, rows) ->
            articleRows(
                w, d, table, rows.coalesce(d.analyzedIds() == null ? files : 1), d.analyzedIds()));
    Dataset<Row> topicRows = ArticleTopics.of(d.scoredIds() == null ? d.current() : d.scores());
    articleRows(
        w,
        d,
        Tables.ARTICLE_TOPICS,
        topicRows.coalesce(d.scoredIds() == null ? files : 1),
        d.scoredIds());
    // the monthly tables are small: the months kept are read and written back with the new ones
    d.monthly()
        .forEach(
            (table, rows) -> {
              if (d.months() == null) {
                w.replace(table, rows.coalesce(1));
              } else {
                w.rewriteWhere(table, rows.coalesce(1), RunWrites.in(MONTH, d.months()));
              }
            });
    if (d.topicsTable() != null) {
      w.replace(Tables.TOPICS, d.topicsTable());
    }
    return w;
  }

  /** Writes, then the run's row, then compaction. */
  RunSummary finish(BatchAccounting batch, ArticleChanges changes, Derived d, RunWrites writes) {
    res.step("write tables");
    LOG.info("run {}: writing the tables to {}", run.runId(), wh.location());
    Map<String, Long> versions = writes.commit();
    ModelStore.Info info = models.exists() ? models.info() : null;
    RunSummary summary = run.finish(wh, batch, changes, d, info, versions, state.articleCount());
    wh.append(Tables.RUNS, run.row(spark, summary), SeenBatches.metadata(run.seen(summary)));
    LOG.info("run {}: all tables written", run.runId());
    res.step("compact small files");
    RunWrites.compactSmallFiles(wh, cfg.optimizeMinFiles, cfg.smallFileBytes);
    return summary;
  }

  // --- helpers

  /**
   * The columns the monthly tables (but for their terms) and the article-level projections read.
   */
  static final List<String> NARROW =
      List.of(ARTICLE_ID, MONTH, SCHEMES, REGIONS, DOMINANT_TOPIC, TOPIC_WEIGHTS, TOPIC_MODEL);

  /**
   * Every article's terms after the run ({@code article_id}, {@code month}, {@code term_counts}).
   */
  private Dataset<Row> terms(Dataset<Row> analyzed) {
    Dataset<Row> fresh = analyzed.select(ARTICLE_ID, MONTH, TERM_COUNTS);
    return state.articles() == null
        ? fresh
        : withoutAnalyzed(state.articles().select(ARTICLE_ID, MONTH, TERM_COUNTS), analyzed)
            .unionByName(fresh);
  }

  private static Dataset<Row> withoutAnalyzed(Dataset<Row> stored, Dataset<Row> analyzed) {
    return stored.join(analyzed.select(ARTICLE_ID), new String[] {ARTICLE_ID}, "left_anti");
  }

  /**
   * The articles of some months after the run ({@link #NARROW} columns): the stored ones the run
   * did not analyze, with new topic columns where scored again, and the analyzed ones.
   *
   * @param months the months, or null for every article
   */
  private Dataset<Row> current(Dataset<Row> analyzed, Dataset<Row> scores, List<String> months) {
    Dataset<Row> all = withScores(analyzed.select(ArticleColumns.cols(NARROW)), scores);
    if (state.articles() != null) {
      Dataset<Row> stored =
          withoutAnalyzed(state.articles().select(ArticleColumns.cols(NARROW)), analyzed);
      all = withScores(stored, scores).unionByName(all);
    }
    return months == null ? all : all.filter(col(MONTH).isin(months.toArray()));
  }

  /**
   * The rows to MERGE into the articles table: the analyzed articles, and the stored ones scored
   * again (every one after a refit), in the table's columns.
   */
  private Dataset<Row> changedRows(
      Dataset<Row> analyzed, Dataset<Row> scores, boolean everyArticle) {
    Dataset<Row> fresh =
        withScores(analyzed, scores).select(ArticleColumns.cols(ArticleColumns.TABLE));
    if (state.articles() == null) {
      return fresh;
    }
    Dataset<Row> stored;
    if (everyArticle) {
      stored = withoutAnalyzed(state.articles(), analyzed);
    } else if (storedScored == null) {
      return fresh; // no stored row changes: the table's texts are not read
    } else {
      stored = state.articles().join(broadcast(storedScored), ARTICLE_ID);
    }
    return withScores(stored, scores)
        .select(ArticleColumns.cols(ArticleColumns.TABLE))
        .unionByName(fresh);
  }

  /** The stored versions of the articles the run analyzed again, with their terms. */
  private Dataset<Row> replacedVersions(ArticleChanges changes) {
    Dataset<Row> stored = state.articles().select(ARTICLE_ID, MONTH, TERM_COUNTS);
    if (changes.changed() + changes.rematched() == 0) {
      return stored.limit(0); // an empty relation: no scan
    }
    return state
        .articles()
        .join(broadcast(changes.replacedIds()), ARTICLE_ID)
        .select(ARTICLE_ID, MONTH, TERM_COUNTS);
  }

  /** The analyzed articles and the stored ones another model scored, to score with a kept model. */
  private Dataset<Row> toScore(Dataset<Row> analyzed) {
    Dataset<Row> fresh = analyzed.select(ARTICLE_ID, TERM_COUNTS);
    ModelStore.Info info = models.exists() ? models.info() : null;
    if (state.articles() == null || info == null) {
      return fresh;
    }
    // found on two narrow columns; the terms of the stale ones are read only when there are any
    List<Row> stale =
        withoutAnalyzed(
                state.articles().filter(staleModel(info.version())).select(ARTICLE_ID), analyzed)
            .collectAsList();
    if (stale.isEmpty()) {
      return fresh;
    }
    Dataset<Row> ids =
        spark.createDataFrame(
            stale, new org.apache.spark.sql.types.StructType().add(ARTICLE_ID, "string"));
    storedScored = ids;
    return state
        .articles()
        .join(broadcast(ids), ARTICLE_ID)
        .select(ARTICLE_ID, TERM_COUNTS)
        .unionByName(fresh);
  }

  private static Column staleModel(String version) {
    return col(TOPIC_MODEL).isNull().or(col(TOPIC_MODEL).notEqual(version));
  }

  /** Articles with the new topic columns of those scored (the others keep theirs, or none). */
  private static Dataset<Row> withScores(Dataset<Row> base, Dataset<Row> scores) {
    Dataset<Row> s =
        scores.select(
            col(ARTICLE_ID),
            col(TOPIC_WEIGHTS).as("_w"),
            col(DOMINANT_TOPIC).as("_d"),
            col(TOPIC_MODEL).as("_m"));
    return base.join(s, new String[] {ARTICLE_ID}, "left")
        .withColumn(TOPIC_WEIGHTS, coalesce(col("_w"), col(TOPIC_WEIGHTS)))
        .withColumn(DOMINANT_TOPIC, coalesce(col("_d"), col(DOMINANT_TOPIC)))
        .withColumn(TOPIC_MODEL, coalesce(col("_m"), col(TOPIC_MODEL)))
        .drop("_w", "_d", "_m");
  }

  /**
   * The months whose rows the run changes: of the analyzed articles, of the versions they replace,
   * of the articles scored.
   */
  private List<String> months(Dataset<Row> analyzed, ArticleChanges changes) {
    Dataset<Row> all = analyzed.select(MONTH);
    if (state.articles() != null) {
      all = all.union(replacedVersions(changes).select(MONTH));
      if (storedScored != null) {
        all = all.union(state.articles().join(broadcast(storedScored), ARTICLE_ID).select(MONTH));
      }
    }
    List<String> out =
        all.filter(col(MONTH).isNotNull()).distinct().collectAsList().stream()
            .map(r -> r.getString(0))
            .sorted()
            .toList();
    return out.size() > KEY_LIST_LIMIT ? null : out;
  }

  /** The ids of a Dataset's articles, or null when they are too many to list. */
  private static List<String> ids(Dataset<Row> articles) {
    int limit = idListLimit;
    List<Row> rows = articles.select(ARTICLE_ID).limit(limit + 1).collectAsList();
    return rows.size() > limit ? null : rows.stream().map(r -> r.getString(0)).toList();
  }

  /**
   * The topics table: new after a refit, and rebuilt from the saved model when deriving every
   * table.
   */
  private Dataset<Row> topicsTable(
      TopicFit topics, Dataset<Row> terms, Dataset<Row> stats, boolean full) {
    if (!topics.refit() && !full) {
      return null;
    }
    TopicQuality quality = topics.quality();
    if (quality == null) {
      Dataset<Row> tf = TopicModel.ldaInput(terms, topics.model().vocabulary(), cfg);
      quality =
          TopicQuality.of(
              topics.model().lda(), tf, cfg.topTerms, cfg.coherenceTerms, cfg.termRanking);
    }
    return TopicsTable.of(
        spark, topics.model().vocabulary(), quality, cfg.topTerms, stats, topics.model().version());
  }

  /**
   * An article-level table's rows of some articles: appended when they are all new, else replacing
   * the stored rows of those articles, or the whole table when the ids are null.
   */
  private static void articleRows(
      RunWrites w, Derived d, String table, Dataset<Row> rows, List<String> ids) {
    if (ids != null && d.onlyNew()) {
      w.append(table, rows);
    } else {
      replace(w, table, rows, ARTICLE_ID, ids);
    }
  }

  /** A table's rows of some keys replaced, or the whole table when the keys are null. */
  private static void replace(
      RunWrites w, String table, Dataset<Row> rows, String key, List<String> keys) {
    if (keys == null) {
      w.replace(table, rows);
    } else {
      w.replaceWhere(table, rows, RunWrites.in(key, keys));
    }
  }
}
