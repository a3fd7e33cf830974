package org.msmepulse.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.stages.ingest.Ingest;
import org.msmepulse.stages.ingest.InputFormat;

/** Every input format, with the bad records each can hold: each becomes an article or a reason. */
class IngestTest extends SparkTestBase {
  @TempDir
  Path dir;

  static final String HINDI = "लखनऊ, 12 मार्च 2025 — पीएमईजीपी के तहत ऋण मेले में उद्यमियों को स्वीकृति पत्र दिए गए।";

  private Map<String, String> reasons(String path, String format) {
    JobConfig cfg = JobConfig.defaults();
    List<Ingest.Input> in = Ingest.resolve(spark, List.of(path), format);
    Dataset<Row> prepared = Prepare.apply(Ingest.read(spark, in, cfg.textGlob), cfg);
    return prepared.collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("record_source"), r -> r.getAs("reject_reason") == null ? "article" : r.getAs("reject_reason")));
  }

  @Test
  void jsonLinesKeepsGoodRecordsAndNamesEveryBadOne() throws Exception {
    Path f = dir.resolve("in.jsonl");
    byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    try (var out = Files.newOutputStream(f)) {
      out.write(("{\"id\":\"a1\",\"text\":\"" + HINDI + "\",\"published\":\"2025-03-12\"}\r\n").getBytes(StandardCharsets.UTF_8));
      out.write("{not json}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"a2\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("[1,2]\n".getBytes(StandardCharsets.UTF_8));
      out.write("\n".getBytes(StandardCharsets.UTF_8));
      out.write(badUtf8);
      out.write('\n');
      out.write("{\"id\":\"a3\",\"text\":\"Related Articles\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Map<String, String> r = reasons(f.toString(), "auto");
    assertThat(r).hasSize(7);
    assertThat(r.values()).containsExactlyInAnyOrder("article", "invalid JSON: " + r.values().stream()
            .filter(v -> v.startsWith("invalid JSON")).findFirst().orElse("?").substring(14),
        "record has no text", "JSON value is not an object", "empty record", "invalid UTF-8", "no text left after cleaning");
  }

  @Test
  void textFilesOneArticleEachWithBadFilesQuarantined() throws Exception {
    Files.writeString(dir.resolve("good.txt"), HINDI, StandardCharsets.UTF_8);
    Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + HINDI).getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 'a', 0});
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Map<String, String> r = reasons(dir.toString(), "text");
    assertThat(r).hasSize(4);
    assertThat(r.entrySet().stream().collect(Collectors.toMap(e -> Path.of(e.getKey()).getFileName().toString(), Map.Entry::getValue)))
        .containsEntry("good.txt", "article").containsEntry("utf16.txt", "article")
        .containsEntry("empty.txt", "empty file").containsEntry("binary.txt", "binary content (NUL bytes)");
  }

  @Test
  void csvWithQuotedNewlinesAndAMalformedRow() throws Exception {
    Path f = dir.resolve("in.csv");
    Files.writeString(f, "id,title,text\n"
        + "c1,शीर्षक,\"" + HINDI + "\nदूसरी पंक्ति, कॉमा सहित\"\n"
        + "c2,बिना पाठ\n"
        + "c3,शीर्षक,\"" + HINDI + "\"\n", StandardCharsets.UTF_8);
    Map<String, String> r = reasons(f.toString(), "auto");
    assertThat(r).hasSize(3);
    assertThat(r.values()).containsExactlyInAnyOrder("article", "article", "malformed CSV row (wrong number of fields or bad quoting)");
  }

  @Test
  void parquetWithTheSameFields() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.DateType);
    Path p = dir.resolve("in.parquet");
    spark.createDataFrame(List.of(RowFactory.create("p1", HINDI, java.sql.Date.valueOf("2025-03-12")),
        RowFactory.create("p2", null, null)), schema).write().parquet(p.toString());
    Map<String, String> r = reasons(p.toString(), "auto");
    assertThat(r.values()).containsExactlyInAnyOrder("article", "record has no text");
  }

  @Test
  void aMissingPathFailsFastNamingIt() {
    assertThatThrownBy(() -> Ingest.resolve(spark, List.of(dir.resolve("nope").toString()), "auto"))
        .isInstanceOf(InputFormat.InputException.class).hasMessageContaining("nope").hasMessageContaining("does not exist");
  }
}
