package org.msmepulse.warehouse;

import io.delta.tables.DeltaTable;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's writes. The articles go first (MERGE on {@code article_id}); then every other table
 * side by side ({@link SideBySideWrites}), each in one commit: a derived table replaced whole, or
 * only its rows of the articles or months the run touched ({@code replaceWhere}), the term
 * statistics by the run's difference, the quarantine and duplicates logs by their new rows.
 *
 * <p>Concurrent runs: the run read the warehouse at pinned versions ({@link WarehouseState}). Its
 * articles commit must be the only change to the articles since then, and its difference to the
 * term statistics must apply to the version it read; after all writes no other run may have changed
 * the articles. Otherwise a {@link ConcurrentChange} is thrown, and the run's next attempt derives
 * every table again from the articles.
 */
public final class RunWrites {
  private static final Logger LOG = LoggerFactory.getLogger(RunWrites.class);

  private final Warehouse wh;
  private final WarehouseState state;
  private final String runId;
  private final Map<String, Callable<Long>> rest = new LinkedHashMap<>();
  private Dataset<Row> articles;
  private int articleFiles = 1;

  public RunWrites(Warehouse wh, WarehouseState state, String runId) {
    this.wh = wh;
    this.state = state;
    this.runId = runId;
  }

  /** MERGE of new and changed article rows, written as {@code files} data files. */
  public RunWrites articles(Dataset<Row> rows, int files) {
    this.articles = rows;
    this.articleFiles = files;
    return this;
  }

  /** Replaces a whole table. */
  public RunWrites replace(String table, Dataset<Row> rows) {
    rest.put(table, () -> wh.overwrite(table, rows));
    return this;
  }

  /** Replaces the rows of a table that match {@code predicate} (SQL) with {@code rows}. */
  public RunWrites replaceWhere(String table, Dataset<Row> rows, String predicate) {
    rest.put(table, () -> wh.replaceWhere(table, rows, predicate));
    return this;
  }

  /** Adds rows to a table (rows of articles new to the warehouse: none of theirs is stored). */
  public RunWrites append(String table, Dataset<Row> rows) {
    rest.put(table, () -> wh.append(table, rows));
    return this;
  }

  /** {@link #replaceWhere} for a small table, by {@link Warehouse#rewriteWhere}. */
  public RunWrites rewriteWhere(String table, Dataset<Row> rows, String predicate) {
    rest.put(table, () -> wh.rewriteWhere(table, rows, predicate));
    return this;
  }

  /**
   * Term statistics: {@code rows} replace the table ({@code delta} false) or update it by term,
   * deleting terms whose {@code df} fell to 0 ({@code delta} true, only onto the version read).
   */
  public RunWrites termStats(Dataset<Row> rows, boolean delta) {
    if (!delta) {
      return replace(Tables.TERM_STATS, rows);
    }
    rest.put(Tables.TERM_STATS, () -> updateTermStats(rows));
    return this;
  }

  /** New rows of the quarantine and duplicates logs (records logged before are not added again). */
  public RunWrites logs(Dataset<Row> quarantine, Dataset<Row> duplicates) {
    log(Tables.QUARANTINE, quarantine, "source", "reason");
    log(Tables.DUPLICATES, duplicates, "source", "duplicate_of");
    return this;
  }

  /** A log's new rows, written only when there are any (a new log table is created even empty). */
  private void log(String table, Dataset<Row> rows, String... keys) {
    if (wh.exists(table)
        && (rows.isEmpty() || rows.join(wh.read(table), keys, "left_anti").isEmpty())) {
      return;
    }
    rest.put(table, () -> wh.insertNew(table, rows, keys));
  }

  /** Runs the writes; returns the version of every table that exists afterwards. */
  public Map<String, Long> commit() {
    Map<String, Long> versions = new LinkedHashMap<>();
    long articlesVersion = state.articlesVersion();
    if (articles != null) {
      articlesVersion =
          wh.merge(
              Tables.ARTICLES,
              articles.coalesce(articleFiles),
              ArticleColumns.ARTICLE_ID,
              ArticleColumns.NOT_COMPARED);
      requireOnlyChange(articlesVersion);
    }
    versions.put(Tables.ARTICLES, articlesVersion);
    versions.putAll(SideBySideWrites.run(rest));
    requireOnlyChange(articlesVersion);
    for (String t : Tables.ALL) {
      if (!versions.containsKey(t) && !t.equals(Tables.RUNS) && wh.exists(t)) {
        versions.put(t, wh.version(t));
      }
    }
    return versions;
  }

  /**
   * Fails unless the articles' data changed after the version read only in {@code ours} (if any).
   */
  private void requireOnlyChange(long ours) {
    if (!wh.exists(Tables.ARTICLES)) {
      return;
    }
    List<Long> changes = wh.dataVersionsAfter(Tables.ARTICLES, state.articlesVersion());
    changes.remove(Long.valueOf(ours));
    if (!changes.isEmpty()) {
      throw new ConcurrentChange(
          "run "
              + runId
              + ": another run changed the articles (versions "
              + changes
              + ") after this run read them (version "
              + state.articlesVersion()
              + ")");
    }
  }

  private long updateTermStats(Dataset<Row> rows) {
    if (state.termStatsVersion() < 0 || wh.version(Tables.TERM_STATS) != state.termStatsVersion()) {
      throw new ConcurrentChange(
          "run " + runId + ": another run changed term_stats after this run read it");
    }
    DeltaTable.forPath(wh.spark(), wh.path(Tables.TERM_STATS))
        .as("t")
        .merge(rows.as("s"), functions.col("t.term").equalTo(functions.col("s.term")))
        .whenMatched(functions.col("s.df").leq(0))
        .delete()
        .whenMatched()
        .updateAll()
        .whenNotMatched(functions.col("s.df").gt(0))
        .insertAll()
        .execute();
    long v = wh.version(Tables.TERM_STATS);
    if (v != state.termStatsVersion() + 1) {
      throw new ConcurrentChange(
          "run " + runId + ": another run changed term_stats while this run updated it");
    }
    return v;
  }

  /**
   * A SQL predicate: {@code column} is one of {@code values} (each written as UTF-8 bytes, so no
   * value is SQL text).
   */
  public static String in(String column, Collection<String> values) {
    if (values.isEmpty()) {
      return "false";
    }
    HexFormat hex = HexFormat.of();
    return column
        + " IN ("
        + values.stream()
            .map(
                v -> "CAST(X'" + hex.formatHex(v.getBytes(StandardCharsets.UTF_8)) + "' AS STRING)")
            .collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * OPTIMIZE on the tables that gathered {@code minFiles} small files or more (0: never); a
   * concurrent run's conflict skips a table. Each table's files are counted from its version
   * checksum (no Spark job), so the check costs a run next to nothing.
   */
  public static void compactSmallFiles(Warehouse wh, int minFiles, long smallFileBytes) {
    if (minFiles <= 0) {
      return;
    }
    for (String t : Tables.ALL) {
      try {
        if (wh.optimizeIfFragmented(t, minFiles, smallFileBytes)) {
          LOG.info("compacted the small files of {}", t);
        }
      } catch (RuntimeException e) {
        if (!ConcurrentChange.isCause(e)) {
          throw e;
        }
        LOG.warn(
            "OPTIMIZE of {} skipped: a concurrent run changed it ({})",
            t,
            ConcurrentChange.firstLine(e));
      }
    }
  }
}
