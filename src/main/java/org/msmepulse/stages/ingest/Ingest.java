package org.msmepulse.stages.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha1;
import static org.apache.spark.sql.functions.substring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Reads the corpus into raw records ({@link RawRecords#SCHEMA}), one row per record read, from text
 * files (one article per file), JSON Lines, CSV or Parquet, local or on any Hadoop file system, or
 * from the built-in sample. Bad records become rows with a reason, never exceptions.
 */
public final class Ingest {
  /**
   * to_json options of the row names and excerpts, fixed here: by default to_json follows the
   * session's spark.sql.jsonGenerator.ignoreNullFields (which `sql --format json` turns off), and a
   * record's name must not depend on what else ran in the session.
   */
  private static final java.util.Map<String, String> JSON_OPTIONS =
      java.util.Map.of("ignoreNullFields", "true");

  public static final String SAMPLE_RESOURCE = "sample/articles.jsonl";
  private static final String[] FIELDS = {"id", "title", "url", "source", "published", "text"};

  private Ingest() {}

  /** A path and the format it is read in. */
  public record Input(String path, InputFormat format) {}

  /** Checks every path and decides its format, before any work starts. */
  public static List<Input> resolve(SparkSession spark, List<String> paths, String format) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<Input> out = new ArrayList<>();
    for (String p : paths) {
      out.add(new Input(p, InputFormat.resolve(p, format, hadoop)));
    }
    return out;
  }

  public static Dataset<Row> read(SparkSession spark, List<Input> inputs, String textGlob) {
    Dataset<Row> all = null;
    Map<InputFormat, List<String>> byFormat = new LinkedHashMap<>();
    for (Input in : inputs) {
      byFormat.computeIfAbsent(in.format(), f -> new ArrayList<>()).add(in.path());
    }
    for (Map.Entry<InputFormat, List<String>> e : byFormat.entrySet()) {
      Dataset<Row> ds =
          switch (e.getKey()) {
            case TEXT -> textFiles(spark, e.getValue(), textGlob);
            case JSONL -> jsonLines(spark, e.getValue());
            case CSV -> csv(spark, e.getValue());
            case PARQUET -> parquet(spark, e.getValue());
          };
      all = all == null ? ds : all.unionByName(ds);
    }
    return all;
  }

  /** The built-in sample corpus (a small resource: read on the driver). */
  public static Dataset<Row> sample(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    InputStream in = Ingest.class.getClassLoader().getResourceAsStream(SAMPLE_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "built-in sample " + SAMPLE_RESOURCE + " is missing from the build");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        rows.add(JsonLineParser.parse(String.format("builtin:%s:%06d", SAMPLE_RESOURCE, n), line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spark.createDataFrame(rows, RawRecords.SCHEMA);
  }

  static Dataset<Row> textFiles(SparkSession spark, List<String> paths, String glob) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    // Spark's file scan skips zero-length files: list them here so an empty article is quarantined,
    // not lost.
    org.apache.hadoop.fs.GlobPattern pattern = new org.apache.hadoop.fs.GlobPattern(glob);
    List<Row> empty = new ArrayList<>();
    List<String> files = new ArrayList<>(paths);
    for (String p : paths) {
      try {
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(p);
        org.apache.hadoop.fs.FileSystem fs = hp.getFileSystem(hadoop);
        org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> it =
            fs.listFiles(hp, true);
        boolean single = fs.getFileStatus(hp).isFile();
        while (it.hasNext()) {
          org.apache.hadoop.fs.LocatedFileStatus f = it.next();
          String name = f.getPath().getName();
          if (f.getLen() == 0
              && (single
                  || pattern.matches(name) && !name.startsWith(".") && !name.startsWith("_"))) {
            int dot = name.lastIndexOf('.');
            empty.add(
                RowFactory.create(
                    f.getPath().toString(),
                    dot > 0 ? name.substring(0, dot) : name,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "empty file",
                    ""));
          }
        }
      } catch (IOException e) {
        throw new InputFormat.InputException("cannot read input path " + p + ": " + e.getMessage());
      }
    }
    Dataset<Row> bin =
        spark
            .read()
            .format("binaryFile")
            .option("pathGlobFilter", glob)
            .option("recursiveFileLookup", "true")
            .load(files.toArray(new String[0]));
    Dataset<Row> read =
        bin.map(
            (org.apache.spark.api.java.function.MapFunction<Row, Row>)
                r -> {
                  String path = r.getString(r.fieldIndex("path"));
                  byte[] content = (byte[]) r.get(r.fieldIndex("content"));
                  String name = path.substring(path.lastIndexOf('/') + 1);
                  int dot = name.lastIndexOf('.');
                  String sourceId =
                      java.net.URLDecoder.decode(
                          dot > 0 ? name.substring(0, dot) : name, StandardCharsets.UTF_8);
                  RecordDecoding.Decoded d = RecordDecoding.decode(content, content.length);
                  if (d.error() != null) {
                    return RowFactory.create(
                        path,
                        sourceId,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        d.error(),
                        RecordDecoding.excerpt(content, content.length));
                  }
                  return RowFactory.create(
                      path, sourceId, null, null, null, null, null, d.text(), null, null);
                },
            Encoders.row(RawRecords.SCHEMA));
    return empty.isEmpty()
        ? read
        : read.unionByName(spark.createDataFrame(empty, RawRecords.SCHEMA));
  }

  static final String SPLIT_MAX = "mapreduce.input.fileinputformat.split.maxsize";

  static Dataset<Row> jsonLines(SparkSession spark, List<String> paths) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    if (conf.get(SPLIT_MAX) == null) {
      // Hadoop splits at the block size (32 MB on local disks, 128 MB on HDFS): a 73 MB file was 3
      // tasks for 2 cores, one core idle for a third of the read. Unless the cluster's Hadoop
      // configuration says otherwise (spark.hadoop.mapreduce.input.fileinputformat.split.maxsize),
      // lines are read in 8 MB splits, enough tasks to keep every core busy to the end.
      conf.setLong(SPLIT_MAX, 8L << 20);
    }
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines =
        (JavaNewHadoopRDD<LongWritable, Text>)
            jsc.newAPIHadoopFile(
                String.join(",", paths),
                TextInputFormat.class,
                LongWritable.class,
                Text.class,
                conf);
    // Executors open a file's first bytes themselves (the byte order mark decides how it is read),
    // so the driver never lists or opens the files.
    Broadcast<SerializableConfiguration> fsConf =
        jsc.broadcast(new SerializableConfiguration(conf));
    JavaRDD<Row> rows =
        lines.mapPartitionsWithInputSplit(
            (InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
              FileSplit fileSplit = (FileSplit) split;
              String file = fileSplit.getPath().toString();
              Utf16File utf16 = Utf16File.open(fileSplit.getPath(), fsConf.value().value());
              if (utf16 != null) {
                // Every split of a UTF-16 file sees the mark; the first reads the whole file, the
                // others nothing.
                if (fileSplit.getStart() != 0) {
                  utf16.close();
                  return java.util.Collections.emptyIterator();
                }
                org.apache.spark.TaskContext.get()
                    .addTaskCompletionListener(
                        (org.apache.spark.util.TaskCompletionListener)
                            ctx -> {
                              try {
                                utf16.close();
                              } catch (IOException e) {
                                throw new UncheckedIOException(e);
                              }
                            });
                Iterator<Utf16Lines.Line> u = utf16.lines();
                return new Iterator<Row>() {
                  @Override
                  public boolean hasNext() {
                    return u.hasNext();
                  }

                  @Override
                  public Row next() {
                    Utf16Lines.Line l = u.next();
                    return JsonLineParser.parse(
                        String.format("%s@%012d", file, l.offset()), l.bytes(), utf16.charset());
                  }
                };
              }
              List<Row> out = new ArrayList<>();
              while (it.hasNext()) {
                Tuple2<LongWritable, Text> t = it.next();
                byte[] bytes = Arrays.copyOf(t._2().getBytes(), t._2().getLength());
                // zero-padded byte offset: record sources sort in file order
                String source = String.format("%s@%012d", file, t._1().get());
                if (t._1().get() == 0
                    && bytes.length >= 3
                    && (bytes[0] & 0xFF) == 0xEF
                    && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                  bytes = Arrays.copyOfRange(bytes, 3, bytes.length); // UTF-8 byte order mark
                }
                if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                  bytes = Arrays.copyOf(bytes, bytes.length - 1);
                }
                out.add(JsonLineParser.parse(source, bytes, bytes.length));
              }
              return out.iterator();
            },
            true);
    return spark.createDataFrame(rows, RawRecords.SCHEMA);
  }

  /**
   * CSV files are read per file on the executors by {@link CsvFiles} (Spark's own CSV reader
   * decodes leniently: bad bytes would become U+FFFD in an article without a word). Like Spark's
   * reader with multiLine, one task reads a whole file; unlike it, each file is read in the
   * encoding its byte order mark names, and a record holding bytes that are not valid in it is
   * quarantined by itself. The first file's header names the columns (of every file, positionally,
   * as Spark does); the driver reads only that header.
   */
  static Dataset<Row> csv(SparkSession spark, List<String> paths) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>();
    for (String p : paths) {
      files.addAll(csvFiles(p, hadoop));
    }
    String[] header = null;
    for (int i = 0; i < files.size() && header == null; i++) {
      header = CsvFiles.header(files.get(i), hadoop);
    }
    if (header == null) {
      throw new InputFormat.InputException(
          "CSV input " + String.join(", ", paths) + " has no header (no records at all)");
    }
    if (!Arrays.asList(header).contains("text")) {
      throw new InputFormat.InputException(
          "CSV input " + String.join(", ", paths) + " has no 'text' column in its header");
    }
    StructType schema = new StructType();
    for (String name : header) {
      schema = schema.add(name, DataTypes.StringType);
    }
    StructType data = schema;
    for (String name : CsvFiles.INTERNAL) {
      if (data.getFieldIndex(name).isDefined()) {
        throw new InputFormat.InputException(
            "CSV input "
                + String.join(", ", paths)
                + " has a column named "
                + name
                + ", a name this reader keeps for itself");
      }
      schema = schema.add(name, DataTypes.StringType);
    }
    int width = header.length;
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> fsConf =
        jsc.broadcast(new SerializableConfiguration(hadoop));
    JavaRDD<Row> rows =
        jsc.parallelize(files, Math.max(1, Math.min(files.size(), 10_000)))
            .flatMap(f -> CsvFiles.rows(f, fsConf.value().value(), width));
    return fromColumns(
        spark.createDataFrame(rows, schema),
        data,
        col(CsvFiles.FILE),
        CsvFiles.CORRUPT,
        CsvFiles.READ_ERROR,
        CsvFiles.READ_EXCERPT,
        false); // CsvFiles found any bad bytes itself
  }

  /** The files Spark's CSV reader reads for a path: the file, or a folder's visible files. */
  private static List<String> csvFiles(String path, Configuration hadoop) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(hadoop);
      List<String> out = new ArrayList<>();
      for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(p)) {
        String name = st.getPath().getName();
        if (st.isFile()
            && (st.getPath().equals(fs.makeQualified(p))
                || !name.startsWith(".") && !name.startsWith("_"))) {
          out.add(st.getPath().toString());
        }
      }
      return out;
    } catch (IOException e) {
      throw new InputFormat.InputException(
          "cannot read input path " + path + ": " + e.getMessage());
    }
  }

  /**
   * Parquet files: every file's footer is read first (in parallel, on the executors), so that what
   * Spark's reader would fail the whole job on is dealt with before any data is read:
   *
   * <ul>
   *   <li>a file that is not readable Parquet (cut short, another format named .parquet) becomes
   *       one quarantine row naming the file and the cause, and the other files are read; when no
   *       file of an input path is readable, the run stops (exit 1) naming the files and causes;
   *   <li>a file without a {@code text} column, or whose {@code text} is not a string column, stops
   *       the run (exit 1) naming the file, as a CSV header without {@code text} does: the input is
   *       not what the job reads, and quarantining its rows one by one would hide that;
   *   <li>files with different schemas are read separately (Spark reads every file with the first
   *       file's schema, and fails on a column whose type differs), and their columns cast to
   *       strings.
   * </ul>
   *
   * Parquet strings are meant to be UTF-8 but nothing enforces it: a row whose fields hold invalid
   * bytes is quarantined as {@code invalid UTF-8}, as in the other formats.
   */
  static Dataset<Row> parquet(SparkSession spark, List<String> paths) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    // Spark lists the files as its reader would (hidden files skipped, partition folders walked);
    // with a schema given, listing reads no footer.
    StructType none = new StructType().add("text", DataTypes.StringType);
    Map<String, List<String>> filesByPath = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (String p : paths) {
      // inputFiles are URIs (a space is %20); as paths they name the same files in sources and
      // reads
      List<String> fs =
          Arrays.stream(spark.read().schema(none).parquet(p).inputFiles())
              .map(u -> new org.apache.hadoop.fs.Path(java.net.URI.create(u)).toString())
              .toList();
      if (fs.isEmpty()) {
        throw new InputFormat.InputException("found no Parquet files in " + p);
      }
      filesByPath.put(p, fs);
      files.addAll(fs);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> fsConf =
        jsc.broadcast(new SerializableConfiguration(hadoop));
    Map<String, ParquetFiles.Footer> footers = new LinkedHashMap<>();
    for (ParquetFiles.Footer f :
        jsc.parallelize(files, Math.max(1, Math.min(files.size(), 1000)))
            .map(f -> ParquetFiles.check(f, fsConf.value().value()))
            .collect()) {
      footers.put(f.file(), f);
    }
    for (Map.Entry<String, List<String>> e : filesByPath.entrySet()) {
      List<ParquetFiles.Footer> fs = e.getValue().stream().map(footers::get).toList();
      if (fs.stream().allMatch(f -> f.unreadable() != null)) {
        throw new InputFormat.InputException(
            "no readable Parquet file in "
                + e.getKey()
                + ": "
                + fs.stream()
                    .limit(3)
                    .map(f -> f.file() + ": " + f.unreadable())
                    .collect(java.util.stream.Collectors.joining("; ")));
      }
    }
    for (ParquetFiles.Footer f : footers.values()) {
      if (f.badText() != null) {
        throw new InputFormat.InputException("Parquet file " + f.file() + " " + f.badText());
      }
    }
    List<Row> unreadable = new ArrayList<>();
    Map<String, List<String>> bySchema = new LinkedHashMap<>();
    for (ParquetFiles.Footer f : footers.values()) {
      if (f.unreadable() != null) {
        unreadable.add(
            RowFactory.create(
                f.file(), null, null, null, null, null, null, null, f.unreadable(), f.excerpt()));
      } else {
        bySchema.computeIfAbsent(f.schema(), k -> new ArrayList<>()).add(f.file());
      }
    }
    Dataset<Row> all = null;
    if (unreadable.isEmpty() && bySchema.size() == 1) {
      all = parquetFiles(spark, paths); // the usual case: read as given, partition columns and all
    } else {
      for (List<String> group : bySchema.values()) {
        Dataset<Row> ds = parquetFiles(spark, group);
        all = all == null ? ds : all.unionByName(ds);
      }
    }
    return unreadable.isEmpty()
        ? all
        : all.unionByName(spark.createDataFrame(unreadable, RawRecords.SCHEMA));
  }

  private static Dataset<Row> parquetFiles(SparkSession spark, List<String> paths) {
    Dataset<Row> df = spark.read().parquet(paths.toArray(new String[0]));
    if (!Arrays.asList(df.columns())
        .contains("text")) { // a partition column cannot be it, but be sure
      throw new InputFormat.InputException(
          "Parquet input " + String.join(", ", paths) + " has no 'text' column");
    }
    return fromColumns(df, df.schema(), col("_metadata.file_path"), null, null, null, true);
  }

  /**
   * Columnar inputs: pick the contract's fields by name, mark rows without text. {@code schema} is
   * the data's columns; the optional columns name a malformed row's raw text, and a reader's own
   * reason and excerpt for a row it could not read (which come first). With {@code checkUtf8}, a
   * row whose contract fields hold bytes that are not valid UTF-8 (Spark's strings are bytes,
   * unchecked) is quarantined as such.
   */
  private static Dataset<Row> fromColumns(
      Dataset<Row> df,
      StructType schema,
      Column file,
      String corruptColumn,
      String readErrorColumn,
      String readExcerptColumn,
      boolean checkUtf8) {
    List<String> names = Arrays.asList(schema.fieldNames());
    List<Column> cols = new ArrayList<>();
    // A row is named by its file and a hash of its fields; identical rows of one file (a row
    // repeated) get ~2, ~3, ... so every record keeps a name of its own and none is lost in a join.
    Column[] data = names.stream().map(Ingest::column).toArray(Column[]::new);
    Column[] hashed =
        corruptColumn == null
            ? data
            : java.util.stream.Stream.concat(
                    Arrays.stream(data), java.util.stream.Stream.of(col(corruptColumn)))
                .toArray(Column[]::new);
    df =
        df.withColumn("_row_file", file)
            .withColumn(
                "_row_hash",
                substring(
                    sha1(
                        org.apache.spark.sql.functions.to_json(
                            org.apache.spark.sql.functions.struct(hashed), JSON_OPTIONS)),
                    1,
                    12));
    df =
        df.withColumn(
            "_copy",
            org.apache
                .spark
                .sql
                .functions
                .row_number()
                .over(
                    org.apache.spark.sql.expressions.Window.partitionBy("_row_file", "_row_hash")
                        .orderBy("_row_hash")));
    Column recordSource =
        concat(
            col("_row_file"),
            lit("#"),
            col("_row_hash"),
            org.apache
                .spark
                .sql
                .functions
                .when(col("_copy").gt(1), concat(lit("~"), col("_copy").cast("string")))
                .otherwise(lit("")));
    cols.add(recordSource.as("record_source"));
    Column id = names.contains("id") ? col("id").cast("string") : lit(null).cast("string");
    cols.add(id.as("source_id"));
    for (String f : FIELDS) {
      cols.add((names.contains(f) ? col(f).cast("string") : lit(null).cast("string")).as(f));
    }
    // an empty string is no text, as in JSON Lines (a CSV reader already makes empty fields null)
    Column text =
        org.apache.spark.sql.functions.when(
            col("text").cast("string").notEqual(lit("")), col("text").cast("string"));
    Column readError = readErrorColumn == null ? lit(null).cast("string") : col(readErrorColumn);
    Column validUtf8 = lit(true);
    if (checkUtf8) {
      for (String f : FIELDS) {
        if (names.contains(f)) {
          validUtf8 =
              validUtf8.and(
                  org.apache.spark.sql.functions.coalesce(
                      org.apache.spark.sql.functions.is_valid_utf8(col(f).cast("string")),
                      lit(true)));
        }
      }
      readError =
          org.apache
              .spark
              .sql
              .functions
              .when(org.apache.spark.sql.functions.not(validUtf8), lit("invalid UTF-8"))
              .otherwise(readError);
    }
    Column error =
        org.apache
            .spark
            .sql
            .functions
            .when(readError.isNotNull(), readError)
            .when(
                corruptColumn == null ? lit(false) : col(corruptColumn).isNotNull(),
                lit("malformed CSV row (wrong number of fields or bad quoting)"))
            .when(text.isNull(), lit("record has no text"));
    cols.add(error.as("error"));
    // The excerpt: the reader's own, else the raw line of a malformed row, else (a row without
    // text) its fields as JSON.
    Column fieldsJson =
        substring(
            org.apache.spark.sql.functions.to_json(
                org.apache.spark.sql.functions.struct(data), JSON_OPTIONS),
            1,
            200);
    Column excerpt = org.apache.spark.sql.functions.when(text.isNull(), fieldsJson);
    if (corruptColumn != null) {
      excerpt =
          org.apache.spark.sql.functions.coalesce(substring(col(corruptColumn), 1, 200), excerpt);
    }
    if (readExcerptColumn != null) {
      excerpt = org.apache.spark.sql.functions.coalesce(col(readExcerptColumn), excerpt);
    }
    if (checkUtf8) { // the fields as JSON, each bad byte shown as U+FFFD
      excerpt =
          org.apache
              .spark
              .sql
              .functions
              .when(
                  org.apache.spark.sql.functions.not(validUtf8),
                  org.apache.spark.sql.functions.make_valid_utf8(
                      substring(
                          org.apache.spark.sql.functions.to_json(
                              org.apache.spark.sql.functions.struct(data), JSON_OPTIONS),
                          1,
                          200)))
              .otherwise(excerpt);
    }
    cols.add(excerpt.as("raw_excerpt"));
    Dataset<Row> out = df.select(cols.toArray(new Column[0]));
    return out.withColumn(
        "text", org.apache.spark.sql.functions.when(col("error").isNull(), col("text")));
  }

  /** A column by its name, quoted: a header name may hold a dot or a backtick. */
  private static Column column(String name) {
    return col("`" + name.replace("`", "``") + "`");
  }
}
