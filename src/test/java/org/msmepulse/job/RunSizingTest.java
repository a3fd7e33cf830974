package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;

/** How a run sizes its shuffles, caches and files by its article count (no Spark needed). */
class RunSizingTest {
  static final long HEAP =
      4L * 1024 * 1024 * 1024; // a quarter: 1,073,741,824 bytes = 82,595.5 articles of 13,000 bytes

  @Test
  void partitionsGrowPastTheConfiguredCountAtFiveThousandArticlesEach() {
    assertThat(RunSizing.of(0, 8, HEAP).shufflePartitions()).isEqualTo(8);
    assertThat(RunSizing.of(40_000, 8, HEAP).shufflePartitions()).as("8 x 5,000").isEqualTo(8);
    assertThat(RunSizing.of(40_001, 8, HEAP).shufflePartitions()).isEqualTo(9);
    assertThat(RunSizing.of(1_000_000, 8, HEAP).shufflePartitions()).isEqualTo(200);
    assertThat(RunSizing.of(1_000_000, 500, HEAP).shufflePartitions())
        .as("never fewer than configured")
        .isEqualTo(500);
    assertThat(RunSizing.of(1_000_000_000, 8, HEAP).shufflePartitions())
        .as("capped")
        .isEqualTo(100_000);
  }

  @Test
  void theCacheGoesToDiskWhenACopyExceedsAQuarterOfTheHeap() {
    assertThat(RunSizing.of(82_595, 8, HEAP).storage())
        .isEqualTo(StorageLevel.MEMORY_AND_DISK()); // 1,073,735,000 bytes
    assertThat(RunSizing.of(82_596, 8, HEAP).storage())
        .isEqualTo(StorageLevel.DISK_ONLY()); // 1,073,748,000 bytes
    assertThat(RunSizing.of(82_596, 8, 2 * HEAP).storage())
        .isEqualTo(StorageLevel.MEMORY_AND_DISK());
  }

  @Test
  void oneFilePerFiftyThousandArticlesAndAtLeastOne() {
    assertThat(RunSizing.files(0)).isEqualTo(1);
    assertThat(RunSizing.files(50_000)).isEqualTo(1);
    assertThat(RunSizing.files(50_001)).isEqualTo(2);
    assertThat(RunSizing.files(1_000_000)).isEqualTo(20);
  }
}
