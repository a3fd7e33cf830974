package org.msmepulse.warehouse;

import org.apache.spark.sql.delta.DeltaConcurrentModificationException;

/**
 * Another run changed the warehouse while this one computed or wrote its tables, found by Delta's
 * conflict detection or by the version checks of {@link RunWrites}: the attempt is given up, and
 * the run's next attempt derives every table again from the warehouse as it is then.
 */
public final class ConcurrentChange extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConcurrentChange(String message) {
    super(message);
  }

  /**
   * A Delta write conflict (io.delta.exceptions.Concurrent*Exception and friends) or a failed
   * version check.
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
