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
 * regions_by_month: a row per state (null district) and per district, with names and the schemes
 * named with it.
 */
class RegionsByMonthTest extends SparkTestBase {
  static final StructType REGIONS =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("state_code", DataTypes.StringType)
          .add("district_code", DataTypes.StringType)
          .add("district_name_en", DataTypes.StringType)
          .add("mentions", DataTypes.IntegerType);
  static final StructType SCHEMES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("month", DataTypes.StringType)
          .add("scheme_code", DataTypes.StringType)
          .add("mentions", DataTypes.IntegerType);
  static final StructType STATES =
      new StructType()
          .add("state_code", DataTypes.StringType)
          .add("state_name_en", DataTypes.StringType)
          .add("state_name_hi", DataTypes.StringType);
  static final StructType DISTRICTS =
      new StructType()
          .add("district_code", DataTypes.StringType)
          .add("district_name_en", DataTypes.StringType)
          .add("district_name_hi", DataTypes.StringType);

  static String line(Row r) {
    return r.getAs("month")
        + "|"
        + r.getAs("state_code")
        + "|"
        + r.getAs("state_name_en")
        + "|"
        + r.getAs("state_name_hi")
        + "|"
        + r.getAs("district_code")
        + "|"
        + r.getAs("district_name_en")
        + "|"
        + r.getAs("district_name_hi")
        + "|"
        + r.getAs("articles")
        + "|"
        + r.getAs("mentions")
        + "|"
        + (r.isNullAt(r.fieldIndex("top_schemes"))
            ? "null"
            : r.getList(r.fieldIndex("top_schemes")));
  }

  @Test
  void stateRowsAndDistrictRowsCountTheirOwnArticlesAndSchemes() {
    Dataset<Row> regions =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "2025-01", "IN-UP", null, null, 2),
                RowFactory.create("a1", "2025-01", "IN-UP", "157", "Kanpur Nagar", 1),
                RowFactory.create("a2", "2025-01", "IN-UP", null, null, 1),
                RowFactory.create("a2", "2025-01", "IN-BR", null, null, 1),
                RowFactory.create("a3", null, "IN-UP", null, null, 4), // no month
                RowFactory.create("a4", "2025-02", "IN-UP", null, null, 1),
                RowFactory.create("a4", "2025-02", "IN-UP", "157", "Kanpur Nagar", 1),
                RowFactory.create("a5", "2025-02", "IN-AS", null, null, 1)),
            REGIONS);
    Dataset<Row> schemes =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "2025-01", "PMEGP", 1),
                RowFactory.create("a1", "2025-01", "MUDRA", 1),
                RowFactory.create("a2", "2025-01", "PMEGP", 1),
                RowFactory.create("a3", null, "PMEGP", 1),
                RowFactory.create("a4", "2025-02", "ODOP", 1)),
            SCHEMES);
    Dataset<Row> states =
        spark.createDataFrame(
            List.of(
                RowFactory.create("IN-UP", "Uttar Pradesh", "उत्तर प्रदेश"),
                RowFactory.create("IN-BR", "Bihar", "बिहार"),
                RowFactory.create("IN-AS", "Assam", "असम")),
            STATES);
    Dataset<Row> districts =
        spark.createDataFrame(
            List.of(
                RowFactory.create("157", "Kanpur Nagar", "कानपुर नगर"),
                RowFactory.create("156", "Kanpur Dehat", "कानपुर देहात")),
            DISTRICTS);
    Dataset<Row> out = RegionsByMonth.of(regions, schemes, states, districts);
    assertThat(out.columns())
        .containsExactly(
            "month",
            "state_code",
            "state_name_en",
            "state_name_hi",
            "district_code",
            "district_name_en",
            "district_name_hi",
            "articles",
            "mentions",
            "top_schemes");
    assertThat(out.collectAsList())
        .extracting(RegionsByMonthTest::line)
        .containsExactlyInAnyOrder(
            "2025-01|IN-UP|Uttar Pradesh|उत्तर प्रदेश|null|null|null|2|3|[PMEGP, MUDRA]",
            "2025-01|IN-UP|Uttar Pradesh|उत्तर प्रदेश|157|Kanpur Nagar|कानपुर नगर|1|1|[MUDRA, PMEGP]",
            "2025-01|IN-BR|Bihar|बिहार|null|null|null|1|1|[PMEGP]",
            "2025-02|IN-UP|Uttar Pradesh|उत्तर प्रदेश|null|null|null|1|1|[ODOP]",
            "2025-02|IN-UP|Uttar Pradesh|उत्तर प्रदेश|157|Kanpur Nagar|कानपुर नगर|1|1|[ODOP]",
            "2025-02|IN-AS|Assam|असम|null|null|null|1|1|null");
  }
}
