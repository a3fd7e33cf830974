package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.SharedCore;

/** The name tables the monthly tables join, one row per gazetteer entry of conf/gazetteer. */
class NameTablesTest extends SparkTestBase {
  static SharedCore.Gazetteers g;

  @BeforeAll
  static void load() {
    g = SharedCore.Gazetteers.load(JobConfig.defaults().gazetteerDir);
  }

  /** Data rows of a gazetteer file (one entry a line, after the header). */
  static long csvRows(String file) throws Exception {
    Path p = Path.of(System.getProperty("msme.project.dir", "."), "conf", "gazetteer", file);
    return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .count();
  }

  static Map<String, Row> byKey(Dataset<Row> d) {
    List<Row> rows = d.collectAsList();
    Map<String, Row> m = rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    assertThat(m).as("keys are unique").hasSize(rows.size());
    return m;
  }

  @Test
  void schemesHaveTheirCodeNamesAndLevel() throws Exception {
    Dataset<Row> t = NameTables.schemes(spark, g.schemes());
    assertThat(t.columns())
        .containsExactly("scheme_code", "scheme_name_en", "scheme_name_hi", "scheme_level");
    Map<String, Row> m = byKey(t);
    assertThat(m).hasSize((int) csvRows("schemes.csv"));
    Row pmegp = m.get("PMEGP");
    assertThat(pmegp.<String>getAs("scheme_name_en"))
        .isEqualTo("Prime Minister's Employment Generation Programme");
    assertThat(pmegp.<String>getAs("scheme_name_hi"))
        .isEqualTo("प्रधानमंत्री रोजगार सृजन कार्यक्रम");
    assertThat(pmegp.<String>getAs("scheme_level")).isEqualTo("central");
  }

  @Test
  void statesHaveTheirIsoCodeAndNames() throws Exception {
    Dataset<Row> t = NameTables.states(spark, g.regions());
    assertThat(t.columns()).containsExactly("state_code", "state_name_en", "state_name_hi");
    Map<String, Row> m = byKey(t);
    assertThat(m).hasSize((int) csvRows("states.csv"));
    assertThat(m.get("IN-UP").<String>getAs("state_name_en")).isEqualTo("Uttar Pradesh");
    assertThat(m.get("IN-UP").<String>getAs("state_name_hi")).isEqualTo("उत्तर प्रदेश");
  }

  @Test
  void districtsHaveTheirLgdCodeAndNames() throws Exception {
    Dataset<Row> t = NameTables.districts(spark, g.regions());
    assertThat(t.columns())
        .containsExactly("district_code", "district_name_en", "district_name_hi");
    Map<String, Row> m = byKey(t);
    assertThat(m).hasSize((int) csvRows("districts.csv"));
    assertThat(m.get("157").<String>getAs("district_name_en")).isEqualTo("Kanpur Nagar");
    assertThat(m.get("157").<String>getAs("district_name_hi")).isEqualTo("कानपुर नगर");
    assertThat(m.get("156").<String>getAs("district_name_en")).isEqualTo("Kanpur Dehat");
  }
}
