package org.msmepulse.stages.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.msmepulse.core.topics.TermRanking;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.topics.TopicQuality;

/**
 * topics: each topic's leading terms with display forms, a label of the first three, and its
 * coherence.
 */
class TopicsTableTest extends SparkTestBase {
  static final String[] VOCABULARY = {"उदयोग", "निरयात", "ऋण", "बैंक", "msme"};
  static final TopicQuality QUALITY =
      new TopicQuality(
          new TermRanking.Ranked[] {
            new TermRanking.Ranked(new int[] {1, 0, 4, 2}, new double[] {0.4, 0.3, 0.2, 0.1}),
            new TermRanking.Ranked(new int[] {2, 3}, new double[] {0.6, 0.4})
          },
          new double[] {0.5, -0.25},
          0.75);

  static Dataset<Row> analyzed() {
    // बैंक has no surface here: it is shown as the term itself
    return spark.createDataFrame(
        List.of(
            RowFactory.create(
                new String[] {"निरयात", "उदयोग", "msme"},
                new String[] {"निर्यात", "उद्योगों", "एमएसएमई"}),
            RowFactory.create(new String[] {"ऋण"}, new String[] {"ऋण"})),
        DisplayFormsTest.ANALYZED);
  }

  static String terms(Row r) {
    return r.<Row>getList(r.fieldIndex("terms")).stream()
        .map(t -> t.getAs("term") + "=" + t.getAs("display") + "@" + t.getAs("weight"))
        .toList()
        .toString();
  }

  @Test
  void labelIsTheThreeLeadingDisplayFormsAndTermsAreCutAtTopTerms() {
    Dataset<Row> out =
        TopicsTable.of(spark, VOCABULARY, QUALITY, 3, DisplayFormsTest.stats(analyzed()), "run1");
    assertThat(out.schema()).isEqualTo(TopicsTable.TOPIC);
    List<Row> rows = out.orderBy("topic_id").collectAsList();
    assertThat(rows).hasSize(2);
    Row t0 = rows.get(0);
    assertThat(t0.<Integer>getAs("topic_id")).isEqualTo(0);
    assertThat(t0.<String>getAs("label")).isEqualTo("निर्यात · उद्योगों · एमएसएमई");
    assertThat(terms(t0)).isEqualTo("[निरयात=निर्यात@0.4, उदयोग=उद्योगों@0.3, msme=एमएसएमई@0.2]");
    assertThat(t0.<Double>getAs("coherence_npmi")).isEqualTo(0.5);
    assertThat(t0.<String>getAs("run_id")).isEqualTo("run1");
    Row t1 = rows.get(1);
    assertThat(t1.<String>getAs("label"))
        .as("a topic of two terms has a label of two")
        .isEqualTo("ऋण · बैंक");
    assertThat(terms(t1)).isEqualTo("[ऋण=ऋण@0.6, बैंक=बैंक@0.4]");
    assertThat(t1.<Double>getAs("coherence_npmi")).isEqualTo(-0.25);
  }

  @Test
  void moreTopTermsThanThreeStillLabelsWithThree() {
    Row t0 =
        TopicsTable.of(spark, VOCABULARY, QUALITY, 10, DisplayFormsTest.stats(analyzed()), "run1")
            .orderBy("topic_id")
            .first();
    assertThat(t0.<String>getAs("label")).isEqualTo("निर्यात · उद्योगों · एमएसएमई");
    assertThat(terms(t0))
        .isEqualTo("[निरयात=निर्यात@0.4, उदयोग=उद्योगों@0.3, msme=एमएसएमई@0.2, ऋण=ऋण@0.1]");
  }
}
