package org.msmepulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.cli.Main;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.SchemeGazetteer;
import org.msmepulse.core.synth.CorpusGenerator;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.Tables;

/**
 * A few hundred generated records, most of them broken in one of the ways real corpora are (cut
 * JSON, wrong types, nulls, huge fields, control characters, invalid UTF-8, lone surrogates, other
 * encodings, binary junk, empty lines, CSV rows with the wrong number of fields, repeated ids and
 * texts), mixed with good articles in four inputs (UTF-8 and UTF-16 JSON Lines, CSV, text files),
 * run through the command line. The generator knows what each record should become; the job must
 * finish with exit status 0, account for every record, and give each bad one a reason and excerpt.
 */
class FuzzInputTest extends SparkTestBase {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "article";
  private static final String DUPLICATE = "duplicate";
  private static final String[] ENGLISH = {
    "loan",
    "small",
    "business",
    "credit",
    "bank",
    "export",
    "factory",
    "workers",
    "scheme",
    "district",
    "subsidy",
    "market",
    "orders",
    "steel",
    "textile",
    "village",
    "cluster",
    "training"
  };

  /** What a record must become: ARTICLE, DUPLICATE or the quarantine reason (a prefix of it). */
  private final Map<String, String> expected = new LinkedHashMap<>();

  private final List<String> csvExpected = new ArrayList<>();

  /** The same for the Parquet files' rows (named by a hash, too). */
  private final List<String> parquetExpected = new ArrayList<>();

  private List<ObjectNode> pool;
  private int next;
  private final Random rnd = new Random(20260401L);

  private ObjectNode good() {
    return pool.get(next++).deepCopy();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(ObjectNode o) throws Exception {
    return JSON.writeValueAsString(o);
  }

  @Test
  void hundredsOfMalformedRecordsAreAllAccountedForAndTheRunSucceeds() throws Exception {
    JobConfig defaults = JobConfig.defaults();
    CorpusGenerator gen =
        new CorpusGenerator(
            SchemeGazetteer.load(defaults.gazetteerDir),
            RegionGazetteer.load(defaults.gazetteerDir));
    Path synth = dir.resolve("synth");
    pool = new ArrayList<>();
    for (Path f : gen.write(420, 11, synth)) {
      for (String line : Files.readAllLines(f)) {
        pool.add((ObjectNode) JSON.readTree(line));
      }
    }
    Path in = Files.createDirectories(dir.resolve("in"));
    writeJsonLines(in.resolve("fuzz.jsonl"));
    writeUtf16JsonLines(in.resolve("fuzz16.jsonl"));
    writeCsv(in.resolve("fuzz.csv"));
    writeTextFiles(Files.createDirectories(in.resolve("texts")));
    writeParquet(Files.createDirectories(in.resolve("pq")));

    Path conf = dir.resolve("fuzz.properties");
    Files.writeString(
        conf,
        "topics.k=3\ntopics.max_iter=5\nspark.sql.shuffle.partitions=4\nspark.ui.enabled=false\n"
            + "spark.ui.showConsoleProgress=false\n");
    String wh = dir.resolve("warehouse").toString();
    int status =
        Main.execute(
            "run",
            "--conf",
            conf.toString(),
            "--warehouse",
            wh,
            "--input",
            in.resolve("fuzz.jsonl").toString(),
            "--input",
            in.resolve("fuzz16.jsonl").toString(),
            "--input",
            in.resolve("fuzz.csv").toString(),
            "--input",
            in.resolve("texts").toString(),
            "--input",
            in.resolve("pq").toString());
    assertThat(status).isEqualTo(0);

    List<String> hashed = new ArrayList<>(csvExpected);
    hashed.addAll(parquetExpected);
    long total = expected.size() + hashed.size();
    long bad =
        expected.values().stream().filter(v -> !v.equals(ARTICLE) && !v.equals(DUPLICATE)).count()
            + hashed.stream().filter(v -> !v.equals(ARTICLE) && !v.equals(DUPLICATE)).count();
    long dups =
        expected.values().stream().filter(DUPLICATE::equals).count()
            + hashed.stream().filter(DUPLICATE::equals).count();
    assertThat(total).isGreaterThan(300);
    assertThat(bad).isGreaterThan(150);

    Row run = table(wh, Tables.RUNS).get(0);
    long read = run.getAs("records_read");
    long articles = run.getAs("articles");
    long duplicates = run.getAs("duplicates");
    long quarantined = run.getAs("quarantined");
    assertThat(read).isEqualTo(articles + duplicates + quarantined);
    assertThat(read).isEqualTo(total);
    assertThat(quarantined).isEqualTo(bad);
    assertThat(duplicates).isEqualTo(dups);
    assertThat(articles).isEqualTo(total - bad - dups);
    assertThat(count(wh, Tables.ARTICLES)).isEqualTo(articles);

    List<Row> quarantine = table(wh, Tables.QUARANTINE);
    assertThat(quarantine).hasSize((int) bad);
    assertThat(quarantine)
        .allSatisfy(
            q -> {
              assertThat(q.<String>getAs("reason")).isNotBlank();
              assertThat(q.<String>getAs("raw_excerpt")).isNotNull();
            });
    Map<String, String> reasonBySource =
        quarantine.stream()
            .collect(Collectors.toMap(q -> q.getAs("source"), q -> q.getAs("reason")));
    Map<String, Row> duplicateBySource =
        table(wh, Tables.DUPLICATES).stream()
            .collect(Collectors.toMap(d -> d.getAs("source"), d -> d));
    List<String> articleSources =
        spark
            .read()
            .format("delta")
            .load(wh + "/" + Tables.ARTICLES)
            .select("record_source")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String key = e.getKey();
      String want = e.getValue();
      if (want.equals(ARTICLE)) {
        assertThat(articleSources).as(key).anyMatch(s -> s.endsWith(key));
      } else if (want.equals(DUPLICATE)) {
        assertThat(duplicateBySource.keySet()).as(key).anyMatch(s -> s.endsWith(key));
      } else {
        String got =
            reasonBySource.entrySet().stream()
                .filter(q -> q.getKey().endsWith(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("(no quarantine row)");
        assertThat(got).as(key).startsWith(want);
      }
    }
    // CSV and Parquet rows are named by a hash of their fields: compare the reasons of each input
    // as a whole.
    assertHashedInput(quarantine, duplicateBySource.keySet(), "fuzz.csv", csvExpected);
    assertHashedInput(quarantine, duplicateBySource.keySet(), "/pq/", parquetExpected);
  }

  private static void assertHashedInput(
      List<Row> quarantine,
      java.util.Set<String> duplicateSources,
      String marker,
      List<String> want) {
    Map<String, Long> got =
        quarantine.stream()
            .filter(q -> q.<String>getAs("source").contains(marker))
            .collect(
                Collectors.groupingBy(
                    q -> {
                      String reason = q.getAs("reason");
                      return reason.startsWith("unreadable Parquet file")
                          ? "unreadable Parquet file"
                          : reason;
                    },
                    Collectors.counting()));
    Map<String, Long> wanted =
        want.stream()
            .filter(v -> !v.equals(ARTICLE) && !v.equals(DUPLICATE))
            .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    assertThat(got).as(marker).isEqualTo(wanted);
    assertThat(duplicateSources.stream().filter(s -> s.contains(marker)).count())
        .as(marker)
        .isEqualTo(want.stream().filter(DUPLICATE::equals).count());
  }

  // ---- UTF-8 JSON Lines: every kind of broken line -------------------------------------------

  private void writeJsonLines(Path f) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> goodLines = new ArrayList<>();
    List<String> goodTexts = new ArrayList<>();
    int huge = 0;
    for (int i = 0; i < 230; i++) {
      String key = "fuzz.jsonl@" + String.format("%012d", out.size());
      int kind = i == 0 ? 0 : rnd.nextInt(24);
      byte[] line;
      String want;
      switch (kind) {
        case 0, 1, 2, 3 -> { // a good article
          ObjectNode o = good();
          line = utf8(json(o));
          goodLines.add(json(o));
          goodTexts.add(o.get("text").asText());
          want = ARTICLE;
        }
        case 4 -> { // cut short anywhere
          String s = json(good());
          line = utf8(s.substring(0, 1 + rnd.nextInt(s.length() - 1)));
          want = "invalid JSON";
        }
        case 5 -> { // text of the wrong type
          ObjectNode o = good();
          switch (rnd.nextInt(4)) {
            case 0 -> o.put("text", rnd.nextInt());
            case 1 -> o.putArray("text").add("कुछ").add("शब्द");
            case 2 -> o.putObject("text").put("hi", "पाठ");
            default -> o.put("text", true);
          }
          line = utf8(json(o));
          want = "text is not a string";
        }
        case 6 -> { // text null or missing
          ObjectNode o = good();
          if (rnd.nextBoolean()) {
            o.putNull("text");
          } else {
            o.remove("text");
          }
          line = utf8(json(o));
          want = "record has no text";
        }
        case 7 -> { // valid JSON that is no object
          String[] values = {"null", "[1,2,3]", "\"एक पाठ\"", "42", "true", "[{\"text\":\"पाठ\"}]"};
          line = utf8(values[rnd.nextInt(values.length)]);
          want = "JSON value is not an object";
        }
        case 8 -> { // other fields null or of the wrong type: still an article
          ObjectNode o = good();
          o.putNull("title");
          o.putArray("published").add(2025);
          o.putObject("url").put("a", 1);
          o.put("source", 3.5);
          line = utf8(json(o));
          want = ARTICLE;
        }
        case 9 -> { // a huge text field
          if (huge++ < 2) {
            ObjectNode o = good();
            o.put("text", "उद्यम ".repeat(200_001));
            line = utf8(json(o));
            want = "article over 1000000 characters";
          } else {
            ObjectNode o = good();
            o.put(
                "title", "शीर्षक ".repeat(3_000)); // a huge field that is not the text: an article
            line = utf8(json(o));
            want = ARTICLE;
          }
        }
        case 10 -> { // a raw control character inside a JSON string
          String s = json(good());
          int at = s.indexOf("\"text\":\"") + 12;
          line = utf8(s.substring(0, at) + (char) (1 + rnd.nextInt(8)) + s.substring(at));
          want = "invalid JSON";
        }
        case 11 -> { // escaped control characters: valid JSON, an article
          ObjectNode o = good();
          o.put("text", o.get("text").asText().replaceFirst(" ", " \u0007\u0000\u001b "));
          line = utf8(json(o));
          want = ARTICLE;
        }
        case 12 -> { // an invalid UTF-8 sequence inside the text
          byte[] s = utf8(json(good()));
          int at = new String(s, StandardCharsets.ISO_8859_1).indexOf("\"text\":\"") + 9;
          byte[][] bad = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF},
            {(byte) 0xE0, (byte) 0xA4},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
          };
          byte[] b = bad[rnd.nextInt(bad.length)];
          ByteArrayOutputStream l = new ByteArrayOutputStream();
          l.write(s, 0, at);
          l.write(b);
          l.write(s, at, s.length - at);
          line = l.toByteArray();
          want = "invalid UTF-8";
        }
        case 13 -> { // a lone surrogate written as a JSON escape
          String s = json(good());
          int at = s.indexOf("\"text\":\"") + 10;
          line =
              utf8(
                  s.substring(0, at)
                      + (rnd.nextBoolean() ? "\\ud800" : "\\udfff")
                      + s.substring(at));
          want = "unpaired surrogate escape in a JSON string";
        }
        case 14 -> { // a line in another encoding: Latin-1, or UTF-16 without a mark
          if (rnd.nextBoolean()) {
            line = "{\"text\":\"café crème à Delhi\"}".getBytes(StandardCharsets.ISO_8859_1);
            want = "invalid UTF-8";
          } else {
            line = "{\"text\":\"abc\"}".getBytes(StandardCharsets.UTF_16LE);
            want = "binary content (NUL bytes)";
          }
        }
        case 15 -> { // binary junk (0xFF is never valid UTF-8)
          byte[] b = new byte[1 + rnd.nextInt(120)];
          rnd.nextBytes(b);
          b[0] = (byte) 0xFF;
          for (int k = 0; k < b.length; k++) {
            if (b[k] == '\n' || b[k] == '\r') {
              b[k] = 0x7F;
            }
          }
          line = b;
          want = "invalid UTF-8";
        }
        case 16 -> { // empty or blank line
          String[] blanks = {"", "   ", "\t", " \t  "};
          line = utf8(blanks[rnd.nextInt(blanks.length)]);
          want = "empty record";
        }
        case 17 -> { // CRLF line end, or a UTF-8 byte order mark in mid-file (files concatenated)
          ObjectNode o = good();
          line = utf8((rnd.nextBoolean() ? "\uFEFF" : "") + json(o) + "\r");
          goodLines.add(json(o));
          goodTexts.add(o.get("text").asText());
          want = ARTICLE;
        }
        case 18 -> { // the same line again
          line = utf8(goodLines.get(rnd.nextInt(goodLines.size())));
          want = DUPLICATE;
        }
        case 19 -> { // a known id with another text
          ObjectNode o = good();
          o.put(
              "id", JSON.readTree(goodLines.get(rnd.nextInt(goodLines.size()))).get("id").asText());
          line = utf8(json(o));
          want = DUPLICATE;
        }
        case 20 -> { // a known text under a new id
          ObjectNode o = good();
          o.put("text", goodTexts.get(rnd.nextInt(goodTexts.size())));
          line = utf8(json(o));
          want = DUPLICATE;
        }
        case 21 -> { // no Devanagari at all: kept, flagged (ingest.non_devanagari=keep)
          StringBuilder t = new StringBuilder();
          for (int k = 0; k < 40; k++) {
            t.append(ENGLISH[rnd.nextInt(ENGLISH.length)]).append(rnd.nextInt(1000)).append(' ');
          }
          ObjectNode o = JSON.createObjectNode().put("id", "en-" + i).put("text", t.toString());
          line = utf8(json(o));
          want = ARTICLE;
        }
        case 22 -> { // nothing but site chrome
          line =
              utf8(
                  "{\"id\":\"chrome-"
                      + i
                      + "\",\"text\":\"Related Articles\\nShare this:\\nBack to top button\"}");
          want = "no text left after cleaning";
        }
        default -> { // text that is only whitespace
          line = utf8("{\"id\":\"ws-" + i + "\",\"text\":\" \\n\\t \"}");
          want = "no text left after cleaning";
        }
      }
      expected.put(key, want);
      out.write(line);
      out.write('\n');
    }
    Files.write(f, out.toByteArray());
  }

  // ---- UTF-16LE JSON Lines with a byte order mark ---------------------------------------------

  private void writeUtf16JsonLines(Path f) throws Exception {
    Charset cs = StandardCharsets.UTF_16LE;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xFE);
    for (int i = 0; i < 30; i++) {
      String key = "fuzz16.jsonl@" + String.format("%012d", out.size());
      switch (i % 5) {
        case 0, 1 -> {
          out.write((json(good()) + (i % 2 == 0 ? "\r\n" : "\n")).getBytes(cs));
          expected.put(key, ARTICLE);
        }
        case 2 -> {
          out.write("{\"text\": \"अधूरा\n".getBytes(cs));
          expected.put(key, "invalid JSON");
        }
        case 3 -> {
          out.write("\n".getBytes(cs));
          expected.put(key, "empty record");
        }
        default -> { // a lone low surrogate as a raw code unit
          out.write("{\"text\":\"".getBytes(cs));
          out.write(new byte[] {0x00, (byte) 0xDC});
          out.write("\"}\n".getBytes(cs));
          expected.put(key, "invalid UTF-16LE");
        }
      }
    }
    Files.write(f, out.toByteArray());
  }

  // ---- CSV ------------------------------------------------------------------------------------

  private static String quoted(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private void writeCsv(Path f) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(utf8("id,title,text\n"));
    List<String> goodRows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int kind = i == 0 ? 0 : rnd.nextInt(9);
      switch (kind) {
        case 0, 1, 2 -> {
          ObjectNode o = good();
          String row =
              o.get("id").asText()
                  + ","
                  + quoted("शीर्षक, \"उद्धरण\" सहित")
                  + ","
                  + quoted(o.get("text").asText())
                  + "\n";
          out.write(utf8(row));
          goodRows.add(row);
          csvExpected.add(ARTICLE);
        }
        case 3 -> { // too few fields
          out.write(utf8("csv-short-" + i + ",केवल शीर्षक\n"));
          csvExpected.add("malformed CSV row (wrong number of fields or bad quoting)");
        }
        case 4 -> { // too many fields
          out.write(
              utf8(
                  "csv-long-"
                      + i
                      + ",शीर्षक,"
                      + quoted(good().get("text").asText())
                      + ",अतिरिक्त,और\n"));
          csvExpected.add("malformed CSV row (wrong number of fields or bad quoting)");
        }
        case 5 -> { // an empty text field
          out.write(utf8("csv-empty-" + i + ",शीर्षक,\n"));
          csvExpected.add("record has no text");
        }
        case 6 -> { // the same row twice in the file
          out.write(utf8(goodRows.get(rnd.nextInt(goodRows.size()))));
          csvExpected.add(DUPLICATE);
        }
        case 7 -> { // bytes that are not UTF-8, in the text or the title, in quotes or not, at a
          // row's end
          ObjectNode o = good();
          byte[][] bad = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF},
            {(byte) 0xE0, (byte) 0xA4},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE9}
          };
          byte[] b = bad[rnd.nextInt(bad.length)];
          out.write(utf8("csv-bytes-" + i + ","));
          if (rnd.nextBoolean()) {
            out.write(utf8("शीर्षक"));
            out.write(b);
            out.write(utf8("," + quoted(o.get("text").asText()) + "\n"));
          } else {
            out.write(utf8("शीर्षक,\"" + o.get("text").asText().replace("\"", "\"\"")));
            out.write(b);
            out.write(utf8("\"\n"));
          }
          csvExpected.add("invalid UTF-8");
        }
        default -> { // U+FFFD written validly: text, not damage
          ObjectNode o = good();
          String row =
              o.get("id").asText()
                  + ",शीर्षक\uFFFD,"
                  + quoted(o.get("text").asText() + " \uFFFD")
                  + "\n";
          out.write(utf8(row));
          goodRows.add(row);
          csvExpected.add(ARTICLE);
        }
      }
    }
    Files.write(f, out.toByteArray());
  }

  // ---- Parquet: good rows, rows without text or with bytes that are not UTF-8, unreadable files
  // --

  private void writeParquet(Path folder) throws Exception {
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("id", org.apache.spark.sql.types.DataTypes.StringType)
            .add("title", org.apache.spark.sql.types.DataTypes.StringType)
            .add("text", org.apache.spark.sql.types.DataTypes.BinaryType);
    List<Row> rows = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ObjectNode o = good();
      String text = o.get("text").asText();
      switch (i % 6) {
        case 0, 1, 2 -> {
          rows.add(
              org.apache.spark.sql.RowFactory.create(o.get("id").asText(), "शीर्षक", utf8(text)));
          texts.add(text);
          parquetExpected.add(ARTICLE);
        }
        case 3 -> {
          rows.add(org.apache.spark.sql.RowFactory.create("pq-null-" + i, "शीर्षक", null));
          parquetExpected.add("record has no text");
        }
        case 4 -> { // C3 28 inside the text
          byte[] b = utf8("ऋण " + text);
          b[0] = (byte) 0xC3;
          b[1] = 0x28;
          rows.add(org.apache.spark.sql.RowFactory.create("pq-bytes-" + i, "शीर्षक", b));
          parquetExpected.add("invalid UTF-8");
        }
        default -> { // a known text under a new id
          rows.add(
              org.apache.spark.sql.RowFactory.create(
                  "pq-dup-" + i, "शीर्षक", utf8(texts.get(rnd.nextInt(texts.size())))));
          parquetExpected.add(DUPLICATE);
        }
      }
    }
    Path tmp = dir.resolve("pq-tmp");
    spark
        .createDataFrame(rows, schema)
        .select(
            org.apache.spark.sql.functions.col("id"),
            org.apache.spark.sql.functions.col("title"),
            org.apache.spark.sql.functions.col("text").cast("string").as("text"))
        .coalesce(1)
        .write()
        .parquet(tmp.toString());
    byte[] good;
    try (var parts = Files.list(tmp)) {
      good =
          Files.readAllBytes(
              parts
                  .filter(x -> x.getFileName().toString().endsWith(".parquet"))
                  .findFirst()
                  .orElseThrow());
    }
    Files.write(folder.resolve("good.parquet"), good);
    Files.write(folder.resolve("cut.parquet"), java.util.Arrays.copyOf(good, good.length * 2 / 3));
    parquetExpected.add("unreadable Parquet file");
    Files.write(folder.resolve("csv-named.parquet"), utf8("id,text\nx,पाठ\n"));
    parquetExpected.add("unreadable Parquet file");
    Files.write(folder.resolve("empty.parquet"), new byte[0]);
    parquetExpected.add("unreadable Parquet file");
  }

  // ---- one article per text file --------------------------------------------------------------

  private void writeTextFiles(Path folder) throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.writeString(folder.resolve("good-" + i + ".txt"), good().get("text").asText());
      expected.put("/texts/good-" + i + ".txt", ARTICLE);
    }
    Map<String, byte[]> files = new HashMap<>();
    Map<String, String> wants = new HashMap<>();
    files.put("empty.txt", new byte[0]);
    wants.put("empty.txt", "empty file");
    files.put("blank.txt", utf8(" \r\n\t\n"));
    wants.put("blank.txt", "empty file");
    files.put("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D});
    wants.put("binary.txt", "invalid UTF-8");
    files.put("nul.txt", new byte[] {'a', 'b', 0, 'c'});
    wants.put("nul.txt", "binary content (NUL bytes)");
    byte[] latin = "लेख".getBytes(StandardCharsets.UTF_8);
    files.put("latin1.txt", concat(latin, "naïve".getBytes(StandardCharsets.ISO_8859_1)));
    wants.put("latin1.txt", "invalid UTF-8");
    files.put(
        "utf16be.txt",
        concat(
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            good().get("text").asText().getBytes(StandardCharsets.UTF_16BE)));
    wants.put("utf16be.txt", ARTICLE);
    files.put(
        "utf16le.txt",
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            good().get("text").asText().getBytes(StandardCharsets.UTF_16LE)));
    wants.put("utf16le.txt", ARTICLE);
    files.put(
        "bom8.txt",
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(good().get("text").asText())));
    wants.put("bom8.txt", ARTICLE);
    files.put("crlf.txt", utf8(good().get("text").asText().replace("\n", "\r\n")));
    wants.put("crlf.txt", ARTICLE);
    files.put(
        "english.txt",
        utf8(
            "Small business credit fair held in the district; banks sanctioned loans to 40 units."));
    wants.put("english.txt", ARTICLE);
    files.put("chrome.txt", utf8("Share this:\nRelated Articles\n"));
    wants.put("chrome.txt", "no text left after cleaning");
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(folder.resolve(e.getKey()), e.getValue());
      expected.put("/texts/" + e.getKey(), wants.get(e.getKey()));
    }
    Files.writeString(
        folder.resolve("README.md"),
        "not an article: the text glob is *.txt"); // not read, not counted
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
