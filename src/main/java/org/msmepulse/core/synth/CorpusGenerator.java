package org.msmepulse.core.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.msmepulse.core.gazetteer.Region;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.Scheme;
import org.msmepulse.core.gazetteer.SchemeGazetteer;

/**
 * Writes a synthetic Hindi MSME corpus as JSON Lines, streaming (memory does not grow with N), with
 * a fixed seed: the same (N, seed) gives the same files. Each article has a planted topic (most of
 * its content words come from one theme of {@code synth/topics.txt}), a dateline with a district
 * and a date, one or two scheme mentions, a state, optional metadata date, function words between
 * content words, and now and then site chrome and a repeated sentence. Its labels ride along in
 * {@code planted_topic} and {@code gold}, so the corpus also serves {@code evaluate} and LDA tests.
 */
public final class CorpusGenerator {
  static final int PER_FILE = 100_000;
  private static final String[] FILLERS = {
    "के", "में", "की", "से", "और", "को", "पर", "लिए", "भी", "है", "हैं", "ने", "का", "तथा"
  };
  private static final String[] VERBS = {
    "बढ़ावा दिया जा रहा है",
    "पर चर्चा हुई",
    "की जानकारी दी गई",
    "को लेकर बैठक हुई",
    "पर ज़ोर दिया गया",
    "की समीक्षा की गई",
    "के लिए आवेदन मांगे गए"
  };
  private static final String[] MONTHS_HI = {
    "जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
    "नवंबर", "दिसंबर"
  };
  private static final String[] CHROME = {
    "ये भी पढ़ें: जिले में नई औद्योगिक इकाइयों का शिलान्यास",
    "Related Articles",
    "Share this:",
    "Back to top button"
  };

  private final List<String> topicNames = new ArrayList<>();
  private final List<String[]> topicWords = new ArrayList<>();
  private final List<Scheme> schemes;
  private final List<Region> districts;
  private final ObjectMapper json = new ObjectMapper();
  private java.time.YearMonth month;

  public CorpusGenerator(SchemeGazetteer schemeGazetteer, RegionGazetteer regionGazetteer) {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                CorpusGenerator.class.getClassLoader().getResourceAsStream("synth/topics.txt"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        topicNames.add(line.substring(0, colon).strip());
        topicWords.add(line.substring(colon + 1).strip().split("\\s+"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.schemes = new ArrayList<>(schemeGazetteer.schemes());
    this.schemes.removeIf(s -> !s.level().equals("central"));
    this.districts = new ArrayList<>(regionGazetteer.districts());
    this.districts.removeIf(d -> d.districtNameHi() == null || d.districtNameHi().isBlank());
    this.districts.sort(java.util.Comparator.comparing(Region::districtCode));
  }

  /**
   * Dates every article in {@code month} (null: months of 2023-2025 at random, the default), as a
   * daily batch of news is; the articles are otherwise the same.
   */
  public CorpusGenerator inMonth(java.time.YearMonth month) {
    this.month = month;
    return this;
  }

  public List<String> topicNames() {
    return topicNames;
  }

  /**
   * The planted topics' vocabularies (surface words as written into the text), by topic name in
   * file order: what a topic-recovery check compares learned topics against.
   */
  public java.util.Map<String, List<String>> topicVocabularies() {
    java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (int t = 0; t < topicNames.size(); t++) {
      out.put(topicNames.get(t), List.of(topicWords.get(t)));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Writes {@code articles} records under {@code out} and returns the files written. */
  public List<Path> write(long articles, long seed, Path out) throws IOException {
    return write(articles, seed, 0, out);
  }

  /**
   * Writes {@code articles} records whose ids count from {@code firstId} (two corpora with disjoint
   * ids are two sets of articles; with the same ids the second corrects the first).
   */
  public List<Path> write(long articles, long seed, long firstId, Path out) throws IOException {
    Files.createDirectories(out);
    Random rnd = new Random(seed);
    List<Path> files = new ArrayList<>();
    BufferedWriter w = null;
    try {
      for (long i = 0; i < articles; i++) {
        if (i % PER_FILE == 0) {
          if (w != null) {
            w.close();
          }
          Path f = out.resolve(String.format("articles-%05d.jsonl", i / PER_FILE));
          files.add(f);
          w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
        }
        w.write(json.writeValueAsString(article(firstId + i, rnd)));
        w.write('\n');
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    return files;
  }

  ObjectNode article(long i, Random rnd) {
    int topic = rnd.nextInt(topicWords.size());
    int second = rnd.nextInt(topicWords.size());
    Region place = districts.get(rnd.nextInt(districts.size()));
    Scheme scheme = schemes.get(rnd.nextInt(schemes.size()));
    int year = 2023 + rnd.nextInt(3);
    int month = 1 + rnd.nextInt(12);
    int day = 1 + rnd.nextInt(28);
    if (this.month != null) {
      year = this.month.getYear();
      month = this.month.getMonthValue();
    }
    String monthKey = String.format("%d-%02d", year, month);
    StringBuilder text = new StringBuilder();
    String title =
        place.districtNameHi()
            + " में "
            + words(topicWords.get(topic), 3, rnd)
            + " पर "
            + scheme.nameHi();
    text.append(title).append('\n');
    text.append(place.districtNameHi())
        .append(", ")
        .append(day)
        .append(' ')
        .append(MONTHS_HI[month - 1])
        .append(' ')
        .append(year)
        .append(" —\n");
    int sentences = 6 + rnd.nextInt(5);
    String repeat = null;
    for (int s = 0; s < sentences; s++) {
      StringBuilder sent = new StringBuilder();
      int len = 10 + rnd.nextInt(8);
      for (int k = 0; k < len; k++) {
        String[] source = rnd.nextDouble() < 0.8 ? topicWords.get(topic) : topicWords.get(second);
        sent.append(source[rnd.nextInt(source.length)]).append(' ');
        if (rnd.nextDouble() < 0.45) {
          sent.append(FILLERS[rnd.nextInt(FILLERS.length)]).append(' ');
        }
      }
      if (s == 1) {
        sent.append(scheme.nameHi()).append(" के तहत ");
      }
      if (s == 3) {
        sent.append(place.stateNameHi())
            .append(" के ")
            .append(place.districtNameHi())
            .append(" जिले में ");
      }
      sent.append(VERBS[rnd.nextInt(VERBS.length)]).append("। ");
      text.append(sent);
      if (s == 2 && rnd.nextDouble() < 0.1) {
        repeat = sent.toString();
      }
      if (s % 3 == 2) {
        text.append('\n');
      }
    }
    if (repeat != null) {
      text.append('\n').append(repeat);
    }
    if (rnd.nextDouble() < 0.2) {
      text.append('\n').append(CHROME[rnd.nextInt(CHROME.length)]);
    }
    ObjectNode o = json.createObjectNode();
    o.put("id", String.format("syn-%09d", i));
    o.put("title", title);
    o.put("source", "synthetic.example");
    if (rnd.nextDouble() < 0.6) {
      o.put("published", String.format("%s-%02d", monthKey, day));
    }
    o.put("text", text.toString());
    o.put("planted_topic", topicNames.get(topic));
    ObjectNode gold = o.putObject("gold");
    gold.put("month", monthKey);
    gold.putArray("schemes").add(scheme.code());
    gold.putArray("states").add(place.stateCode());
    gold.putArray("districts").add(place.goldName());
    return o;
  }

  private static String words(String[] pool, int n, Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(pool[rnd.nextInt(pool.length)]);
    }
    return sb.toString();
  }
}
