package org.msmepulse.warehouse;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A folder of Delta tables, one per {@link Tables} name, on any Hadoop file system. Writers: MERGE
 * on a key (articles; the insert-only logs), atomic overwrite (derived tables), and the table
 * versions each write produced, for the {@code runs} row. Readers address tables by name.
 */
public final class Warehouse {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Warehouse.class);
  private final SparkSession spark;
  private final Path root;

  public Warehouse(SparkSession spark, String location) {
    this.spark = spark;
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("warehouse location is empty");
    }
    String secret = org.msmepulse.config.Locations.credentialsIn(location, "warehouse");
    if (secret != null) {
      throw new IllegalArgumentException(secret);
    }
    try {
      Path p = new Path(location);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      this.root = fs.makeQualified(p);
      if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
        throw new IllegalArgumentException("warehouse " + location + " is a file, not a folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open warehouse " + location + ": " + e.getMessage(), e);
    }
  }

  SparkSession spark() {
    return spark;
  }

  public String location() {
    return root.toString();
  }

  public String path(String table) {
    return new Path(root, table).toString();
  }

  public boolean exists(String table) {
    return DeltaTable.isDeltaTable(spark, path(table));
  }

  public Dataset<Row> read(String table) {
    return spark.read().format("delta").load(path(table));
  }

  /** Deletes every table and the saved model (for --rebuild). */
  public void clear() {
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String t : Tables.ALL) {
        fs.delete(new Path(root, t), true);
      }
      fs.delete(new Path(root, Tables.MODEL_DIR), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear warehouse " + root + ": " + e.getMessage(), e);
    }
  }

  /** Replaces a table's content in one commit (creates it when missing). */
  public long overwrite(String table, Dataset<Row> data) {
    if (!exists(table)) {
      return create(table, data);
    }
    TableDesign.Design d = TableDesign.of(table);
    writer(table, data, true)
        .mode("overwrite")
        .option("overwriteSchema", "true")
        .option("delta.enableChangeDataFeed", String.valueOf(d != null && d.changeFeed()))
        .save(path(table));
    return version(table);
  }

  /**
   * Creates a table with its rows, its description, column comments and {@link #creationProperties}
   * in one commit (a CREATE TABLE AS SELECT on the path, through Delta's catalog). Writing the rows
   * and then adding the description with ALTER TABLE cost a second commit, a table snapshot and a
   * catalog name per table: on a new warehouse of 14 tables that was most of the write step
   * (0.5-0.7 s a table, measured in one harness, against 0.2-0.4 s for the creation itself). Two
   * runs creating a table at once: the second one's commit conflicts with the first, which the run
   * retries like any concurrent change.
   */
  long create(String table, Dataset<Row> data) {
    org.apache.spark.sql.DataFrameWriterV2<Row> w =
        TableDesign.withComments(table, data).writeTo(pathIdentifier(table)).using("delta");
    for (Map.Entry<String, String> p : creationProperties(table).entrySet()) {
      w = w.tableProperty(p.getKey(), p.getValue());
    }
    TableDesign.Design d = TableDesign.of(table);
    if (d != null) {
      w = w.tableProperty("comment", d.comment());
    }
    try {
      w.createOrReplace();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot create table " + table + " at " + path(table) + ": " + e.getMessage(), e);
    }
    return version(table);
  }

  /**
   * The Delta catalog's identifier of a table's folder ({@code delta.`path`}, backticks doubled).
   */
  String pathIdentifier(String table) {
    return "delta.`" + path(table).replace("`", "``") + "`";
  }

  /**
   * Replaces the rows that match {@code predicate} (SQL over the table's columns) with {@code data}
   * in one commit; every row of {@code data} must match it. Creates the table when missing.
   */
  public long replaceWhere(String table, Dataset<Row> data, String predicate) {
    if (!exists(table)) {
      return overwrite(table, data);
    }
    writer(table, data, true).mode("overwrite").option("replaceWhere", predicate).save(path(table));
    return version(table);
  }

  /**
   * {@link #replaceWhere} for a small table: the rows that do not match {@code predicate} are read
   * at the table's latest version and written back with {@code data} as the whole table, in one
   * commit of one file. For the monthly tables (a few thousand rows at any corpus size) this costs
   * about a third of a replaceWhere, which finds, filters and rewrites the matching files and
   * checks the new rows in several more Spark jobs (0.23 s against 0.76 s warm in one harness). The
   * kept rows are read from the latest snapshot, the one the overwrite's transaction starts from,
   * so the table's state is reconstructed once, not once for a pinned version and again for the
   * commit. A commit by another writer between the read and this commit fails the call with a
   * {@link ConcurrentChange}.
   */
  public long rewriteWhere(String table, Dataset<Row> data, String predicate) {
    if (!exists(table)) {
      return create(table, data);
    }
    long read = version(table);
    Column[] columns =
        java.util.Arrays.stream(data.columns())
            .map(c -> functions.col("`" + c + "`"))
            .toArray(Column[]::new);
    // the rows kept, with the new ones, in the new rows' columns (a column the table lacks is null
    // in its kept rows; one the new rows lack is dropped)
    Dataset<Row> rows =
        read(table)
            .filter(
                functions.not(functions.coalesce(functions.expr(predicate), functions.lit(false))))
            .unionByName(data, true)
            .select(columns);
    long v = overwrite(table, rows.coalesce(1));
    if (v != read + 1) {
      throw new ConcurrentChange(
          "another run changed " + table + " (version " + read + ") while this run rewrote it");
    }
    return v;
  }

  /**
   * Commits that change a table's rows: not OPTIMIZE (which rearranges them), VACUUM, or the table
   * property, constraint and column statements older versions of this project ran after creating a
   * table.
   */
  static final String DATA_CHANGE =
      "NOT (operation IN ('OPTIMIZE', 'VACUUM START', 'VACUUM END') OR operation LIKE '%TBLPROPERTIES%'"
          + " OR operation LIKE '%CONSTRAINT%' OR operation LIKE '%COLUMN%' OR operation LIKE '%PROTOCOL%')";

  /** The table at a version (time travel). */
  public Dataset<Row> readAt(String table, long version) {
    return spark.read().format("delta").option("versionAsOf", version).load(path(table));
  }

  /**
   * The latest version of a table that changed its rows (an OPTIMIZE only rearranges them and does
   * not count), or -1 when the table does not exist.
   */
  public long dataVersion(String table) {
    if (!exists(table)) {
      return -1;
    }
    Row last =
        DeltaTable.forPath(spark, path(table))
            .history(50)
            .where(DATA_CHANGE)
            .agg(functions.max("version"))
            .first();
    return last.isNullAt(0) ? version(table) : last.getLong(0);
  }

  /** Versions after {@code after} that changed the table's rows. */
  public List<Long> dataVersionsAfter(String table, long after) {
    List<Long> out = new ArrayList<>();
    for (Row r :
        DeltaTable.forPath(spark, path(table))
            .history()
            .where("version > " + after + " AND " + DATA_CHANGE)
            .select("version")
            .collectAsList()) {
      out.add(r.getLong(0));
    }
    return out;
  }

  /**
   * The table properties of a {@link TableDesign} (change data feed, retention, CHECK constraints),
   * given as {@code delta.*} options of the write that creates the table, so they are in its first
   * commit. Applied one ALTER TABLE at a time, each cost a commit, a new snapshot and, for a
   * constraint, a scan: on a new warehouse that was 5 commits per table and most of the writing
   * time. A constraint set at creation is enforced like one added later (there are no older rows to
   * check). The description is the creation's {@code comment} property ({@link #create}).
   */
  static Map<String, String> creationProperties(String table) {
    TableDesign.Design d = TableDesign.of(table);
    Map<String, String> out = new LinkedHashMap<>();
    if (d == null) {
      return out;
    }
    out.put("delta.enableChangeDataFeed", String.valueOf(d.changeFeed()));
    if (TableDesign.DELETION_VECTORS.contains(table)) {
      out.put("delta.enableDeletionVectors", "true");
    }
    out.put("delta.deletedFileRetentionDuration", RETENTION_FILES);
    out.put("delta.logRetentionDuration", RETENTION_LOG);
    for (Map.Entry<String, String> c : d.checks().entrySet()) {
      out.put("delta.constraints." + c.getKey().toLowerCase(java.util.Locale.ROOT), c.getValue());
    }
    return out;
  }

  /**
   * A Delta writer of the rows with their column comments; for a new table, its {@link
   * #creationProperties}.
   */
  private static org.apache.spark.sql.DataFrameWriter<Row> writer(
      String table, Dataset<Row> data, boolean existed) {
    org.apache.spark.sql.DataFrameWriter<Row> w =
        TableDesign.withComments(table, data).write().format("delta");
    return existed ? w : w.options(creationProperties(table));
  }

  static final String RETENTION_FILES = "interval 7 days";
  static final String RETENTION_LOG = "interval 30 days";

  /**
   * Upserts rows by key: rows whose other columns differ from the stored row are updated, new keys
   * inserted; unchanged rows are not rewritten. {@code ignoreColumns} are not compared (run ids).
   */
  public long merge(String table, Dataset<Row> data, String key, List<String> ignoreColumns) {
    if (!exists(table)) {
      return overwrite(table, data);
    }
    List<Column> differs = new ArrayList<>();
    for (String c : data.columns()) {
      if (!c.equals(key) && !ignoreColumns.contains(c)) {
        differs.add(
            functions.not(
                functions.col("t.`" + c + "`").eqNullSafe(functions.col("s.`" + c + "`"))));
      }
    }
    Column changed = differs.stream().reduce(Column::or).orElse(functions.lit(false));
    DeltaTable.forPath(spark, path(table))
        .as("t")
        .merge(
            data.as("s"),
            functions.col("t.`" + key + "`").equalTo(functions.col("s.`" + key + "`")))
        .whenMatched(changed)
        .updateAll()
        .whenNotMatched()
        .insertAll()
        .withSchemaEvolution()
        .execute();
    return version(table);
  }

  /**
   * Inserts only rows whose key is not yet in the table (logs that must not double on a re-run).
   */
  public long insertNew(String table, Dataset<Row> data, String... keys) {
    if (!exists(table)) {
      return overwrite(table, data);
    }
    Column on = null;
    for (String k : keys) {
      Column eq = functions.col("t.`" + k + "`").eqNullSafe(functions.col("s.`" + k + "`"));
      on = on == null ? eq : on.and(eq);
    }
    DeltaTable.forPath(spark, path(table))
        .as("t")
        .merge(data.as("s"), on)
        .whenNotMatched()
        .insertAll()
        .execute();
    return version(table);
  }

  /**
   * {@link #append} whose commit carries {@code userMetadata} (Delta's commitInfo field, shown by
   * DESCRIBE HISTORY), set for this one write: the session's setting is put back after it.
   */
  public long append(String table, Dataset<Row> data, String userMetadata) {
    String key = "spark.databricks.delta.commitInfo.userMetadata";
    scala.Option<String> before = spark.conf().getOption(key);
    spark.conf().set(key, userMetadata);
    try {
      return append(table, data);
    } finally {
      if (before.isDefined()) {
        spark.conf().set(key, before.get());
      } else {
        spark.conf().unset(key);
      }
    }
  }

  public long append(String table, Dataset<Row> data) {
    if (!exists(table)) {
      return create(table, data);
    }
    writer(table, data, true).mode("append").option("mergeSchema", "true").save(path(table));
    return version(table);
  }

  /** A table's latest version, from its log listing (no Spark job). */
  public long version(String table) {
    return org.apache.spark.sql.delta.DeltaLog.forTable(spark, path(table))
        .update(false, scala.Option.empty(), scala.Option.empty())
        .version();
  }

  /** Data files in a table's latest version (DESCRIBE DETAIL numFiles). */
  public long numFiles(String table) {
    return DeltaTable.forPath(spark, path(table)).detail().first().<Long>getAs("numFiles");
  }

  /**
   * The Delta setting OPTIMIZE reads for the size under which a file is rewritten (default 1 GB).
   */
  static final String OPTIMIZE_MIN_FILE_SIZE = "spark.databricks.delta.optimize.minFileSize";

  private static final Object OPTIMIZE_SETTING = new Object();

  /**
   * Compacts a table's small files (OPTIMIZE) when at least {@code minFiles} of its data files are
   * smaller than {@code smallBytes}; returns whether it did. Only those files are rewritten (packed
   * into files of up to Delta's 1 GB target); files of {@code smallBytes} or more are left as they
   * are. Counting all files instead made a large run rewrite its own well-sized output: 1,000,000
   * articles are written as 20 files of about 50 MB, and OPTIMIZE rewrote all 1 GB of them. The
   * rows are unchanged; time travel to earlier versions still works until VACUUM.
   */
  public boolean optimizeIfFragmented(String table, int minFiles, long smallBytes) {
    if (minFiles <= 0
        || !exists(table)
        || fileCount(table) < minFiles
        || smallFiles(table, smallBytes, minFiles) < minFiles) {
      return false;
    }
    // The public OPTIMIZE builder takes no size; Delta reads it from the session when it runs. So
    // the session's value is set for this one command and put back after; the lock keeps two runs
    // compacting at once in one JVM from restoring it under each other's OPTIMIZE.
    synchronized (OPTIMIZE_SETTING) {
      String before = spark.conf().get(OPTIMIZE_MIN_FILE_SIZE, null);
      spark.conf().set(OPTIMIZE_MIN_FILE_SIZE, smallBytes);
      try {
        DeltaTable.forPath(spark, path(table)).optimize().executeCompaction();
      } finally {
        if (before == null) {
          spark.conf().unset(OPTIMIZE_MIN_FILE_SIZE);
        } else {
          spark.conf().set(OPTIMIZE_MIN_FILE_SIZE, before);
        }
      }
    }
    return true;
  }

  /**
   * The data files of a table's latest version, from the version checksum file Delta writes with
   * each commit ({@code _delta_log/<version>.crc}, its {@code numFiles}): one small read, where the
   * snapshot's own count reconstructs the table state with Spark jobs (about 0.6 s a table). Falls
   * back to the snapshot when the checksum is missing or unreadable.
   */
  long fileCount(String table) {
    org.apache.spark.sql.delta.Snapshot snapshot =
        org.apache.spark.sql.delta.DeltaLog.forTable(spark, path(table))
            .update(false, scala.Option.empty(), scala.Option.empty());
    Path crc =
        new Path(
            new Path(path(table), "_delta_log"), String.format("%020d.crc", snapshot.version()));
    try {
      FileSystem fs = crc.getFileSystem(spark.sessionState().newHadoopConf());
      try (java.io.InputStream in = fs.open(crc)) {
        com.fasterxml.jackson.databind.JsonNode n =
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("numFiles");
        if (n != null && n.canConvertToLong()) {
          return n.asLong();
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("no checksum for {} version {}: {}", table, snapshot.version(), e.toString());
    }
    return snapshot.numOfFiles();
  }

  /**
   * The data files of a table's latest version smaller than {@code smallBytes}, counted up to
   * {@code enough} (the table's file list comes from its Delta log; each size from one file-status
   * call, so a table of thousands of files on an object store costs at most a few dozen of them
   * when its small files are many).
   */
  public int smallFiles(String table, long smallBytes, int enough) {
    String[] files = read(table).inputFiles();
    org.apache.hadoop.conf.Configuration conf = spark.sessionState().newHadoopConf();
    int small = 0;
    try {
      for (String f : files) {
        Path p = new Path(java.net.URI.create(f));
        if (p.getFileSystem(conf).getFileStatus(p).getLen() < smallBytes && ++small >= enough) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the file sizes of table " + table + ": " + e.getMessage(), e);
    }
    return small;
  }

  /**
   * Registers every existing table in the session's catalog (Hive metastore, Unity Catalog or
   * Spark's in-memory catalog) as {@code database.table}, an external table over the Delta folder:
   * dropping the name later leaves the data. Names already registered are left as they are.
   */
  public List<String> registerInCatalog(String database) {
    if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "database name '" + database + "' is not a plain identifier");
    }
    spark.sql("CREATE DATABASE IF NOT EXISTS " + database);
    List<String> names = new ArrayList<>();
    for (String t : Tables.ALL) {
      if (exists(t)) {
        String name = database + "." + t;
        if (!spark.catalog().tableExists(name)) {
          spark.catalog().createTable(name, path(t), "delta");
        }
        names.add(name);
      }
    }
    return names;
  }

  /** Registers every existing table as a temporary view under its plain name; returns the names. */
  public List<String> registerViews() {
    List<String> names = new ArrayList<>();
    for (String t : Tables.ALL) {
      if (exists(t)) {
        read(t).createOrReplaceTempView(t);
        names.add(t);
      }
    }
    return names;
  }

  /** Row counts of every existing table. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : Tables.ALL) {
      if (exists(t)) {
        out.put(t, read(t).count());
      }
    }
    return out;
  }
}
