package org.msmepulse.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.SparkSessions;
import org.msmepulse.warehouse.ReadOnlyGuard;
import org.msmepulse.warehouse.ResultPrinter;
import org.msmepulse.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "sql",
    description = "Run one read-only SQL query over the warehouse's tables, by their plain names.")
final class SqlCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "QUERY", description = "SELECT ... (queries only)")
  String query;

  @Option(names = "--warehouse", description = "Folder of the Delta tables (default: ./warehouse)")
  String warehouse;

  @Option(names = "--format", description = "table | csv | json (default: table)")
  String format = "table";

  @Option(names = "--conf", description = "A properties file of settings")
  java.nio.file.Path conf;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("csv") && !format.equals("json")) {
      throw new Main.UsageException("--format must be table, csv or json, not '" + format + "'");
    }
    if (query == null || query.isBlank()) {
      throw new Main.UsageException("empty query");
    }
    Map<String, String> cli = new LinkedHashMap<>();
    cli.put("warehouse", warehouse);
    cli.put(
        "spark.ui.showConsoleProgress",
        "false"); // results go to stdout; no progress bar for a query
    cli.put("spark.sql.jsonGenerator.ignoreNullFields", "false"); // every JSON row has every column
    JobConfig cfg = JobConfig.load(conf, cli);
    // a session of its own: its views and its read-only setting stay out of any other session
    SparkSession spark = SparkSessions.getOrCreate(cfg.spark).newSession();
    Warehouse wh = new Warehouse(spark, cfg.warehouse);
    if (wh.registerViews().isEmpty()) {
      throw new IllegalStateException(
          "no tables in warehouse " + wh.location() + " (run 'msme-pulse run' first)");
    }
    ReadOnlyGuard.enable(spark, wh.location());
    Dataset<Row> result;
    try {
      ReadOnlyGuard.checkText(spark, query);
      result = spark.sql(query);
    } catch (RuntimeException e) {
      ReadOnlyGuard.Refused refused = ReadOnlyGuard.refusalIn(e);
      if (refused != null) {
        throw new Main.UsageException("sql is " + refused.getMessage());
      }
      throw e;
    }
    ResultPrinter.print(result, format, System.out);
    return 0;
  }
}
