package org.msmepulse.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.eval.Evaluation;
import org.msmepulse.core.eval.GoldArticle;
import org.msmepulse.core.eval.GoldFile;
import org.msmepulse.core.eval.Scores;
import org.msmepulse.core.gazetteer.ArticleExtractor;
import org.msmepulse.core.io.ConfFiles;
import org.msmepulse.core.text.ArticleCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "evaluate",
    description = "Score scheme, state, district and month extraction against a gold file.")
final class EvaluateCommand implements Callable<Integer> {
  @Option(
      names = "--gold",
      required = true,
      description = "Gold file (JSON Lines with a 'gold' object per article)")
  Path gold;

  @Option(names = "--conf", description = "A properties file of settings")
  Path conf;

  @Option(names = "--misses", description = "How many misses to list (default: all)")
  Integer maxMisses;

  @Override
  public Integer call() throws Exception {
    if (!java.nio.file.Files.isRegularFile(gold)) {
      throw new Main.UsageException("gold file not found: " + gold);
    }
    JobConfig cfg = JobConfig.load(conf, null);
    List<GoldArticle> articles = GoldFile.read(gold);
    ArticleCleaner cleaner =
        new ArticleCleaner(ConfFiles.lines("text/boilerplate.txt"), cfg.minRepeatChars);
    ArticleExtractor extractor = ArticleExtractor.load(cfg.gazetteerDir);
    // State schemes count only when the gold file labels state schemes at all.
    java.util.Set<String> labelled = new java.util.HashSet<>();
    articles.forEach(a -> labelled.addAll(a.schemes()));
    boolean stateSchemesLabelled =
        extractor.schemeGazetteer().schemes().stream()
            .anyMatch(s -> !s.level().equals("central") && labelled.contains(s.code()));
    Evaluation ev =
        Evaluation.run(
            articles,
            cleaner,
            extractor,
            code ->
                stateSchemesLabelled
                    || "central".equals(extractor.schemeGazetteer().byCode(code).level()));
    if (!stateSchemesLabelled) {
      System.out.println(
          "(the gold file labels no state scheme: state schemes found are not scored)");
    }
    System.out.printf("gold file: %s (%d articles)%n%n", gold, ev.articles);
    System.out.printf(
        "%-10s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
    line("schemes", ev.schemes);
    line("states", ev.states);
    line("districts", ev.districts);
    System.out.printf(
        "%-10s %9s %9s %9.3f  (%d of %d)%n%n",
        "month", "", "accuracy", ev.monthAccuracy(), ev.monthsRight, ev.articles);
    System.out.println("per scheme:");
    for (Map.Entry<String, Scores> e : ev.perScheme.entrySet()) {
      line("  " + e.getKey(), e.getValue());
    }
    System.out.printf("%nmisses (%d):%n", ev.misses.size());
    int n = 0;
    for (String m : ev.misses) {
      if (maxMisses != null && n++ >= maxMisses) {
        System.out.println("  ...");
        break;
      }
      System.out.println("  " + m);
    }
    return 0;
  }

  private static void line(String name, Scores s) {
    System.out.printf(
        "%-18s %9.3f %9.3f %9.3f %6d %6d %6d%n",
        name, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
  }
}
