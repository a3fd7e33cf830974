package org.msmepulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlySqlTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM articles",
        " with x as (select 1) select * from x",
        "(SELECT 1)",
        "-- comment\nSELECT 1;",
        "DESCRIBE articles",
        "SHOW TABLES"
      })
  void queriesPass(String sql) {
    assertThat(ReadOnlySql.refusal(sql)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DROP TABLE articles",
        "DELETE FROM articles",
        "insert into runs select * from runs",
        "UPDATE articles SET title = 'x'",
        "MERGE INTO a USING b ON a.x = b.x WHEN MATCHED THEN DELETE",
        "ALTER TABLE articles ADD COLUMN x INT",
        "CREATE TABLE t AS SELECT 1",
        "TRUNCATE TABLE runs",
        "SELECT 1; DROP TABLE articles",
        "/* hi */ drop table x",
        "SET spark.x=1",
        ""
      })
  void everythingElseIsRefused(String sql) {
    assertThat(ReadOnlySql.refusal(sql)).isNotNull();
  }
}
