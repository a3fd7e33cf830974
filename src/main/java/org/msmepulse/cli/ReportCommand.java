package org.msmepulse.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.SparkSessions;
import org.msmepulse.report.Report;
import org.msmepulse.report.ReportData;
import org.msmepulse.report.ReportQueries;
import org.msmepulse.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    description = "Write PNG charts and one self-contained HTML page of the monthly tables.")
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--warehouse", description = "Folder of the Delta tables (default: ./warehouse)")
  String warehouse;

  @Option(names = "--out", description = "Folder to write the report into (default: ./report)")
  Path out = Path.of("report");

  @Option(names = "--conf", description = "A properties file of settings")
  Path conf;

  @Override
  public Integer call() {
    if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
      throw new Main.UsageException("--out " + out + " is a file, not a folder");
    }
    Map<String, String> cli = new LinkedHashMap<>();
    cli.put("warehouse", warehouse);
    cli.put("spark.ui.showConsoleProgress", "false");
    JobConfig cfg = JobConfig.load(conf, cli);
    SparkSession spark = SparkSessions.getOrCreate(cfg.spark);
    long t0 = System.nanoTime();
    ReportData data = ReportQueries.load(spark, new Warehouse(spark, cfg.warehouse));
    Report.Written w = Report.write(data, out);
    System.out.printf(
        "report: %s and %d chart(s) in %s (%d months, %d articles); %.1f s%n",
        w.page().getFileName(),
        w.charts().size(),
        out,
        data.months().size(),
        data.articles(),
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
