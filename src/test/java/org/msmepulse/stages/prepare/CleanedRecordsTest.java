package org.msmepulse.stages.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.ingest.RawRecords;

/**
 * Raw records to cleaned records: the reject reasons, the ids, the content hash and the renamed
 * columns.
 */
class CleanedRecordsTest extends SparkTestBase {
  static final String HINDI = "कानपुर में पीएमईजीपी के तहत ऋण मेला लगा।";
  static final String ENGLISH = "Budget support announced for small units in the state.";

  /** A raw record as every reader makes it (RawRecords.SCHEMA). */
  static Row raw(
      String source, String id, String title, String published, String text, String error) {
    return RowFactory.create(source, null, id, title, null, null, published, text, error, null);
  }

  static Map<String, Row> clean(JobConfig cfg, Row... rows) {
    Dataset<Row> in = spark.createDataFrame(List.of(rows), RawRecords.SCHEMA);
    return CleanedRecords.of(in, cfg).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("record_source"), r -> r));
  }

  static String reason(Map<String, Row> out, String source) {
    return out.get(source).getAs("reject_reason");
  }

  static String sha256(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachRejectedRecordNamesWhyAndArticlesHaveNoReason() {
    JobConfig cfg = JobConfig.defaults().with(Map.of("ingest.max_article_chars", "100"));
    Map<String, Row> out =
        clean(
            cfg,
            raw("f@1", "a1", null, null, HINDI, null),
            raw("f@2", "a2", null, null, null, null),
            raw("f@3", "a3", null, null, "क".repeat(101), null),
            raw("f@4", "a4", null, null, "Related Articles", null),
            raw("f@5", null, null, null, null, "invalid JSON: unexpected end"),
            raw("f@6", "a6", null, null, ENGLISH, null),
            raw("f@7", "a7", null, null, "क".repeat(100), null));
    assertThat(out).hasSize(7);
    assertThat(reason(out, "f@1")).isNull();
    assertThat(reason(out, "f@2")).isEqualTo("record has no text");
    assertThat(reason(out, "f@3")).isEqualTo("article over 100 characters");
    assertThat(reason(out, "f@4")).isEqualTo("no text left after cleaning");
    assertThat(reason(out, "f@5"))
        .as("the reader's error comes first")
        .isEqualTo("invalid JSON: unexpected end");
    assertThat(reason(out, "f@6")).as("non-Devanagari text is kept by default").isNull();
    assertThat(out.get("f@6").<String>getAs("language")).isEqualTo("non-devanagari");
    assertThat(out.get("f@1").<String>getAs("language")).isEqualTo("hi");
    assertThat(reason(out, "f@7")).as("exactly the limit is not over it").isNull();
  }

  @Test
  void nonDevanagariTextIsQuarantinedWhenConfigured() {
    JobConfig cfg = JobConfig.defaults().with(Map.of("ingest.non_devanagari", "quarantine"));
    Map<String, Row> out =
        clean(
            cfg,
            raw("f@1", "a1", null, null, HINDI, null),
            raw("f@2", "a2", null, null, ENGLISH, null),
            raw("f@3", "a3", null, null, "MSME मेला in Kanpur", null));
    assertThat(reason(out, "f@1")).isNull();
    assertThat(reason(out, "f@2")).isEqualTo("no Devanagari text");
    assertThat(reason(out, "f@3")).as("one Devanagari word is enough").isNull();
  }

  @Test
  void articleIdIsTheRecordsIdElseAHashOfTheCleanedText() throws Exception {
    String cleaned = "कानपुर में ऋण मेला।";
    Map<String, Row> out =
        clean(
            JobConfig.defaults(),
            raw("f@1", "given-id", null, null, HINDI, null),
            raw("f@2", null, null, null, "  कानपुर   में ऋण  मेला।  ", null),
            raw("f@3", null, null, null, cleaned, null));
    assertThat(out.get("f@1").<String>getAs("article_id")).isEqualTo("given-id");
    assertThat(out.get("f@2").<String>getAs("text")).isEqualTo(cleaned);
    String expected = sha256(cleaned).substring(0, 16);
    assertThat(out.get("f@2").<String>getAs("article_id")).isEqualTo(expected);
    assertThat(out.get("f@3").<String>getAs("article_id"))
        .as("same cleaned text, same id")
        .isEqualTo(expected);
  }

  @Test
  void contentHashIsEqualForTextsDifferingOnlyInSpacingPunctuationAndCase() throws Exception {
    Map<String, Row> out =
        clean(
            JobConfig.defaults(),
            raw("f@1", "a1", null, null, "कानपुर में ऋण मेला। MSME", null),
            raw("f@2", "a2", null, null, "कानपुर में, ऋण — मेला! msme", null),
            raw("f@3", "a3", null, null, "कानपुर में ऋण शिविर। MSME", null));
    String h1 = out.get("f@1").getAs("content_hash");
    assertThat(h1).isEqualTo(sha256("कानपुरमेंऋणमेलाmsme"));
    assertThat(out.get("f@2").<String>getAs("content_hash")).isEqualTo(h1);
    assertThat(out.get("f@3").<String>getAs("content_hash")).isNotEqualTo(h1);
  }

  @Test
  void publishedIsRenamedTextIsCleanedAndTitleDefaultsToTheFirstLine() {
    String rawText = "शीर्षक की पंक्ति\nRelated Articles\nकानपुर में ऋण मेला।";
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                raw("f@1", "a1", null, "2025-03-14", rawText, null),
                raw("f@2", "a2", "दिया गया शीर्षक", "कल", HINDI, null),
                raw(
                    "f@3",
                    "a3",
                    "करघे पर काम करते बुनकर (फाइल फोटो)",
                    null,
                    "वाराणसी के बुनकरों को मुद्रा ऋण\nवाराणसी में शिविर लगा।",
                    null)),
            RawRecords.SCHEMA);
    Dataset<Row> cleaned = CleanedRecords.of(in, JobConfig.defaults());
    assertThat(cleaned.columns())
        .contains("published_raw", "text", "content_hash", "article_id", "reject_reason")
        .doesNotContain("published", "id", "error", "cleaned");
    Map<String, Row> out =
        cleaned.collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("record_source"), r -> r));
    Row first = out.get("f@1");
    assertThat(first.<String>getAs("published_raw")).isEqualTo("2025-03-14");
    assertThat(first.<String>getAs("text")).isEqualTo("शीर्षक की पंक्ति\nकानपुर में ऋण मेला।");
    assertThat(first.<Integer>getAs("boilerplate_lines")).isEqualTo(1);
    assertThat(first.<String>getAs("title")).isEqualTo("शीर्षक की पंक्ति");
    assertThat(first.<String>getAs("raw_excerpt"))
        .as("the excerpt is of the raw text")
        .isEqualTo(rawText);
    Row second = out.get("f@2");
    assertThat(second.<String>getAs("published_raw"))
        .as("kept as written, parsed later")
        .isEqualTo("कल");
    assertThat(second.<String>getAs("title")).isEqualTo("दिया गया शीर्षक");
    assertThat(out.get("f@3").<String>getAs("title"))
        .as("a photo caption for a title gives way to the headline opening the text")
        .isEqualTo("वाराणसी के बुनकरों को मुद्रा ऋण");
  }
}
