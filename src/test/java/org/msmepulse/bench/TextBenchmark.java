package org.msmepulse.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.msmepulse.core.text.DevanagariNormalizer;
import org.msmepulse.core.text.TermAnalyzer;
import org.msmepulse.core.text.Token;
import org.msmepulse.core.text.Tokenizer;
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
 * Normalize + tokenize, and the whole term analysis, over the sample corpus (one op = every article
 * once, single thread = one core). The peer, measured in the same run: Lucene's HindiAnalyzer
 * (StandardTokenizer, Indic and Hindi normalization, stopwords, Hindi stemmer). MB/s per core =
 * ops/s x corpus MB; bench/jmh.sh prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class TextBenchmark {
  List<String> texts;
  TermAnalyzer analyzer;
  HindiAnalyzer lucene;

  @Setup
  public void setup() {
    texts = NewsCorpus.texts();
    analyzer = TermAnalyzer.defaults();
    lucene = new HindiAnalyzer();
  }

  @Benchmark
  public void normalizeAndTokenize(Blackhole bh) {
    for (String t : texts) {
      for (Token tok : Tokenizer.tokenize(DevanagariNormalizer.normalize(t))) {
        bh.consume(tok);
      }
    }
  }

  @Benchmark
  public void termAnalysis(Blackhole bh) {
    for (String t : texts) {
      bh.consume(analyzer.analyze(DevanagariNormalizer.normalize(t)));
    }
  }

  @Benchmark
  public void peerLuceneHindiAnalyzer(Blackhole bh) throws IOException {
    for (String t : texts) {
      try (TokenStream ts = lucene.tokenStream("f", new StringReader(t))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          bh.consume(term.length());
        }
        ts.end();
      }
    }
  }
}
