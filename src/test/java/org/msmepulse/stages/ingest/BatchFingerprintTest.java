package org.msmepulse.stages.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFingerprintTest {
  @TempDir Path dir;
  final Configuration hadoop = new Configuration();
  final Map<String, String> settings =
      Map.of("topics.k", "8", "warehouse", "/w1", "serve.port", "1");

  String of(List<String> inputs, Map<String, String> s, String gazetteers, Integer topics) {
    return BatchFingerprint.of(hadoop, inputs, s, gazetteers, topics);
  }

  @Test
  void theSameBytesAndSettingsGiveOneFingerprintAnyChangeAnother() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(folder.resolve("a.jsonl"), "{\"id\":\"1\"}\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b.jsonl"), "{\"id\":\"2\"}\n", StandardCharsets.UTF_8);
    List<String> in = List.of(folder.toString());
    String f = of(in, settings, "g1", null);
    assertThat(f).hasSize(64).isEqualTo(of(in, settings, "g1", null));
    // where the warehouse is and how it is served do not change what a run writes
    assertThat(of(in, Map.of("topics.k", "8", "warehouse", "/w2", "serve.port", "2"), "g1", null))
        .isEqualTo(f);
    assertThat(of(in, Map.of("topics.k", "9", "warehouse", "/w1"), "g1", null)).isNotEqualTo(f);
    assertThat(of(in, settings, "g2", null)).isNotEqualTo(f);
    assertThat(of(in, settings, "g1", 5)).isNotEqualTo(f);
    // a folder's files by name, so the folder and its files listed one by one differ only by name
    assertThat(of(List.of(folder + "/*.jsonl"), settings, "g1", null)).isNotEqualTo(f);
    String globbed = of(List.of(folder + "/*.jsonl"), settings, "g1", null);
    // one byte more
    Files.writeString(folder.resolve("b.jsonl"), "{\"id\":\"2\"} \n", StandardCharsets.UTF_8);
    assertThat(of(in, settings, "g1", null)).isNotEqualTo(f);
    assertThat(of(List.of(folder + "/*.jsonl"), settings, "g1", null)).isNotEqualTo(globbed);
    // a file more
    Files.writeString(folder.resolve("b.jsonl"), "{\"id\":\"2\"}\n", StandardCharsets.UTF_8);
    assertThat(of(in, settings, "g1", null)).isEqualTo(f);
    Files.writeString(folder.resolve("c.jsonl"), "", StandardCharsets.UTF_8);
    assertThat(of(in, settings, "g1", null)).isNotEqualTo(f);
  }

  @Test
  void theBuiltInSampleHasAFingerprintOfItsOwn() {
    String sample = of(List.of(), settings, "g1", null);
    assertThat(sample).hasSize(64).isEqualTo(of(List.of(), settings, "g1", null));
    assertThat(of(List.of(), settings, "g2", null)).isNotEqualTo(sample);
  }
}
