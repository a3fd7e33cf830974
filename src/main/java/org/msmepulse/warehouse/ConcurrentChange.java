package org.msmepulse.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.delta.DeltaConcurrentModificationException;

/**
 * What makes concurrent runs on one warehouse safe. Every derived table is computed from one set of
 * articles ({@code article_id}, {@code content_hash}); after writing, a run checks that the
 * articles table still holds that set. If a concurrent run merged in between, the tables just
 * written may lack its articles: the check fails and the run recomputes from the warehouse as it is
 * now, until the last writer of every table wrote it from the articles the table holds.
 */
public final class ConcurrentChange extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConcurrentChange(String message) {
    super(message);
  }

  /**
   * Fails when the articles table no longer holds exactly the articles {@code computedFrom} holds.
   */
  public static void requireArticlesUnchanged(
      Warehouse wh, Dataset<Row> computedFrom, String runId) {
    Dataset<Row> basis =
        computedFrom.select(ArticleColumns.ARTICLE_ID, ArticleColumns.CONTENT_HASH);
    Dataset<Row> now =
        wh.read(Tables.ARTICLES).select(ArticleColumns.ARTICLE_ID, ArticleColumns.CONTENT_HASH);
    long missing = basis.exceptAll(now).count();
    long extra = now.exceptAll(basis).count();
    if (missing + extra > 0) {
      throw new ConcurrentChange(
          "run "
              + runId
              + ": the articles table changed while the run computed its tables ("
              + extra
              + " articles added or changed, "
              + missing
              + " replaced)");
    }
  }

  /**
   * A Delta write conflict (io.delta.exceptions.Concurrent*Exception and friends) or a failed
   * articles check.
   */
  public static boolean isCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConcurrentChange || t instanceof DeltaConcurrentModificationException) {
        return true;
      }
    }
    return false;
  }

  /** The exception's class and the first line of its message, for a log line. */
  public static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
  }
}
