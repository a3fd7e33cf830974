package org.msmepulse.stages.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/** Each article's month, where it came from, and the published date parsed from published_raw. */
class ArticleMonthsTest extends SparkTestBase {
  static final StructType IN =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("published_raw", DataTypes.StringType)
          .add("text", DataTypes.StringType);
  static Map<String, Row> out;

  @BeforeAll
  static void resolve() {
    out =
        ArticleMonths.of(
                spark.createDataFrame(
                    List.of(
                        RowFactory.create("meta", "2025-03-14", "जयपुर, 2 जनवरी 2024 — बैठक हुई।"),
                        RowFactory.create("offset", "2024-11-02T10:00:00+05:30", "कोई तारीख नहीं"),
                        RowFactory.create("monthOnly", "2023-07", "कोई तारीख नहीं"),
                        RowFactory.create("dateline", null, "लखनऊ, 12 मार्च 2025 — ऋण मेला लगा।"),
                        RowFactory.create(
                            "badMeta", "not a date", "सितंबर 2024 में योजना शुरू हुई।"),
                        RowFactory.create("none", null, "19 सितंबर को शाम बैठक होगी।"),
                        RowFactory.create("noText", null, null)),
                    IN))
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
  }

  static String month(String id) {
    Row r = out.get(id);
    return r.getAs("month") + " " + r.getAs("month_source");
  }

  @Test
  void metadataDateWinsOverADateInTheText() {
    assertThat(month("meta")).isEqualTo("2025-03 metadata");
    assertThat(out.get("meta").<String>getAs("month_evidence")).isEqualTo("published");
    assertThat(month("offset")).isEqualTo("2024-11 metadata");
    assertThat(month("monthOnly")).isEqualTo("2023-07 metadata");
  }

  @Test
  void withoutMetadataTheDatelineGivesTheMonth() {
    assertThat(month("dateline")).isEqualTo("2025-03 text");
    assertThat(out.get("dateline").<String>getAs("month_evidence"))
        .isEqualTo("dateline: 12 मार्च 2025");
    assertThat(month("badMeta"))
        .as("an unreadable published string falls back to the text")
        .isEqualTo("2024-09 text");
  }

  @Test
  void noYearAnywhereLeavesTheMonthNull() {
    assertThat(month("none")).isEqualTo("null none");
    assertThat(out.get("none").<String>getAs("month_evidence")).isNull();
    assertThat(month("noText")).isEqualTo("null none");
  }

  @Test
  void publishedIsTheMetadataDateWhenItHoldsADay() {
    assertThat(out.get("meta").<Date>getAs("published")).isEqualTo(Date.valueOf("2025-03-14"));
    assertThat(out.get("offset").<Date>getAs("published")).isEqualTo(Date.valueOf("2024-11-02"));
    assertThat(out.get("monthOnly").<Date>getAs("published")).as("a month is not a date").isNull();
    assertThat(out.get("dateline").<Date>getAs("published"))
        .as("a text date is not metadata")
        .isNull();
    assertThat(out.get("badMeta").<Date>getAs("published")).isNull();
    assertThat(out.get("meta").<String>getAs("published_raw"))
        .as("the raw string stays beside it")
        .isEqualTo("2025-03-14");
  }

  @Test
  void publishedDateParsesTheFirstTenCharactersOnly() {
    assertThat(ArticleMonths.publishedDate(" 2025-01-31 ")).isEqualTo(Date.valueOf("2025-01-31"));
    assertThat(ArticleMonths.publishedDate("2025-02-30")).isNull();
    assertThat(ArticleMonths.publishedDate("2025-02")).isNull();
    assertThat(ArticleMonths.publishedDate(null)).isNull();
  }
}
