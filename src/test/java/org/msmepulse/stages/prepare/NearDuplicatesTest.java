package org.msmepulse.stages.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.msmepulse.spark.SparkTestBase;

class NearDuplicatesTest extends SparkTestBase {
  static final String STORY =
      "कानपुर के चमड़ा उद्योग को निर्यात में नई उम्मीद मिली है। जिला उद्योग केंद्र ने बताया कि "
          + "इस साल चमड़े के जूते और बेल्ट बनाने वाली इकाइयों को यूरोप से बड़े ऑर्डर मिले हैं। उद्यमियों ने कहा कि "
          + "कच्चे माल की कीमतें बढ़ने से मुनाफा घटा है लेकिन मांग बनी हुई है। प्रशासन ने नई टेनरियों के लिए "
          + "प्रदूषण नियंत्रण संयंत्र लगाने में मदद का भरोसा दिया है।";
  static final String EDITED =
      STORY.replace("उद्यमियों ने कहा कि", "कारोबारियों का कहना है कि") + " (एजेंसी इनपुट के साथ)";
  static final String OTHER =
      "लुधियाना में साइकिल पुर्जे बनाने वाली इकाइयों ने बिजली दरों में कटौती की मांग की। "
          + "उद्योग संगठनों के अनुसार पिछले साल से लागत बढ़ी है और चीन से सस्ते पुर्जों का आयात प्रतिस्पर्धा बढ़ा रहा है।";

  static final StructType BATCH =
      new StructType()
          .add("record_source", DataTypes.StringType)
          .add("article_id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("duplicate_of", DataTypes.StringType)
          .add("duplicate_kind", DataTypes.StringType);
  static final StructType STORED =
      new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);

  @Test
  void anEditedRepostIsADuplicateOfTheStoredStoryButACorrectionIsNot() {
    Dataset<Row> stored = spark.createDataFrame(List.of(RowFactory.create("k1", STORY)), STORED);
    Dataset<Row> batch =
        spark.createDataFrame(
            List.of(
                RowFactory.create("f@001", "k2", EDITED, null, null), // re-post under another id
                RowFactory.create(
                    "f@002",
                    "k1",
                    STORY.replace("इस साल", "इस वर्ष अप्रैल से"),
                    null,
                    null), // correction of k1
                RowFactory.create("f@003", "k3", OTHER, null, null), // another story
                RowFactory.create(
                    "f@004", "k4", OTHER + " ", null, null) // same as k3, later in the batch
                ),
            BATCH);
    Map<String, Row> out =
        NearDuplicates.mark(
                NearDuplicates.withBandKeys(batch),
                NearDuplicates.withBandKeys(stored),
                0.7,
                org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK())
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
    assertThat(out.get("k2").<String>getAs("duplicate_of")).isEqualTo("k1");
    assertThat(out.get("k2").<String>getAs("duplicate_kind")).startsWith("near text (Jaccard 0.");
    assertThat(out.get("k1").<String>getAs("duplicate_of")).isNull();
    assertThat(out.get("k3").<String>getAs("duplicate_of")).isNull();
    assertThat(out.get("k4").<String>getAs("duplicate_of")).isEqualTo("k3");
  }

  /**
   * The driver's check and the shuffles give the same marks, also where a bucket holds more texts
   * than its cap: 160 re-posts of one story, each with its own line added, after two stored copies.
   */
  @Test
  void theDriversCheckAndTheShufflesMarkTheSameRecords() {
    Dataset<Row> stored =
        spark.createDataFrame(
            List.of(RowFactory.create("s1", STORY), RowFactory.create("s2", OTHER)), STORED);
    List<Row> records = new java.util.ArrayList<>();
    for (int i = 0; i < 160; i++) {
      String text =
          (i % 2 == 0 ? STORY : EDITED) + " संवाददाता " + i + " की रिपोर्ट, अपडेट " + (i * 7) + "।";
      records.add(RowFactory.create(String.format("f@%03d", i), "r" + i, text, null, null));
    }
    records.add(RowFactory.create("g@001", "q1", OTHER + " (वार्ता)", null, null));
    records.add(RowFactory.create("g@002", "s2", OTHER + " सुधार", null, null)); // a correction
    records.add(
        RowFactory.create(
            "g@003", "q3", "बिल्कुल अलग खबर: चाय बागानों में नई मशीनें।", null, null));
    Dataset<Row> batch = NearDuplicates.withBandKeys(spark.createDataFrame(records, BATCH)).cache();
    Dataset<Row> storedKeys = NearDuplicates.withBandKeys(stored);
    Map<String, String> onDriver = marks(batch, storedKeys);
    int before = NearDuplicates.driverLimit;
    NearDuplicates.driverLimit = 10; // fewer than the batch: the shuffles
    Map<String, String> shuffled;
    try {
      shuffled = marks(batch, storedKeys);
    } finally {
      NearDuplicates.driverLimit = before;
    }
    assertThat(onDriver).isEqualTo(shuffled);
    assertThat(onDriver.get("f@000")).startsWith("s1 near text (Jaccard");
    assertThat(onDriver.get("f@159")).startsWith("s1 near text");
    assertThat(onDriver.get("g@001")).startsWith("s2 near text");
    assertThat(onDriver.get("g@002")).isEqualTo("null null"); // a correction is never marked
    assertThat(onDriver.get("g@003")).isEqualTo("null null");
    batch.unpersist();
  }

  private static Map<String, String> marks(Dataset<Row> batch, Dataset<Row> stored) {
    return NearDuplicates.mark(
            batch, stored, 0.7, org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK())
        .collectAsList()
        .stream()
        .collect(
            Collectors.toMap(
                r -> r.<String>getAs("record_source"),
                r -> r.getAs("duplicate_of") + " " + r.getAs("duplicate_kind")));
  }
}
