package org.msmepulse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.PulseJob;
import org.msmepulse.job.RunSummary;
import org.msmepulse.job.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    description = "Run the whole batch job (the built-in sample when no --input is given).")
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      description = "Input path (file or folder; local or a Hadoop URI). Repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", description = "auto | text | jsonl | csv | parquet (default: auto)")
  String format;

  @Option(names = "--warehouse", description = "Folder of the Delta tables (default: ./warehouse)")
  String warehouse;

  @Option(
      names = "--conf",
      description = "A properties file of settings (see conf/msme-pulse.properties)")
  Path conf;

  @Option(names = "--topics", description = "Number of LDA topics (default from configuration)")
  Integer topics;

  @Option(
      names = "--topics-sweep",
      split = ",",
      paramLabel = "K,K,...",
      description =
          "Fit LDA for each K and keep the one with the best mean NPMI coherence (sets topics.sweep)")
  List<Integer> topicsSweep;

  @Option(names = "--rebuild", description = "Start the warehouse afresh")
  boolean rebuild;

  @Option(
      names = "--refit",
      description =
          "Fit a new topic model on all the warehouse's articles and score every article with it"
              + " (whatever topics.refit says)")
  boolean refit;

  @Override
  public Integer call() {
    Map<String, String> cli = new LinkedHashMap<>();
    cli.put("warehouse", warehouse);
    cli.put("input.format", format);
    if (topics != null) {
      cli.put("topics.k", String.valueOf(topics));
    }
    if (topicsSweep != null && !topicsSweep.isEmpty()) {
      if (topics != null) {
        throw new Main.UsageException("give either --topics K or --topics-sweep K,K,..., not both");
      }
      cli.put(
          "topics.sweep",
          topicsSweep.stream()
              .map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(",")));
    }
    JobConfig cfg = JobConfig.load(conf, cli);
    SparkSession spark = SparkSessions.getOrCreate(cfg.spark);
    RunSummary s = new PulseJob(spark, cfg).run(inputs, topics, refit, rebuild);
    Map<String, Double> m = s.metrics();
    System.out.printf(
        "run %s: %d records read = %d articles + %d duplicates + %d quarantined"
            + " (%.0f new, %.0f changed, %.0f unchanged); %d articles in %s;"
            + " %d topics (NPMI %.3f, model %s %s); %.1f s%n",
        s.runId(),
        s.recordsRead(),
        s.articles(),
        s.duplicates(),
        s.quarantined(),
        m.getOrDefault("articles_new", 0.0),
        m.getOrDefault("articles_changed", 0.0),
        m.getOrDefault("articles_unchanged", 0.0),
        s.articlesTotal(),
        s.warehouse(),
        s.topics(),
        m.getOrDefault("coherence_npmi_mean", 0.0),
        s.topicModel(),
        m.getOrDefault("model_refit", 0.0) > 0 ? "fitted" : "kept",
        s.durationMs() / 1000.0);
    return 0;
  }
}
