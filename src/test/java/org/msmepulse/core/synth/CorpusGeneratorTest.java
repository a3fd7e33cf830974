package org.msmepulse.core.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.SchemeGazetteer;

/** The generator's daily-batch option: one month's dates, the articles otherwise the same. */
class CorpusGeneratorTest {
  static CorpusGenerator generator() {
    JobConfig cfg = JobConfig.defaults();
    return new CorpusGenerator(
        SchemeGazetteer.load(cfg.gazetteerDir), RegionGazetteer.load(cfg.gazetteerDir));
  }

  static List<JsonNode> read(Path dir) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }

  @Test
  void aMonthDatesEveryArticleInItAndChangesNothingElse(@TempDir Path dir) throws Exception {
    generator().write(40, 7, 0, dir.resolve("any"));
    generator().inMonth(YearMonth.of(2025, 11)).write(40, 7, 0, dir.resolve("november"));
    List<JsonNode> any = read(dir.resolve("any"));
    List<JsonNode> november = read(dir.resolve("november"));
    assertThat(november).hasSize(40);
    assertThat(any.stream().map(a -> a.get("gold").get("month").asText()).distinct().count())
        .isGreaterThan(1);
    for (int i = 0; i < 40; i++) {
      JsonNode a = any.get(i);
      JsonNode n = november.get(i);
      assertThat(n.get("gold").get("month").asText()).isEqualTo("2025-11");
      if (n.has("published")) {
        assertThat(n.get("published").asText()).startsWith("2025-11-");
      }
      assertThat(n.get("id")).isEqualTo(a.get("id"));
      assertThat(n.get("gold").get("schemes")).isEqualTo(a.get("gold").get("schemes"));
      assertThat(n.get("gold").get("districts")).isEqualTo(a.get("gold").get("districts"));
    }
  }
}
