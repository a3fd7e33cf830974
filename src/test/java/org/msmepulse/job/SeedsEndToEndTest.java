package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;

/**
 * The whole job on the five real seed articles (../shared/seeds, beside the clone), checked against
 * the tables.
 */
class SeedsEndToEndTest extends SparkTestBase {
  static final Path SEEDS =
      Path.of(System.getProperty("msme.project.dir", "."), "..", "shared", "seeds");
  @TempDir static Path dir;
  static String wh;
  static RunSummary summary;

  @BeforeAll
  static void runOnSeeds() {
    assumeTrue(
        Files.isDirectory(SEEDS),
        "the shared seeds are beside the clone in CI and on developer machines");
    wh = dir.resolve("warehouse").toString();
    JobConfig cfg = JobConfig.defaults().with(Map.of("warehouse", wh, "input.format", "text"));
    summary = new PulseJob(spark, cfg).run(List.of(SEEDS.toString()), 3, false);
  }

  @Test
  void allFiveSeedsBecomeArticlesAndEveryRecordIsAccountedFor() {
    assertThat(summary.recordsRead()).isEqualTo(5);
    assertThat(summary.articles() + summary.duplicates() + summary.quarantined())
        .isEqualTo(summary.recordsRead());
    List<String> ids =
        spark
            .read()
            .format("delta")
            .load(wh + "/articles")
            .select("source_id")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "000_7f3246d287cefd8c",
            "001_357b6dfe18b89795",
            "002_b2792f422c4792fe",
            "003_cc6166910ea1a3df",
            "004_26a9865086a50a03");
    Row run = table(wh, "runs").get(0);
    assertThat(run.<Long>getAs("records_read")).isEqualTo(5L);
    assertThat(run.<Long>getAs("articles")).isEqualTo(5L);
  }

  @Test
  void seed002YieldsItsSchemesInSeptember2025InHamirpurHimachal() {
    Map<String, Row> schemes =
        table(wh, "schemes_by_month").stream()
            .filter(r -> "2025-09".equals(r.getAs("month")))
            .collect(Collectors.toMap(r -> r.getAs("scheme_code"), r -> r));
    assertThat(schemes.keySet()).containsExactlyInAnyOrder("RAMP", "SPICE", "GIFT", "MSE-CDP");
    assertThat(schemes.get("RAMP").getList(schemes.get("RAMP").fieldIndex("top_states")))
        .containsExactly("IN-HP");
    List<Row> regions =
        spark
            .read()
            .format("delta")
            .load(wh + "/regions_by_month")
            .where("month = '2025-09' AND state_code = 'IN-HP'")
            .collectAsList();
    assertThat(regions)
        .extracting(r -> (String) r.getAs("district_name_en"))
        .containsExactlyInAnyOrder(null, "Hamirpur");
  }

  @Test
  void articleLevelTablesCarryMonthsPlacesAndEvidence() {
    Row a002 =
        spark
            .read()
            .format("delta")
            .load(wh + "/articles")
            .where("source_id = '002_b2792f422c4792fe'")
            .first();
    assertThat(a002.<String>getAs("month")).isEqualTo("2025-09");
    assertThat(a002.<String>getAs("month_source")).isEqualTo("text");
    assertThat(a002.<String>getAs("text"))
        .doesNotContain("Related Articles", "WhatsApp Image", "Back to top");
    Row a003 =
        spark
            .read()
            .format("delta")
            .load(wh + "/articles")
            .where("source_id = '003_cc6166910ea1a3df'")
            .first();
    assertThat(a003.<String>getAs("month")).isNull();
    assertThat(a003.<String>getAs("month_source")).isEqualTo("none");
    List<Row> durg =
        spark
            .read()
            .format("delta")
            .load(wh + "/article_regions")
            .where("district_name_en = 'Durg'")
            .collectAsList();
    assertThat(durg).hasSize(1);
    assertThat(durg.get(0).<String>getAs("state_code")).isEqualTo("IN-CG");
    assertThat(durg.get(0).getList(durg.get(0).fieldIndex("surface_forms")))
        .contains("दुर्ग", "भिलाई");
    List<Row> odop =
        spark
            .read()
            .format("delta")
            .load(wh + "/article_schemes")
            .where("scheme_code = 'ODOP'")
            .collectAsList();
    assertThat(odop).hasSize(1);
    assertThat(odop.get(0).<String>getAs("evidence")).isNotBlank();
  }

  @Test
  void seed000LosesItsRepeatedBody() {
    Row a000 =
        spark
            .read()
            .format("delta")
            .load(wh + "/articles")
            .where("source_id = '000_7f3246d287cefd8c'")
            .first();
    String text = a000.getAs("text");
    assertThat(text.split("केतन देसाई", -1)).hasSize(2);
    assertThat(a000.<Integer>getAs("repeated_sentences")).isGreaterThan(5);
  }

  @Test
  void keywordsAndTopicTermsAreCleanHindiWords() {
    for (Row r : table(wh, "keywords_by_month")) {
      assertCleanTerm(r.getAs("display"));
    }
    for (Row t : table(wh, "topics")) {
      for (Row term : t.<Row>getList(t.fieldIndex("terms"))) {
        assertCleanTerm(term.getAs("display"));
      }
    }
  }

  static void assertCleanTerm(String display) {
    assertThat(display).isNotBlank();
    int first = display.codePointAt(0);
    assertThat(Character.getType(first))
        .as(display)
        .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
    assertThat(display)
        .as(display)
        .doesNotContainPattern("[\\u200B-\\u200D\\uFEFF\\u00A0।॥,;:!?\"()]");
  }
}
