package org.msmepulse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.msmepulse.core.gazetteer.ArticleExtractor;
import org.msmepulse.core.io.Csv;
import org.msmepulse.core.text.DevanagariNormalizer;
import org.msmepulse.core.text.MatchKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scheme and region extraction with the full gazetteers over the sample corpus (one op = every
 * article once, single thread). The peer, measured in the same run, is what a quick script does:
 * for every gazetteer name, search the folded text for it (String.indexOf), no boundaries, no
 * context. The warm-up is longer than the text benchmarks': the extractors are a lot of code for
 * the JIT, and with 3 x 2 s the measured iterations were still climbing (41 to 124 ops/s on a
 * loaded machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class MatcherBenchmark {
  List<String> canonical;
  List<String> keyTexts;
  ArticleExtractor extractor;
  List<String> names;

  @Setup
  public void setup() {
    List<String> texts = NewsCorpus.texts();
    canonical = new ArrayList<>();
    keyTexts = new ArrayList<>();
    for (String t : texts) {
      String c = DevanagariNormalizer.normalize(t);
      canonical.add(c);
      keyTexts.add(MatchKey.ofPhrase(c));
    }
    extractor = ArticleExtractor.load("gazetteer");
    names = new ArrayList<>();
    for (String file :
        List.of(
            "gazetteer/schemes.csv",
            "gazetteer/states.csv",
            "gazetteer/districts.csv",
            "gazetteer/places.csv")) {
      for (var row : Csv.read(file)) {
        for (String col : List.of("name_en", "name_hi", "aliases", "context_aliases")) {
          String v = row.get(col);
          if (v != null) {
            for (String a : v.split(";")) {
              if (!a.isBlank()) {
                names.add(MatchKey.ofPhrase(a));
              }
            }
          }
        }
      }
    }
  }

  @Benchmark
  public void extractSchemesAndRegions(Blackhole bh) {
    for (String c : canonical) {
      bh.consume(extractor.extract(c));
    }
  }

  @Benchmark
  public void peerIndexOfEveryName(Blackhole bh) {
    for (String k : keyTexts) {
      int hits = 0;
      for (String n : names) {
        if (!n.isEmpty() && k.indexOf(n) >= 0) {
          hits++;
        }
      }
      bh.consume(hits);
    }
  }
}
