package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Writes side by side: versions in the order given, the first failure (in that order) rethrown
 * after all end.
 */
class SideBySideWritesTest {
  @Test
  void versionsComeBackInTheOrderGivenWhateverOrderTheWritesFinish() {
    CountDownLatch cDone = new CountDownLatch(1);
    CountDownLatch bDone = new CountDownLatch(1);
    Map<String, Callable<Long>> writes = new LinkedHashMap<>();
    writes.put(
        "a",
        () -> {
          assertThat(bDone.await(10, TimeUnit.SECONDS)).isTrue();
          return 5L;
        });
    writes.put(
        "b",
        () -> {
          assertThat(cDone.await(10, TimeUnit.SECONDS)).isTrue();
          bDone.countDown();
          return 7L;
        });
    writes.put(
        "c",
        () -> {
          cDone.countDown();
          return 1L;
        });
    Map<String, Long> versions = SideBySideWrites.run(writes);
    assertThat(versions)
        .containsExactly(Map.entry("a", 5L), Map.entry("b", 7L), Map.entry("c", 1L));
  }

  @Test
  void theFirstFailureInTheOrderGivenIsRethrownAsThrownAfterEveryWriteEnded() {
    IllegalStateException first = new IllegalStateException("a failed");
    RuntimeException later = new RuntimeException("c failed");
    CountDownLatch cFailed = new CountDownLatch(1);
    AtomicBoolean bFinished = new AtomicBoolean();
    Map<String, Callable<Long>> writes = new LinkedHashMap<>();
    writes.put(
        "a",
        () -> {
          assertThat(cFailed.await(10, TimeUnit.SECONDS)).isTrue();
          throw first;
        });
    writes.put(
        "b",
        () -> {
          Thread.sleep(200);
          bFinished.set(true);
          return 2L;
        });
    writes.put(
        "c",
        () -> {
          cFailed.countDown();
          throw later; // fails first in time
        });
    Throwable thrown = catchThrowable(() -> SideBySideWrites.run(writes));
    assertThat(thrown).isSameAs(first);
    assertThat(bFinished).as("the other writes ran to their end").isTrue();
  }

  @Test
  void aCheckedFailureIsWrappedNamingTheTable() {
    IOException disk = new IOException("disk full");
    Map<String, Callable<Long>> writes = new LinkedHashMap<>();
    writes.put("topics", () -> 3L);
    writes.put(
        "quarantine",
        () -> {
          throw disk;
        });
    Throwable thrown = catchThrowable(() -> SideBySideWrites.run(writes));
    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("writing quarantine failed: java.io.IOException: disk full")
        .hasCause(disk);
    assertThat(thrown.getCause()).isSameAs(disk);
  }

  @Test
  void noWritesNoVersions() {
    assertThat(SideBySideWrites.run(Map.of())).isEmpty();
  }
}
