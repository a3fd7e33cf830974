package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * schemes_by_month: articles counted once each, mentions summed, the states named with the scheme,
 * the names.
 */
class SchemesByMonthTest extends SparkTestBase {
  static final StructType SCHEMES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("scheme_code", DataTypes.StringType)
          .add("mentions", DataTypes.IntegerType);
  static final StructType SCHEME_REGIONS =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("scheme_code", DataTypes.StringType)
          .add("state_code", DataTypes.StringType)
          .add("articles", DataTypes.LongType)
          .add("mentions", DataTypes.LongType);
  static final StructType NAMES =
      new StructType()
          .add("scheme_code", DataTypes.StringType)
          .add("scheme_name_en", DataTypes.StringType)
          .add("scheme_name_hi", DataTypes.StringType)
          .add("scheme_level", DataTypes.StringType);

  static Dataset<Row> names() {
    return spark.createDataFrame(
        List.of(
            RowFactory.create(
                "PMEGP",
                "Prime Minister's Employment Generation Programme",
                "प्रधानमंत्री रोजगार सृजन कार्यक्रम",
                "central"),
            RowFactory.create(
                "MUDRA", "Pradhan Mantri MUDRA Yojana", "प्रधानमंत्री मुद्रा योजना", "central"),
            RowFactory.create("ODOP", "One District One Product", "एक जिला एक उत्पाद", "central")),
        NAMES);
  }

  static String line(Row r) {
    return r.getAs("month")
        + "|"
        + r.getAs("scheme_code")
        + "|"
        + r.getAs("scheme_name_en")
        + "|"
        + r.getAs("scheme_name_hi")
        + "|"
        + r.getAs("articles")
        + "|"
        + r.getAs("mentions")
        + "|"
        + (r.isNullAt(r.fieldIndex("top_states")) ? "null" : r.getList(r.fieldIndex("top_states")));
  }

  @Test
  void countsArticlesAndMentionsPerMonthWithTheLeadingStatesAndTheNames() {
    Dataset<Row> schemes =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "2025-01", "PMEGP", 2),
                RowFactory.create("a2", "2025-01", "PMEGP", 1),
                RowFactory.create("a2", "2025-01", "MUDRA", 3),
                RowFactory.create("a3", null, "PMEGP", 5), // no month: in no monthly table
                RowFactory.create("a4", "2025-02", "PMEGP", 1),
                RowFactory.create("a5", "2025-02", "MUDRA", 1),
                RowFactory.create("a5", "2025-02", "MUDRA", 2)),
            SCHEMES); // one article, two rows: one article
    Dataset<Row> schemeRegions =
        spark.createDataFrame(
            List.of(
                RowFactory.create("2025-01", "PMEGP", "IN-UP", 2L, 3L),
                RowFactory.create("2025-01", "PMEGP", "IN-BR", 1L, 1L),
                RowFactory.create("2025-01", "PMEGP", "IN-AS", 1L, 2L),
                RowFactory.create("2025-02", "PMEGP", "IN-UP", 1L, 1L)),
            SCHEME_REGIONS);
    Dataset<Row> out = SchemesByMonth.of(schemes, schemeRegions, names());
    assertThat(out.columns())
        .containsExactly(
            "month",
            "scheme_code",
            "scheme_name_en",
            "scheme_name_hi",
            "articles",
            "mentions",
            "top_states");
    assertThat(out.collectAsList())
        .extracting(SchemesByMonthTest::line)
        .containsExactlyInAnyOrder(
            "2025-01|PMEGP|Prime Minister's Employment Generation Programme|प्रधानमंत्री रोजगार सृजन कार्यक्रम|2|3|[IN-UP, IN-AS, IN-BR]",
            "2025-01|MUDRA|Pradhan Mantri MUDRA Yojana|प्रधानमंत्री मुद्रा योजना|1|3|null",
            "2025-02|PMEGP|Prime Minister's Employment Generation Programme|प्रधानमंत्री रोजगार सृजन कार्यक्रम|1|1|[IN-UP]",
            "2025-02|MUDRA|Pradhan Mantri MUDRA Yojana|प्रधानमंत्री मुद्रा योजना|1|3|null");
  }

  @Test
  void noMonthlyArticlesNoRows() {
    Dataset<Row> schemes =
        spark.createDataFrame(List.of(RowFactory.create("a3", null, "PMEGP", 5)), SCHEMES);
    assertThat(
            SchemesByMonth.of(schemes, spark.createDataFrame(List.of(), SCHEME_REGIONS), names())
                .count())
        .isZero();
  }
}
