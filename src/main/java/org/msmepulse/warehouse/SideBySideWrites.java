package org.msmepulse.warehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes independent tables side by side. A table write is mostly driver work around a short Spark
 * job (planning, the Delta commit, the new snapshot), so one at a time leaves the cores idle. Each
 * table is still written in one commit; after all have finished, the first failure is rethrown as
 * it was thrown (so a concurrent change is retried like any other).
 */
public final class SideBySideWrites {
  static final int THREADS = 4;

  private SideBySideWrites() {}

  /** Runs the writes and returns the table versions they return, in the order given. */
  public static Map<String, Long> run(Map<String, Callable<Long>> writes) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
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
            failure =
                e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(
                        "writing " + f.getKey() + " failed: " + e.getCause(), e.getCause());
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
}
