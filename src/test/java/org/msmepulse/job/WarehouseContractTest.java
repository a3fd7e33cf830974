package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.delta.kernel.Scan;
import io.delta.kernel.TableManager;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import io.delta.tables.DeltaTable;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.warehouse.Tables;
import org.msmepulse.warehouse.Warehouse;

/**
 * What the warehouse promises analysts, on real Delta tables and ten articles of the built-in
 * sample split into two batches: batch A then batch B equals one run on both, a corrected article
 * replaces the old one everywhere (its old month empties), two concurrent runs equal one run, small
 * files are compacted, the tables resolve by catalog name, and Delta Kernel (no Spark) reads the
 * same rows. Tests 1-3 share the warehouse built by test 1 (hence the order).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehouseContractTest extends SparkTestBase {
  /** Columns naming the run or the input file, which differ between runs by design. */
  static final Set<String> RUN_COLUMNS =
      Set.of("run_id", "ingested_at", "record_source", "topic_model");

  /**
   * What a run that keeps its topic model leaves exactly as one run on all the articles: every
   * table but the topic tables and keywords (which follow the model and the corpus-wide weights of
   * its last fit), and the articles but for their topic columns.
   */
  static final Set<String> MODEL_COLUMNS = Set.of("topic_weights", "dominant_topic");

  static final Set<String> TOPIC_TABLES =
      Set.of(
          Tables.ARTICLE_TOPICS, Tables.TOPICS, Tables.TOPICS_BY_MONTH, Tables.KEYWORDS_BY_MONTH);

  static final List<String> A_IDS = List.of("s002", "s004", "s006", "s009", "s021");
  static final List<String> B_IDS = List.of("s008", "s010", "s013", "s014", "s019");

  @TempDir static Path dir;
  static Path a;
  static Path b;
  static Path fix;
  static Path aFixed;
  static String both;
  static String sequential;

  @BeforeAll
  static void writeBatchesAndRunBothTogether() throws Exception {
    Map<String, String> sample = sampleLines();
    a = write("a.jsonl", A_IDS.stream().map(sample::get).toList());
    b = write("b.jsonl", B_IDS.stream().map(sample::get).toList());
    // s004 (March 2024, Jaipur, Stand-Up India) corrected: the same id now carries the text, title
    // and date of s024 (July 2025, Howrah, TReDS), an article in neither batch.
    ObjectMapper json = new ObjectMapper();
    ObjectNode corrected = (ObjectNode) json.readTree(sample.get("s024"));
    corrected.put("id", "s004");
    String fixLine = json.writeValueAsString(corrected);
    fix = write("fix.jsonl", List.of(fixLine));
    aFixed =
        write(
            "a-fixed.jsonl",
            A_IDS.stream().map(id -> id.equals("s004") ? fixLine : sample.get(id)).toList());
    both = dir.resolve("both").toString();
    job(both, 0).run(List.of(a.toString(), b.toString()), null, false);
  }

  @Test
  @Order(1)
  void batchAThenBatchBEqualsOneRunOnBothAndACorrectionReplacesTheArticleEverywhere() {
    sequential = dir.resolve("sequential").toString();
    RunSummary runA = job(sequential, 0).run(List.of(a.toString()), null, false);
    RunSummary runB = job(sequential, 0).run(List.of(b.toString()), null, false);
    assertSameTables(sequential, both);
    // alone on the warehouse, a run's articles check passes at once
    assertThat(runA.metrics().get("attempts")).isEqualTo(1.0);
    assertThat(runB.metrics().get("attempts")).isEqualTo(1.0);

    Set<String> schemesBefore = schemesOf(sequential, "s004");
    assertThat(months(sequential, Tables.SCHEMES_BY_MONTH)).contains("2024-03");
    assertThat(months(sequential, Tables.REGIONS_BY_MONTH)).contains("2024-03");
    Path refitted = dir.resolve("refitted");
    copy(Path.of(sequential), refitted);
    // this run compacts every table with two files or more (test 2 checks it)
    RunSummary corrected = job(sequential, 2).run(List.of(fix.toString()), null, false);
    assertThat(corrected.articles()).isEqualTo(1);
    assertThat(corrected.metrics())
        .containsEntry("model_refit", 0.0)
        .containsEntry("articles_changed", 1.0);

    // the same tables as one run on the corrected batch A and batch B, the topics as of the last
    // fit
    String reference = dir.resolve("reference").toString();
    job(reference, 0).run(List.of(aFixed.toString(), b.toString()), null, false);
    assertSameCountTables(sequential, reference);
    // the same correction with --refit: every table as the one run
    RunSummary refit = job(refitted.toString(), 0).run(List.of(fix.toString()), null, true, false);
    assertThat(refit.metrics()).containsEntry("model_refit", 1.0);
    assertSameTables(refitted.toString(), reference);
    // one row for s004, in its new month; March 2024 (s004's alone) is gone from every monthly
    // table
    List<Row> s004 =
        spark
            .read()
            .format("delta")
            .load(sequential + "/" + Tables.ARTICLES)
            .where("article_id = 's004'")
            .collectAsList();
    assertThat(s004).hasSize(1);
    assertThat(s004.get(0).<String>getAs("month")).isEqualTo("2025-07");
    assertThat(count(sequential, Tables.ARTICLES)).isEqualTo(10);
    for (String t :
        List.of(
            Tables.SCHEMES_BY_MONTH,
            Tables.REGIONS_BY_MONTH,
            Tables.SCHEME_REGIONS_BY_MONTH,
            Tables.TOPICS_BY_MONTH,
            Tables.KEYWORDS_BY_MONTH)) {
      assertThat(months(sequential, t)).as(t).doesNotContain("2024-03").contains("2025-07");
    }
    assertThat(schemesOf(sequential, "s004")).isNotEqualTo(schemesBefore);
    // the change feed records the correction as an update of s004
    long fixVersion =
        DeltaTable.forPath(spark, sequential + "/" + Tables.ARTICLES)
            .history()
            .where("operation = 'MERGE'")
            .agg(org.apache.spark.sql.functions.max("version"))
            .first()
            .getLong(0);
    List<Row> changes =
        spark
            .read()
            .format("delta")
            .option("readChangeFeed", "true")
            .option("startingVersion", fixVersion)
            .option("endingVersion", fixVersion)
            .load(sequential + "/" + Tables.ARTICLES)
            .where("_change_type = 'update_postimage' AND article_id = 's004'")
            .collectAsList();
    assertThat(changes).hasSize(1);
    // runs links each run to the table versions it wrote
    List<Row> runs =
        spark
            .read()
            .format("delta")
            .load(sequential + "/" + Tables.RUNS)
            .orderBy("started_at")
            .collectAsList();
    assertThat(runs).hasSize(3);
    Map<String, Long> lastVersions =
        runs.get(2).getJavaMap(runs.get(2).fieldIndex("table_versions"));
    assertThat(
            spark
                .read()
                .format("delta")
                .option("versionAsOf", lastVersions.get(Tables.SCHEMES_BY_MONTH))
                .load(sequential + "/" + Tables.SCHEMES_BY_MONTH)
                .where("month = '2024-03'")
                .count())
        .isZero();
    Map<String, Long> firstVersions =
        runs.get(0).getJavaMap(runs.get(0).fieldIndex("table_versions"));
    assertThat(
            spark
                .read()
                .format("delta")
                .option("versionAsOf", firstVersions.get(Tables.ARTICLES))
                .load(sequential + "/" + Tables.ARTICLES)
                .count())
        .isEqualTo(5);
    // the README's time travel and change feed queries, through the read-only sql command
    String travel =
        SampleRunTest.capture(
            "sql",
            "SELECT count(*) AS n FROM delta.`"
                + sequential
                + "/articles` VERSION AS OF "
                + firstVersions.get(Tables.ARTICLES),
            "--warehouse",
            sequential,
            "--format",
            "csv");
    assertThat(travel.lines().toList()).containsExactly("n", "5");
    String feed =
        SampleRunTest.capture(
            "sql",
            "SELECT article_id, _change_type FROM table_changes_by_path('"
                + sequential
                + "/articles', "
                + fixVersion
                + ", "
                + fixVersion
                + ") WHERE article_id = 's004' ORDER BY _change_type",
            "--warehouse",
            sequential,
            "--format",
            "csv");
    assertThat(feed.lines().toList())
        .containsExactly(
            "article_id,_change_type", "s004,update_postimage", "s004,update_preimage");
  }

  @Test
  @Order(2)
  void smallFilesAreCompactedAfterARunWithoutChangingRows() {
    Warehouse wh = new Warehouse(spark, sequential);
    for (String t : Tables.ALL) {
      assertThat(wh.numFiles(t)).as(t).isLessThanOrEqualTo(1);
    }
    // runs got one file per run: three appends, compacted into one by OPTIMIZE after the third
    List<Row> optimizes =
        DeltaTable.forPath(spark, sequential + "/" + Tables.RUNS)
            .history()
            .where("operation = 'OPTIMIZE'")
            .orderBy("version")
            .collectAsList();
    assertThat(optimizes).isNotEmpty();
    Row last = optimizes.get(optimizes.size() - 1);
    Map<String, String> metrics = last.getJavaMap(last.fieldIndex("operationMetrics"));
    assertThat(Long.parseLong(metrics.get("numRemovedFiles"))).isGreaterThanOrEqualTo(2);
    assertThat(metrics.get("numAddedFiles")).isEqualTo("1");
    long before =
        spark
            .read()
            .format("delta")
            .option("versionAsOf", last.getLong(last.fieldIndex("version")) - 1)
            .load(sequential + "/" + Tables.RUNS)
            .count();
    assertThat(count(sequential, Tables.RUNS)).isEqualTo(before).isEqualTo(3);
  }

  @Test
  @Order(3)
  void deltaKernelReadsEveryTableWithTheRowCountsSparkReads() throws Exception {
    Engine engine = DefaultEngine.create(new org.apache.hadoop.conf.Configuration());
    Map<String, Long> kernel = new LinkedHashMap<>();
    for (String t : Tables.ALL) {
      kernel.put(t, kernelCount(engine, sequential + "/" + t));
    }
    assertThat(kernel).isEqualTo(new Warehouse(spark, sequential).counts());
    assertThat(kernel.get(Tables.ARTICLES)).isEqualTo(10);
    assertThat(kernel.get(Tables.RUNS)).isEqualTo(3);
    assertThat(kernel.get(Tables.SCHEMES_BY_MONTH)).isPositive();
  }

  @Test
  @Order(4)
  void twoConcurrentRunsEqualOneRunOnBothBatches() throws Exception {
    String concurrent = dir.resolve("concurrent").toString();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<RunSummary> runA =
          pool.submit(() -> job(concurrent, 0).run(List.of(a.toString()), null, false));
      Future<RunSummary> runB =
          pool.submit(() -> job(concurrent, 0).run(List.of(b.toString()), null, false));
      RunSummary sa = runA.get();
      RunSummary sb = runB.get();
      System.out.printf(
          "concurrent runs: attempts A=%s B=%s%n",
          sa.metrics().get("attempts"), sb.metrics().get("attempts"));
    } finally {
      pool.shutdownNow();
    }
    assertSameTables(concurrent, both);
    assertThat(
            spark
                .read()
                .format("delta")
                .load(concurrent + "/" + Tables.ARTICLES)
                .select("article_id")
                .distinct()
                .count())
        .isEqualTo(count(concurrent, Tables.ARTICLES))
        .isEqualTo(10);
    assertThat(count(concurrent, Tables.RUNS)).isEqualTo(2);
    // warehouse.optimize_min_files=0: no compaction
    assertThat(
            DeltaTable.forPath(spark, concurrent + "/" + Tables.RUNS)
                .history()
                .where("operation = 'OPTIMIZE'")
                .count())
        .isZero();
  }

  @Test
  @Order(5)
  void tablesAreAddressableByNameInTheCatalog() {
    Warehouse wh = new Warehouse(spark, both);
    List<String> names = wh.registerInCatalog("pulse_contract");
    assertThat(names)
        .contains(
            "pulse_contract.articles", "pulse_contract.schemes_by_month", "pulse_contract.runs");
    try {
      assertThat(spark.sql("SELECT count(*) FROM pulse_contract.articles").first().getLong(0))
          .isEqualTo(10);
      long joined =
          spark
              .sql(
                  "SELECT count(*) FROM pulse_contract.article_schemes s JOIN pulse_contract.articles a "
                      + "ON s.article_id = a.article_id")
              .first()
              .getLong(0);
      assertThat(joined).isEqualTo(count(both, Tables.ARTICLE_SCHEMES)).isPositive();
      Map<String, String> detail =
          spark
              .sql("DESCRIBE TABLE EXTENDED pulse_contract.schemes_by_month")
              .collectAsList()
              .stream()
              .collect(
                  Collectors.toMap(
                      r -> r.getString(0), r -> String.valueOf(r.get(1)), (x, y) -> x));
      assertThat(detail.get("Provider")).isEqualTo("delta");
      assertThat(detail.get("Location")).endsWith("/both/schemes_by_month");
      assertThat(detail.get("Type")).isEqualTo("EXTERNAL");
      // registering again is harmless
      assertThat(wh.registerInCatalog("pulse_contract")).isEqualTo(names);
    } finally {
      spark.sql("DROP DATABASE IF EXISTS pulse_contract CASCADE");
    }
    // dropping the names left the data
    assertThat(count(both, Tables.ARTICLES)).isEqualTo(10);
  }

  // --- helpers

  @Test
  @Order(6)
  void aRunTouchingTooManyArticlesToListReplacesTheArticleTablesWholeWithTheSameRows() {
    String whole = dir.resolve("whole").toString();
    job(whole, 0).run(List.of(a.toString()), null, false);
    job(whole, 0).run(List.of(b.toString()), null, false);
    RunSteps.idListLimit = 0; // the correction's one article is too many to list
    try {
      RunSummary corrected = job(whole, 0).run(List.of(fix.toString()), null, false);
      assertThat(corrected.metrics())
          .containsEntry("articles_changed", 1.0)
          .containsEntry("model_refit", 0.0)
          .containsEntry("months_touched", -1.0);
    } finally {
      RunSteps.idListLimit = RunSteps.ID_LIST_LIMIT;
    }
    // the same tables as the correction by id (test 1) and as one run on the corrected batches
    assertSameCountTables(whole, dir.resolve("reference").toString());
    assertSameCountTables(whole, sequential);
  }

  @Test
  @Order(7)
  void termStatisticsWithoutMonthCountsMakeTheNextRunDeriveEveryTable() {
    // a warehouse written before term_stats counted terms by month: its keywords could not be
    // updated by month, so the next run derives every table again
    Path upgraded = dir.resolve("upgraded");
    copy(Path.of(both), upgraded);
    Warehouse wh = new Warehouse(spark, upgraded.toString());
    wh.overwrite(
        Tables.TERM_STATS, wh.read(Tables.TERM_STATS).drop(Tables.TERM_STATS_MONTH_COUNTS));
    assertThat(org.msmepulse.warehouse.WarehouseState.read(spark, wh).needsFullDerive()).isTrue();
    RunSummary again = job(upgraded.toString(), 0).run(List.of(b.toString()), null, false);
    assertThat(again.metrics()).containsEntry("months_touched", -1.0);
    assertThat(wh.read(Tables.TERM_STATS).columns()).contains(Tables.TERM_STATS_MONTH_COUNTS);
    assertSameCountTables(upgraded.toString(), both);
    assertThat(org.msmepulse.warehouse.WarehouseState.read(spark, wh).needsFullDerive()).isFalse();
  }

  static PulseJob job(String warehouse, int optimizeMinFiles) {
    return new PulseJob(
        spark,
        JobConfig.defaults()
            .with(
                Map.of(
                    "warehouse",
                    warehouse,
                    "topics.k",
                    "3",
                    "topics.max_iter",
                    "5",
                    "warehouse.optimize_min_files",
                    String.valueOf(optimizeMinFiles))));
  }

  /**
   * Every table but runs holds the same rows in both warehouses (run and input-file columns aside).
   */
  static void assertSameTables(String actual, String expected) {
    for (String t : Tables.ALL) {
      if (!t.equals(Tables.RUNS)) {
        assertThat(rows(actual, t)).as(t).isEqualTo(rows(expected, t));
      }
    }
  }

  /**
   * The tables a run that keeps its model leaves as one run on all the articles ({@link
   * #MODEL_COLUMNS}).
   */
  static void assertSameCountTables(String actual, String expected) {
    for (String t : Tables.ALL) {
      if (!t.equals(Tables.RUNS) && !TOPIC_TABLES.contains(t)) {
        assertThat(rows(actual, t, MODEL_COLUMNS))
            .as(t)
            .isEqualTo(rows(expected, t, MODEL_COLUMNS));
      }
    }
  }

  static List<String> rows(String warehouse, String table) {
    return rows(warehouse, table, Set.of());
  }

  static List<String> rows(String warehouse, String table, Set<String> alsoLeftOut) {
    Dataset<Row> d = spark.read().format("delta").load(warehouse + "/" + table);
    String[] drop =
        Arrays.stream(d.columns())
            .filter(c -> RUN_COLUMNS.contains(c) || alsoLeftOut.contains(c))
            .toArray(String[]::new);
    return d.drop(drop).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  static void copy(Path from, Path to) {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Set<String> months(String warehouse, String table) {
    return spark
        .read()
        .format("delta")
        .load(warehouse + "/" + table)
        .select("month")
        .distinct()
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .collect(Collectors.toSet());
  }

  static Set<String> schemesOf(String warehouse, String articleId) {
    return spark
        .read()
        .format("delta")
        .load(warehouse + "/" + Tables.ARTICLE_SCHEMES)
        .where("article_id = '" + articleId + "'")
        .select("scheme_code")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .collect(Collectors.toSet());
  }

  static Map<String, String> sampleLines() throws Exception {
    Map<String, String> byId = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Ingest.class.getClassLoader().getResourceAsStream(Ingest.SAMPLE_RESOURCE),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          byId.put(json.readTree(line).get("id").asText(), line);
        }
      }
    }
    return byId;
  }

  static Path write(String name, List<String> lines) throws Exception {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  /**
   * Rows of a table's latest version as Delta Kernel sees them: log replay, Parquet, deletion
   * vectors.
   */
  static long kernelCount(Engine engine, String tablePath) throws Exception {
    Scan scan = TableManager.loadSnapshot(tablePath).build(engine).getScanBuilder().build();
    io.delta.kernel.data.Row scanState = scan.getScanState(engine);
    StructType physical = ScanStateRow.getPhysicalDataReadSchema(scanState);
    long rows = 0;
    try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
      while (files.hasNext()) {
        try (CloseableIterator<io.delta.kernel.data.Row> fileRows = files.next().getRows()) {
          while (fileRows.hasNext()) {
            io.delta.kernel.data.Row file = fileRows.next();
            FileStatus status = InternalScanFileUtils.getAddFileStatus(file);
            CloseableIterator<ColumnarBatch> data =
                engine
                    .getParquetHandler()
                    .readParquetFiles(
                        Utils.singletonCloseableIterator(status), physical, Optional.empty())
                    .map(FileReadResult::getData);
            try (CloseableIterator<FilteredColumnarBatch> batches =
                Scan.transformPhysicalData(engine, scanState, file, data)) {
              while (batches.hasNext()) {
                FilteredColumnarBatch batch = batches.next();
                Optional<ColumnVector> selected = batch.getSelectionVector();
                for (int r = 0; r < batch.getData().getSize(); r++) {
                  if (selected.isEmpty()
                      || (!selected.get().isNullAt(r) && selected.get().getBoolean(r))) {
                    rows++;
                  }
                }
              }
            }
          }
        }
      }
    }
    return rows;
  }
}
