package org.msmepulse.warehouse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a run writes its tables: the articles first (MERGE on {@code article_id}), then the other
 * tables side by side ({@link SideBySideWrites}): the derived ones replaced, the quarantine and
 * duplicates logs added to. Each write is one Delta commit, so a crash between two leaves every
 * table at a committed version, and the next run, which recomputes every table from the articles,
 * completes what this one began.
 */
public final class RunWrites {
  private static final Logger LOG = LoggerFactory.getLogger(RunWrites.class);

  /** The article-level tables, written as {@code files} data files each. */
  static final List<String> ARTICLE_LEVEL =
      List.of(
          Tables.ARTICLES, Tables.ARTICLE_SCHEMES, Tables.ARTICLE_REGIONS, Tables.ARTICLE_TOPICS);

  private RunWrites() {}

  /**
   * @param derived every derived table by name, the articles among them
   * @param files data files per article-level table
   * @return the version each table got
   */
  public static Map<String, Long> write(
      Warehouse wh,
      Map<String, Dataset<Row>> derived,
      Dataset<Row> quarantine,
      Dataset<Row> duplicates,
      int files) {
    Map<String, Long> versions = new LinkedHashMap<>();
    versions.put(
        Tables.ARTICLES,
        wh.merge(
            Tables.ARTICLES,
            derived.get(Tables.ARTICLES).coalesce(files),
            ArticleColumns.ARTICLE_ID,
            ArticleColumns.NOT_COMPARED));
    Map<String, Callable<Long>> rest = new LinkedHashMap<>();
    derived.forEach(
        (table, rows) -> {
          if (!table.equals(Tables.ARTICLES)) {
            Dataset<Row> out = ARTICLE_LEVEL.contains(table) ? rows.coalesce(files) : rows;
            rest.put(table, () -> wh.overwrite(table, out));
          }
        });
    rest.put(
        Tables.QUARANTINE, () -> wh.insertNew(Tables.QUARANTINE, quarantine, "source", "reason"));
    rest.put(
        Tables.DUPLICATES,
        () -> wh.insertNew(Tables.DUPLICATES, duplicates, "source", "duplicate_of"));
    versions.putAll(SideBySideWrites.run(rest));
    return versions;
  }

  /**
   * OPTIMIZE on the tables that gathered {@code minFiles} small files or more (0: never); a
   * concurrent run's conflict skips a table.
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
