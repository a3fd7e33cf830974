package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.cli.Main;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.text.MatchKey;
import org.msmepulse.core.text.Stopwords;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.Tables;

/**
 * The job on the built-in sample: the tables an analyst opens first, the sql command, a second run.
 */
class SampleRunTest extends SparkTestBase {
  @TempDir static Path dir;
  static String wh;
  static RunSummary first;

  @BeforeAll
  static void runOnSample() {
    wh = dir.resolve("warehouse").toString();
    first =
        new PulseJob(spark, JobConfig.defaults().with(Map.of("warehouse", wh)))
            .run(List.of(), null, false);
  }

  @Test
  void accountsForEveryRecordAndKeepsDuplicatesOut() {
    assertThat(first.recordsRead()).isEqualTo(47);
    assertThat(first.duplicates()).isEqualTo(3); // two exact re-posts and one edited re-post
    assertThat(first.articles() + first.duplicates() + first.quarantined()).isEqualTo(47);
    assertThat(count(wh, Tables.ARTICLES)).isEqualTo(first.articles());
    List<Row> dups = table(wh, Tables.DUPLICATES);
    assertThat(dups)
        .extracting(
            r -> r.getAs("article_id") + "->" + r.getAs("duplicate_of") + " " + r.getAs("kind"))
        .containsExactlyInAnyOrder(
            "s016->s001 exact text",
            "s041->s012 exact text",
            "s029->s005 "
                + dups.stream()
                    .filter(r -> "s029".equals(r.getAs("article_id")))
                    .findFirst()
                    .orElseThrow()
                    .getAs("kind"));
    assertThat(
            dups.stream()
                .filter(r -> "s029".equals(r.getAs("article_id")))
                .findFirst()
                .orElseThrow()
                .<String>getAs("kind"))
        .startsWith("near text (Jaccard 0.");
  }

  @Test
  void monthlyTablesSpanTheSampleMonthsSchemesAndStates() {
    List<Row> schemes = table(wh, Tables.SCHEMES_BY_MONTH);
    Set<String> months = new HashSet<>();
    Set<String> codes = new HashSet<>();
    schemes.forEach(
        r -> {
          months.add(r.getAs("month"));
          codes.add(r.getAs("scheme_code"));
        });
    assertThat(months).hasSizeGreaterThanOrEqualTo(12);
    assertThat(codes).hasSizeGreaterThanOrEqualTo(10).contains("PMEGP", "ODOP", "MUDRA", "RAMP");
    long states =
        table(wh, Tables.REGIONS_BY_MONTH).stream()
            .map(r -> (String) r.getAs("state_code"))
            .distinct()
            .count();
    assertThat(states).isGreaterThanOrEqualTo(10);
    // names come with the codes
    Row odop =
        schemes.stream()
            .filter(r -> "ODOP".equals(r.getAs("scheme_code")))
            .findFirst()
            .orElseThrow();
    assertThat(odop.<String>getAs("scheme_name_hi")).isEqualTo("एक जिला एक उत्पाद");
  }

  @Test
  void topicsKeywordsAndSharesAreConsistent() {
    List<Row> topics = table(wh, Tables.TOPICS);
    assertThat(topics).hasSize(first.topics());
    Stopwords stop = Stopwords.defaults();
    for (Row t : topics) {
      List<Row> terms = t.getList(t.fieldIndex("terms"));
      assertThat(terms).hasSizeGreaterThanOrEqualTo(10);
      assertThat(t.<String>getAs("label")).isNotBlank();
      for (Row term : terms) {
        SeedsEndToEndTest.assertCleanTerm(term.getAs("display"));
        assertThat(stop.isStopKey(MatchKey.of(term.<String>getAs("display"))))
            .as(term.<String>getAs("display"))
            .isFalse();
      }
    }
    for (Row k : table(wh, Tables.KEYWORDS_BY_MONTH)) {
      SeedsEndToEndTest.assertCleanTerm(k.getAs("display"));
      assertThat(stop.isStopKey(MatchKey.of(k.<String>getAs("display"))))
          .as(k.<String>getAs("display"))
          .isFalse();
    }
    // a month's topic shares add up to one
    List<Row> sums =
        spark
            .read()
            .format("delta")
            .load(wh + "/" + Tables.TOPICS_BY_MONTH)
            .groupBy("month")
            .sum("share")
            .collectAsList();
    assertThat(sums)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getDouble(1)).isBetween(0.999, 1.001));
    // every article has a dominant topic that article_topics holds
    assertThat(
            spark
                .read()
                .format("delta")
                .load(wh + "/" + Tables.ARTICLES)
                .where("dominant_topic IS NULL")
                .count())
        .isZero();
  }

  @Test
  void sqlAnswersByPlainTableNamesInEveryFormat() {
    String table =
        capture(
            "sql",
            "SELECT month, count(*) AS n FROM schemes_by_month GROUP BY month ORDER BY month LIMIT 2",
            "--warehouse",
            wh);
    assertThat(table).contains("| month", "2024-01");
    String csv =
        capture(
            "sql",
            "SELECT scheme_code, scheme_name_hi FROM schemes_by_month WHERE scheme_code = 'ODOP' LIMIT 1",
            "--warehouse",
            wh,
            "--format",
            "csv");
    assertThat(csv.lines().toList())
        .containsExactly("scheme_code,scheme_name_hi", "ODOP,एक जिला एक उत्पाद");
    String json =
        capture(
            "sql",
            "SELECT min(records_read) AS records_read FROM runs",
            "--warehouse",
            wh,
            "--format",
            "json");
    assertThat(json.strip()).isEqualTo("{\"records_read\":47}");
  }

  @Test
  void sqlRefusesWritesWithStatusTwoAndLeavesTablesAlone() {
    long before = count(wh, Tables.ARTICLES);
    assertThat(Main.execute("sql", "DELETE FROM articles", "--warehouse", wh)).isEqualTo(2);
    assertThat(Main.execute("sql", "DROP TABLE articles", "--warehouse", wh)).isEqualTo(2);
    assertThat(
            Main.execute(
                "sql",
                "WITH x AS (SELECT 1) INSERT INTO articles SELECT * FROM articles",
                "--warehouse",
                wh))
        .isEqualTo(2);
    assertThat(count(wh, Tables.ARTICLES)).isEqualTo(before);
  }

  @Test
  void tablesCarryCommentsConstraintsAndAChangeFeed() {
    Row detail =
        io.delta.tables.DeltaTable.forPath(spark, wh + "/" + Tables.ARTICLES).detail().first();
    Map<String, String> props = detail.getJavaMap(detail.fieldIndex("properties"));
    assertThat(props)
        .containsEntry("delta.enableChangeDataFeed", "true")
        .containsKey("delta.constraints.month_format");
    assertThat(detail.<String>getAs("description")).contains("article");
    org.apache.spark.sql.types.StructField month =
        spark
            .read()
            .format("delta")
            .load(wh + "/" + Tables.SCHEMES_BY_MONTH)
            .schema()
            .apply("top_states");
    assertThat(month.getComment().get()).contains("states");
    // a row that breaks the month format is refused by Delta, and the table is unchanged
    long before = count(wh, Tables.SCHEMES_BY_MONTH);
    Dataset<Row> bad =
        spark
            .read()
            .format("delta")
            .load(wh + "/" + Tables.SCHEMES_BY_MONTH)
            .limit(1)
            .withColumn("month", org.apache.spark.sql.functions.lit("2024-13"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                bad.write().format("delta").mode("append").save(wh + "/" + Tables.SCHEMES_BY_MONTH))
        .hasMessageContaining("month_format");
    assertThat(count(wh, Tables.SCHEMES_BY_MONTH)).isEqualTo(before);
    // the articles' change feed starts with the first run: one insert per article
    assertThat(
            spark
                .read()
                .format("delta")
                .option("readChangeFeed", "true")
                .option("startingVersion", 0)
                .option("endingVersion", 0)
                .load(wh + "/" + Tables.ARTICLES)
                .where("_change_type = 'insert'")
                .count())
        .isEqualTo(first.articles());
  }

  @Test
  void theSameInputTwiceLeavesTheSameTables() {
    Map<String, Long> before = new org.msmepulse.warehouse.Warehouse(spark, wh).counts();
    List<Row> schemesBefore =
        spark
            .read()
            .format("delta")
            .load(wh + "/" + Tables.SCHEMES_BY_MONTH)
            .orderBy("month", "scheme_code")
            .collectAsList();
    RunSummary again =
        new PulseJob(spark, JobConfig.defaults().with(Map.of("warehouse", wh)))
            .run(List.of(), null, false);
    assertThat(again.recordsRead()).isEqualTo(47);
    Map<String, Long> after = new org.msmepulse.warehouse.Warehouse(spark, wh).counts();
    before.remove(Tables.RUNS);
    after.remove(Tables.RUNS);
    assertThat(after).isEqualTo(before);
    assertThat(
            spark
                .read()
                .format("delta")
                .load(wh + "/" + Tables.SCHEMES_BY_MONTH)
                .orderBy("month", "scheme_code")
                .collectAsList())
        .isEqualTo(schemesBefore);
    assertThat(count(wh, Tables.RUNS)).isEqualTo(2);
  }

  static String capture(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
