package org.msmepulse.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.core.gazetteer.ArticleExtractor;
import org.msmepulse.core.text.ArticleCleaner;

/**
 * Extraction quality on the gold sets, through the same core as the job: scheme, state and district
 * F1 and month accuracy of at least 0.95 (issue 4's bar).
 */
class GoldSetsTest {
  static ArticleExtractor extractor;
  static ArticleCleaner cleaner;

  @BeforeAll
  static void load() {
    extractor = ArticleExtractor.load("gazetteer");
    cleaner = ArticleCleaner.defaults();
  }

  static Evaluation evaluate(Path gold) throws Exception {
    List<GoldArticle> articles = GoldFile.read(gold);
    return Evaluation.run(
        articles,
        cleaner,
        extractor,
        code -> "central".equals(extractor.schemeGazetteer().byCode(code).level()));
  }

  static void assertGood(Evaluation ev) {
    assertThat(ev.schemes.f1()).as("scheme F1, misses: %s", ev.misses).isGreaterThanOrEqualTo(0.95);
    assertThat(ev.states.f1()).as("state F1, misses: %s", ev.misses).isGreaterThanOrEqualTo(0.95);
    assertThat(ev.districts.f1())
        .as("district F1, misses: %s", ev.misses)
        .isGreaterThanOrEqualTo(0.95);
    assertThat(ev.monthAccuracy())
        .as("month accuracy, misses: %s", ev.misses)
        .isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void developmentGoldSet() throws Exception {
    Evaluation ev = evaluate(Path.of("src/test/resources/gold/dev.jsonl"));
    assertThat(ev.articles).isGreaterThanOrEqualTo(60);
    assertGood(ev);
  }

  @Test
  void heldOutGoldSet() throws Exception {
    Evaluation ev = evaluate(Path.of("src/test/resources/gold/holdout.jsonl"));
    assertThat(ev.articles).isGreaterThanOrEqualTo(60);
    assertGood(ev);
  }

  @Test
  void seedGold() throws Exception {
    Path seeds =
        Path.of(System.getProperty("msme.project.dir", "."), "..", "shared", "seeds", "gold.jsonl");
    assumeTrue(
        Files.exists(seeds),
        "the shared seeds are beside the clone in CI and on developer machines");
    Evaluation ev = evaluate(seeds);
    assertThat(ev.articles).isEqualTo(5);
    assertGood(ev);
  }

  @Test
  void sampleCorpusLabels() throws Exception {
    Path merged = Files.createTempFile("sample-gold", ".jsonl");
    SampleGold.write(
        Path.of("src/main/resources/sample/articles.jsonl"),
        Path.of("src/test/resources/sample/labels.jsonl"),
        merged);
    Evaluation ev = evaluate(merged);
    assertThat(ev.articles).isEqualTo(47);
    assertGood(ev);
  }
}
