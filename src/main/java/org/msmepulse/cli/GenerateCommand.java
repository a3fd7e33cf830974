package org.msmepulse.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.SchemeGazetteer;
import org.msmepulse.core.synth.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    description = "Write a synthetic Hindi MSME corpus as JSON Lines (planted topics, labels).")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--articles", required = true, description = "Number of articles")
  long articles;

  @Option(names = "--out", required = true, description = "Output folder")
  Path out;

  @Option(names = "--seed", description = "Random seed (default 1)")
  long seed = 1;

  @Option(
      names = "--first-id",
      description =
          "Number of the first article id (default 0): syn-<number>; the same ids in two corpora make"
              + " the second a set of corrections of the first")
  long firstId = 0;

  @Option(
      names = "--month",
      description =
          "Date every article in this month, YYYY-MM (default: months of 2023-2025 at random), as"
              + " a daily batch of news is")
  java.time.YearMonth month;

  @Override
  public Integer call() throws Exception {
    if (articles < 1) {
      throw new Main.UsageException("--articles must be at least 1");
    }
    JobConfig cfg = JobConfig.defaults();
    CorpusGenerator g =
        new CorpusGenerator(
                SchemeGazetteer.load(cfg.gazetteerDir), RegionGazetteer.load(cfg.gazetteerDir))
            .inMonth(month);
    long t0 = System.nanoTime();
    if (firstId < 0) {
      throw new Main.UsageException("--first-id must not be negative");
    }
    List<Path> files = g.write(articles, seed, firstId, out);
    System.out.printf(
        "wrote %d articles in %d file(s) under %s (seed %d, %d planted topics) in %.1f s%n",
        articles, files.size(), out, seed, g.topicNames().size(), (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
