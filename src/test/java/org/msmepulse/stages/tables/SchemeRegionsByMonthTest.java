package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

/**
 * scheme_regions_by_month: schemes paired with the states (state-level region rows) of the same
 * article.
 */
class SchemeRegionsByMonthTest extends SparkTestBase {
  @Test
  void onlyStateLevelRegionRowsPairWithSchemes() {
    Dataset<Row> schemes =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "2025-01", "PMEGP", 2),
                RowFactory.create("a2", "2025-01", "PMEGP", 1),
                RowFactory.create("a2", "2025-01", "MUDRA", 1),
                RowFactory.create("a3", null, "PMEGP", 1), // no month
                RowFactory.create("a4", "2025-02", "PMEGP", 4)), // names no region
            RegionsByMonthTest.SCHEMES);
    Dataset<Row> regions =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "2025-01", "IN-UP", null, null, 2),
                RowFactory.create(
                    "a1", "2025-01", "IN-UP", "157", "Kanpur Nagar", 1), // must not count a1 twice
                RowFactory.create("a2", "2025-01", "IN-UP", null, null, 1),
                RowFactory.create("a2", "2025-01", "IN-BR", null, null, 1),
                RowFactory.create("a3", null, "IN-UP", null, null, 1)),
            RegionsByMonthTest.REGIONS);
    Dataset<Row> out = SchemeRegionsByMonth.of(schemes, regions);
    assertThat(out.columns())
        .containsExactly("month", "scheme_code", "state_code", "articles", "mentions");
    assertThat(out.collectAsList())
        .extracting(
            r ->
                r.getAs("month")
                    + "|"
                    + r.getAs("scheme_code")
                    + "|"
                    + r.getAs("state_code")
                    + "|"
                    + r.getAs("articles")
                    + "|"
                    + r.getAs("mentions"))
        .containsExactlyInAnyOrder(
            "2025-01|PMEGP|IN-UP|2|3",
            "2025-01|PMEGP|IN-BR|1|1",
            "2025-01|MUDRA|IN-UP|1|1",
            "2025-01|MUDRA|IN-BR|1|1");
  }
}
