package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msmepulse.spark.SparkTestBase;

/** The read-only guard on a real Delta warehouse, in a session of its own. */
class ReadOnlyGuardTest extends SparkTestBase {
  private static String root;
  private static String outside;
  private static SparkSession ro;

  @BeforeAll
  static void warehouse() throws Exception {
    Path dir = Files.createTempDirectory("readonly");
    root = dir.resolve("wh").toString();
    outside = dir.resolve("elsewhere").toString();
    spark.range(5).toDF("id").write().format("delta").save(root + "/articles");
    spark.range(3).toDF("id").write().format("delta").save(outside);
    Files.writeString(dir.resolve("secret.txt"), "password\n");
    ro = spark.newSession();
    Warehouse wh = new Warehouse(ro, root);
    assertThat(wh.registerViews()).containsExactly("articles");
    ReadOnlyGuard.enable(ro, wh.location());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DROP VIEW articles",
        "DROP TABLE IF EXISTS delta.`%R/articles`",
        "INSERT INTO delta.`%R/articles` SELECT 9",
        "INSERT OVERWRITE delta.`%R/articles` SELECT 9",
        "DELETE FROM delta.`%R/articles` WHERE id = 1",
        "UPDATE delta.`%R/articles` SET id = 7",
        "MERGE INTO delta.`%R/articles` t USING (SELECT 1 AS id) s ON t.id = s.id"
            + " WHEN MATCHED THEN DELETE",
        "ALTER TABLE delta.`%R/articles` ADD COLUMNS (x INT)",
        "CREATE TABLE t USING delta AS SELECT 1 AS x",
        "CREATE OR REPLACE TEMP VIEW articles AS SELECT 42 AS id",
        "CACHE TABLE articles",
        "TRUNCATE TABLE delta.`%R/articles`",
        "VACUUM delta.`%R/articles`",
        "OPTIMIZE delta.`%R/articles`",
        "SET spark.sql.files.ignoreCorruptFiles=true",
        "SET msme.readonly.root=",
        "RESET",
        "ADD JAR /tmp/nothing.jar",
        "SELECT reflect('java.util.UUID', 'randomUUID')",
        "SELECT java_method('java.util.UUID', 'randomUUID') FROM articles",
        "SELECT * FROM text.`%D/secret.txt`",
        "SELECT * FROM csv.`/etc/hosts`",
        "SELECT * FROM json.`%D`",
        "SELECT * FROM delta.`%O`",
        "SELECT * FROM parquet.`%R/../elsewhere`",
        "SELECT (SELECT count(*) FROM text.`%D/secret.txt`) AS n",
        "WITH x AS (SELECT * FROM text.`%D/secret.txt`) SELECT * FROM x",
        "SELECT id FROM articles WHERE id IN (SELECT length(value) FROM text.`%D/secret.txt`)",
        "SELECT TRANSFORM(id) USING 'cat' AS (x) FROM articles"
      })
  void writesReflectionAndReadsOutsideAreRefused(String statement) {
    String sql = statement.replace("%R", root).replace("%O", outside).replace("%D", dirOf());
    assertThatThrownBy(() -> ro.sql(sql).collectAsList())
        .satisfies(
            e ->
                assertThat(ReadOnlyGuard.refusalIn(e))
                    .as("the refusal behind %s", e)
                    .isNotNull()
                    .hasMessageStartingWith("read-only: "));
    // nothing changed, and the session still answers
    assertThat(ro.sql("SELECT count(*) FROM articles").first().getLong(0)).isEqualTo(5);
    assertThat(count(root, "articles")).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM json.`%D`",
        "SELECT * FROM delta.`%O`",
        "SELECT * FROM parquet.`/no/such/folder`",
        "SELECT (SELECT count(*) FROM csv.`/etc`) AS n",
        "SELECT * FROM articles a JOIN text.`%D/secret.txt` t ON true"
      })
  void pathsOutsideAreRefusedBeforeSparkLooksAtThem(String statement) {
    String sql = statement.replace("%O", outside).replace("%D", dirOf());
    assertThatThrownBy(() -> ReadOnlyGuard.checkText(ro, sql))
        .isInstanceOf(ReadOnlyGuard.Refused.class)
        .hasMessageContaining("only the warehouse");
    ReadOnlyGuard.checkText(ro, "SELECT * FROM delta.`" + root + "/articles` VERSION AS OF 0");
    ReadOnlyGuard.checkText(ro, "SELECT * FROM articles");
    ReadOnlyGuard.checkText(spark, sql); // a session not read-only is not checked
  }

  @Test
  void queriesAndReadsInsideTheWarehousePass() {
    assertThat(ro.sql("SELECT sum(id) FROM articles").first().getLong(0)).isEqualTo(10);
    assertThat(
            ro.sql("SELECT count(*) FROM delta.`" + root + "/articles` VERSION AS OF 0")
                .first()
                .getLong(0))
        .isEqualTo(5);
    assertThat(
            ro.sql("WITH x AS (SELECT id FROM articles) SELECT max(id) FROM x").first().getLong(0))
        .isEqualTo(4);
    assertThat(ro.sql("SHOW TABLES").collectAsList()).isNotEmpty();
    assertThat(ro.sql("DESCRIBE articles").collectAsList()).hasSize(1);
    assertThat(ro.sql("EXPLAIN SELECT * FROM articles").first().getString(0)).contains("articles");
    ro.sql("SET spark.sql.session.timeZone=Asia/Kolkata");
    assertThat(ro.conf().get("spark.sql.session.timeZone")).isEqualTo("Asia/Kolkata");
    assertThat(ro.sql("SET msme.readonly.root").first().getString(1)).isNotEmpty();
  }

  @Test
  void otherSessionsAreNotReadOnly() {
    assertThat(spark.conf().get(ReadOnlyGuard.ROOT_KEY, "")).isEmpty();
    spark
        .sql("SELECT CAST(1 AS BIGINT) AS id")
        .write()
        .format("delta")
        .mode("append")
        .save(outside);
    assertThat(count(outside, "")).isEqualTo(4);
  }

  @Test
  void underComparesWholeFolderNames() {
    org.apache.hadoop.fs.Path wh = new org.apache.hadoop.fs.Path("file:/data/wh");
    assertThat(ReadOnlyGuard.under(new org.apache.hadoop.fs.Path("file:/data/wh/articles"), wh))
        .isTrue();
    assertThat(ReadOnlyGuard.under(new org.apache.hadoop.fs.Path("file:/data/wh"), wh)).isTrue();
    assertThat(ReadOnlyGuard.under(new org.apache.hadoop.fs.Path("file:/data/wh2/x"), wh))
        .isFalse();
    assertThat(ReadOnlyGuard.under(new org.apache.hadoop.fs.Path("file:/data/wh/../etc"), wh))
        .isFalse();
    assertThat(ReadOnlyGuard.under(new org.apache.hadoop.fs.Path("hdfs://nn/data/wh/a"), wh))
        .isFalse();
  }

  private static String dirOf() {
    return Path.of(root).getParent().toString();
  }
}
