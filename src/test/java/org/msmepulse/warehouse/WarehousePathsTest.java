package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.cli.Main;
import org.msmepulse.config.Locations;
import org.msmepulse.spark.SparkTestBase;

/**
 * User-given paths never reach SQL text, and never carry a secret into logs or tables: a warehouse
 * path full of SQL quoting characters works like any other; a URI with user:secret@ is refused with
 * exit status 1, before any table is touched, and the message masks the secret.
 */
class WarehousePathsTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void aWarehousePathWithQuotesAndSemicolonsIsJustAPath() {
    Path odd = dir.resolve("wh ' \" ` ; -- DROP TABLE runs");
    Warehouse wh = new Warehouse(spark, odd.toString());
    StructType schema =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("raw_excerpt", DataTypes.StringType)
            .add("run_id", DataTypes.StringType);
    wh.overwrite(
        Tables.QUARANTINE,
        spark.createDataFrame(
            List.of(RowFactory.create("a.jsonl@0", "empty record", "", "r1")), schema));
    // the table was created through its catalog identifier (backticks doubled): the comment is
    // there
    Row detail =
        io.delta.tables.DeltaTable.forPath(spark, wh.path(Tables.QUARANTINE)).detail().first();
    assertThat(detail.<String>getAs("description"))
        .isEqualTo("Input records rejected, with the reason.");
    assertThat(wh.read(Tables.QUARANTINE).collectAsList()).hasSize(1);
    assertThat(Files.isDirectory(odd.resolve(Tables.QUARANTINE).resolve("_delta_log"))).isTrue();
  }

  @Test
  void aRefusedInputLeavesTheWarehouseAsItWasEvenWithRebuild() throws Exception {
    Path wh = dir.resolve("kept");
    withOneQuarantineRow(wh);
    Path noText = dir.resolve("no-text.csv");
    Files.writeString(noText, "id,title\nx1,शीर्षक\n");
    Cli cli =
        execute("run", "--rebuild", "--warehouse", wh.toString(), "--input", noText.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.stderr()).contains("no-text.csv").contains("has no 'text' column");
    assertThat(new Warehouse(spark, wh.toString()).read(Tables.QUARANTINE).count()).isEqualTo(1);
  }

  @Test
  void parquetWithDamagedPagesStopsARebuildBeforeAnyTableIsCleared() throws Exception {
    Path wh = dir.resolve("kept-parquet");
    withOneQuarantineRow(wh);
    // A Parquet file with a sound footer whose first data page header is overwritten: only reading
    // the data finds the damage.
    Path in = dir.resolve("damaged");
    StructType rows =
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    spark
        .createDataFrame(
            List.of(RowFactory.create("p1", "कानपुर के उद्यमियों ने निर्यात बढ़ाया।")), rows)
        .coalesce(1)
        .write()
        .option("compression", "none")
        .parquet(in.toString());
    Path file;
    try (var files = Files.list(in)) {
      file =
          files
              .filter(f -> f.getFileName().toString().endsWith(".parquet"))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    java.util.Arrays.fill(bytes, 4, 24, (byte) 0xFF); // after the leading PAR1: the page header
    Files.write(file, bytes);
    Files.deleteIfExists(
        file.resolveSibling(
            "." + file.getFileName() + ".crc")); // else Hadoop's checksum finds it first
    Cli cli = execute("run", "--rebuild", "--warehouse", wh.toString(), "--input", in.toString());
    assertThat(cli.status()).as(cli.stderr()).isEqualTo(1);
    assertThat(cli.stderr()).contains(file.getFileName().toString());
    assertThat(new Warehouse(spark, wh.toString()).read(Tables.QUARANTINE).count()).isEqualTo(1);
  }

  @Test
  void credentialsInAUriAreRefusedAndMasked() {
    assertThat(Locations.masked("s3a://AKIAEXAMPLE:wJalrXUtnFEMI@bucket/wh"))
        .isEqualTo("s3a://***@bucket/wh");
    assertThat(Locations.credentialsIn("hdfs://user@namenode/wh", "warehouse"))
        .isNull(); // a user name alone is no secret
    assertThat(Locations.credentialsIn("/data/user:x@y/wh", "warehouse"))
        .isNull(); // a local path, not a URI
    assertThatThrownBy(() -> new Warehouse(spark, "s3a://AKIAEXAMPLE:wJalrXUtnFEMI@bucket/wh"))
        .hasMessageContaining("s3a://***@bucket/wh")
        .hasMessageNotContaining("wJalrXUtnFEMI");
  }

  @Test
  void theCommandLineStopsWithStatusOneAndNoSecretInItsMessage() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"text\":\"लेख\"}\n");
    Path wh = dir.resolve("warehouse");
    String[][] cases = {
      {
        "run",
        "--warehouse",
        "s3a://AKIAEXAMPLE:wJalrXUtnFEMI@bucket/wh",
        "--input",
        input.toString()
      },
      {
        "run",
        "--warehouse",
        wh.toString(),
        "--input",
        "s3a://AKIAEXAMPLE:wJalrXUtnFEMI@bucket/in.jsonl"
      }
    };
    for (String[] args : cases) {
      Cli cli = execute(args);
      String message = cli.stderr();
      assertThat(cli.status()).as(message).isEqualTo(1);
      assertThat(message)
          .contains("***@bucket")
          .contains("credentials")
          .doesNotContain("wJalrXUtnFEMI");
    }
    assertThat(Files.exists(wh)).isFalse(); // refused before any table was touched
  }

  /**
   * A warehouse at {@code wh} holding one quarantine row, to show a refused run leaves it as it
   * was.
   */
  private static void withOneQuarantineRow(Path wh) {
    StructType schema =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("raw_excerpt", DataTypes.StringType)
            .add("run_id", DataTypes.StringType);
    new Warehouse(spark, wh.toString())
        .overwrite(
            Tables.QUARANTINE,
            spark.createDataFrame(
                List.of(RowFactory.create("a.jsonl@0", "empty record", "", "r1")), schema));
  }

  record Cli(int status, String stderr) {}

  /** The command line's exit status and what it wrote to stderr. */
  private static Cli execute(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Main.execute(args);
      return new Cli(status, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }
}
