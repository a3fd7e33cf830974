package org.msmepulse.stages.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.SharedCore;

/**
 * The schemes and regions an article names, on the real gazetteers of conf/ (PMEGP is in
 * schemes.csv; Kanpur Nagar is LGD district 157 of IN-UP in districts.csv; Bihar is IN-BR in
 * states.csv).
 */
class ArticleMentionsTest extends SparkTestBase {
  static final StructType IN =
      new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);
  static Broadcast<SharedCore.Gazetteers> gazetteers;
  static Map<String, Row> out;

  @BeforeAll
  static void extract() {
    gazetteers =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(SharedCore.Gazetteers.load(JobConfig.defaults().gazetteerDir));
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "k",
                    "कानपुर में पीएमईजीपी के तहत ऋण मेला लगा। पीएमईजीपी से 40 इकाइयों को ऋण मिला।"),
                RowFactory.create("b", "बिहार में उद्यमियों ने बिजली दरों पर चर्चा की।"),
                RowFactory.create("none", "बैठक में कई बातों पर चर्चा हुई।"),
                RowFactory.create("null", null)),
            IN);
    out =
        ArticleMentions.of(articles, gazetteers).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
  }

  @AfterAll
  static void release() {
    gazetteers.destroy();
  }

  static List<Row> schemes(String id) {
    return out.get(id).getList(out.get(id).fieldIndex("schemes"));
  }

  static List<Row> regions(String id) {
    return out.get(id).getList(out.get(id).fieldIndex("regions"));
  }

  @Test
  void aSchemeNamedTwiceIsOneMentionRowWithItsCount() {
    List<Row> s = schemes("k");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).<String>getAs("scheme_code")).isEqualTo("PMEGP");
    assertThat(s.get(0).<Integer>getAs("mentions")).isEqualTo(2);
    assertThat(s.get(0).<String>getList(s.get(0).fieldIndex("surface_forms")))
        .containsExactly("पीएमईजीपी");
    assertThat(s.get(0).<Boolean>getAs("fuzzy")).isFalse();
  }

  @Test
  void aDistrictGivesItsLgdCodeAndAStateLevelRowWithANullDistrict() {
    Map<String, Row> byDistrict =
        regions("k").stream()
            .collect(
                Collectors.toMap(
                    r -> r.getAs("district_code") == null ? "state" : r.getAs("district_code"),
                    r -> r));
    assertThat(byDistrict).containsOnlyKeys("157", "state");
    Row district = byDistrict.get("157");
    assertThat(district.<String>getAs("state_code")).isEqualTo("IN-UP");
    assertThat(district.<String>getAs("district_name_en")).isEqualTo("Kanpur Nagar");
    assertThat(district.<Integer>getAs("mentions")).isEqualTo(1);
    assertThat(district.<String>getList(district.fieldIndex("surface_forms")))
        .containsExactly("कानपुर");
    Row state = byDistrict.get("state");
    assertThat(state.<String>getAs("state_code")).isEqualTo("IN-UP");
    assertThat(state.<String>getAs("district_name_en")).isNull();
  }

  @Test
  void aStateNamedAloneIsOneStateRowAndNoSchemes() {
    assertThat(schemes("b")).isEmpty();
    assertThat(regions("b"))
        .extracting(r -> r.getAs("state_code") + "/" + r.getAs("district_code"))
        .containsExactly("IN-BR/null");
  }

  @Test
  void textWithoutNamesOrWithoutTextGivesEmptyLists() {
    assertThat(schemes("none")).isEmpty();
    assertThat(regions("none")).isEmpty();
    assertThat(schemes("null")).isEmpty();
    assertThat(regions("null")).isEmpty();
  }
}
