package org.msmepulse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsComeFromConf() {
    JobConfig c = JobConfig.defaults();
    assertThat(c.topics).isEqualTo(8);
    assertThat(c.warehouse).isEqualTo("warehouse");
    assertThat(c.commitAttempts).isEqualTo(5);
    assertThat(c.optimizeMinFiles).isEqualTo(16);
    assertThat(c.smallFileBytes).isEqualTo(32L * 1024 * 1024);
    assertThat(c.spark).containsEntry("spark.sql.shuffle.partitions", "8");
  }

  @Test
  void cliOverridesTheConfFileWhichOverridesDefaults() throws Exception {
    Path f = dir.resolve("my.properties");
    Files.writeString(f, "topics.k=5\nwarehouse=/data/wh\nspark.sql.shuffle.partitions=3\n");
    JobConfig fromFile = JobConfig.load(f, null);
    assertThat(fromFile.topics).isEqualTo(5);
    assertThat(fromFile.warehouse).isEqualTo("/data/wh");
    assertThat(fromFile.spark).containsEntry("spark.sql.shuffle.partitions", "3");
    JobConfig withCli = JobConfig.load(f, Map.of("topics.k", "12"));
    assertThat(withCli.topics).isEqualTo(12);
    assertThat(withCli.warehouse).isEqualTo("/data/wh");
  }

  @Test
  void withoutATerminalTheProgressBarIsOffUnlessAFileOrOptionTurnsItOn() throws Exception {
    String before = System.getProperty(JobConfig.STDERR_TERMINAL);
    try {
      System.setProperty(JobConfig.STDERR_TERMINAL, "true");
      assertThat(JobConfig.load(null, null).spark)
          .containsEntry("spark.ui.showConsoleProgress", "true");
      System.setProperty(JobConfig.STDERR_TERMINAL, "false");
      assertThat(JobConfig.load(null, null).spark)
          .containsEntry("spark.ui.showConsoleProgress", "false");
      Path f = dir.resolve("progress.properties");
      Files.writeString(f, "spark.ui.showConsoleProgress=true\n");
      assertThat(JobConfig.load(f, null).spark)
          .containsEntry("spark.ui.showConsoleProgress", "true");
      assertThat(JobConfig.load(null, Map.of("spark.ui.showConsoleProgress", "true")).spark)
          .containsEntry("spark.ui.showConsoleProgress", "true");
    } finally {
      if (before == null) {
        System.clearProperty(JobConfig.STDERR_TERMINAL);
      } else {
        System.setProperty(JobConfig.STDERR_TERMINAL, before);
      }
    }
  }

  @Test
  void aBadValueGivesOneLineNamingTheKey() throws Exception {
    Path f = dir.resolve("bad.properties");
    Files.writeString(f, "topics.k=many\n");
    assertThatThrownBy(() -> JobConfig.load(f, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topics.k")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> JobConfig.load(null, Map.of("topics.optimizer", "gibbs")))
        .hasMessageContaining("topics.optimizer")
        .hasMessageContaining("online, em");
    assertThatThrownBy(() -> JobConfig.load(null, Map.of("dedup.near.jaccard", "2")))
        .hasMessageContaining("dedup.near.jaccard");
    assertThatThrownBy(() -> JobConfig.load(null, Map.of("warehouse.commit_attempts", "0")))
        .hasMessageContaining("warehouse.commit_attempts")
        .hasMessageContaining("1..20");
    assertThatThrownBy(() -> JobConfig.load(null, Map.of("warehouse.optimize_min_files", "-1")))
        .hasMessageContaining("warehouse.optimize_min_files");
  }

  @Test
  void anUnknownKeyInAConfFileIsAnError() throws Exception {
    Path f = dir.resolve("typo.properties");
    Files.writeString(f, "topic.k=5\n");
    assertThatThrownBy(() -> JobConfig.load(f, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topic.k");
  }

  @Test
  void topicSweepIsAListOfDistinctKs() {
    assertThat(JobConfig.defaults().sweep).isEmpty();
    assertThat(JobConfig.defaults().with(Map.of("topics.sweep", " 4, 6 ,10")).sweep)
        .containsExactly(4, 6, 10);
    assertThatThrownBy(() -> JobConfig.defaults().with(Map.of("topics.sweep", "4,six")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topics.sweep");
    assertThatThrownBy(() -> JobConfig.defaults().with(Map.of("topics.sweep", "4,1")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("2..1000");
    assertThatThrownBy(() -> JobConfig.defaults().with(Map.of("topics.sweep", "4,4")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("twice");
  }
}
