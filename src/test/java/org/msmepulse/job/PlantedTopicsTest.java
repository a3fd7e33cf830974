package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.SchemeGazetteer;
import org.msmepulse.core.synth.CorpusGenerator;
import org.msmepulse.core.text.TermAnalyzer;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.Tables;

/**
 * LDA recovers planted topics: a generated corpus (each article mostly one planted theme, some of a
 * second, plus datelines, scheme and place names, function words and site chrome) goes through the
 * real job with K equal to the planted count; at least 85% of the planted topics must each be
 * matched by a different learned topic whose top 10 terms are mostly (at least 6) that topic's
 * words. The planted words are mapped through the job's own term analysis (folds, stopwords,
 * stemming).
 */
class PlantedTopicsTest extends SparkTestBase {
  static final int ARTICLES = 600;
  static final int TOP = 10;
  static final int MOSTLY = 6;

  @TempDir Path dir;

  @Test
  void ldaRecoversThePlantedTopics() throws Exception {
    JobConfig cfg =
        JobConfig.defaults()
            .with(Map.of("warehouse", dir.resolve("wh").toString(), "dedup.near.enabled", "false"));
    CorpusGenerator gen =
        new CorpusGenerator(
            SchemeGazetteer.load(cfg.gazetteerDir), RegionGazetteer.load(cfg.gazetteerDir));
    Path corpus = dir.resolve("corpus");
    gen.write(ARTICLES, 7, corpus);
    Map<String, Set<String>> planted = plantedTerms(gen.topicVocabularies());
    int k = planted.size();

    RunSummary s = new PulseJob(spark, cfg).run(List.of(corpus.toString()), k, false);
    assertThat(s.topics()).isEqualTo(k);

    List<List<String>> learned = new ArrayList<>();
    for (Row t : table(dir.resolve("wh").toString(), Tables.TOPICS)) {
      List<Row> terms = t.getList(t.fieldIndex("terms"));
      List<String> top = new ArrayList<>();
      for (int i = 0; i < Math.min(TOP, terms.size()); i++) {
        top.add(terms.get(i).getAs("term"));
      }
      learned.add(top);
    }
    assertThat(learned).hasSize(k);

    Recovery r = recover(planted, learned);
    String report = r.report();
    System.out.println(
        "planted-topic recovery, " + ARTICLES + " articles, K=" + k + ":\n" + report);
    assertThat((double) r.matched() / k).as(report).isGreaterThanOrEqualTo(0.85);
  }

  /** How many planted topics found a learned topic of their own, and which. */
  record Recovery(int matched, String report) {}

  /**
   * Greedy one-to-one matching, largest overlap first: a planted topic is matched by a learned
   * topic with at least {@value #MOSTLY} of its top terms among the planted words, and each learned
   * topic stands for one planted topic only (two learned halves of one theme do not count twice).
   */
  static Recovery recover(Map<String, Set<String>> planted, List<List<String>> learned) {
    Set<Integer> used = new HashSet<>();
    Set<String> matched = new HashSet<>();
    StringBuilder report = new StringBuilder();
    List<int[]> candidates = new ArrayList<>(); // {overlap, planted index, learned index}
    List<String> names = new ArrayList<>(planted.keySet());
    for (int p = 0; p < names.size(); p++) {
      Set<String> words = planted.get(names.get(p));
      for (int l = 0; l < learned.size(); l++) {
        int overlap = (int) learned.get(l).stream().limit(TOP).filter(words::contains).count();
        candidates.add(new int[] {overlap, p, l});
      }
    }
    candidates.sort((a, b) -> Integer.compare(b[0], a[0]));
    for (int[] c : candidates) {
      String name = names.get(c[1]);
      if (c[0] >= MOSTLY && !matched.contains(name) && !used.contains(c[2])) {
        matched.add(name);
        used.add(c[2]);
        report
            .append(name)
            .append(" <- topic ")
            .append(c[2])
            .append(' ')
            .append(learned.get(c[2]))
            .append(" (")
            .append(c[0])
            .append('/')
            .append(TOP)
            .append(")\n");
      }
    }
    for (String name : names) {
      if (!matched.contains(name)) {
        report.append("planted ").append(name).append(" not recovered\n");
      }
    }
    for (int l = 0; l < learned.size(); l++) {
      if (!used.contains(l)) {
        report.append("unmatched topic ").append(l).append(' ').append(learned.get(l)).append('\n');
      }
    }
    return new Recovery(matched.size(), report.toString());
  }

  /** Each planted topic's words as the job's terms. */
  static Map<String, Set<String>> plantedTerms(Map<String, List<String>> vocabularies) {
    TermAnalyzer analyzer = TermAnalyzer.defaults();
    Map<String, Set<String>> out = new LinkedHashMap<>();
    vocabularies.forEach(
        (name, words) -> {
          Set<String> terms = new HashSet<>();
          for (String w : words) {
            terms.addAll(
                analyzer
                    .analyze(org.msmepulse.core.text.DevanagariNormalizer.normalize(w))
                    .terms());
          }
          out.put(name, terms);
        });
    return out;
  }
}
