package org.msmepulse.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A chain of Lucene token filters applied to one token: a {@link KeywordTokenizer} passes its whole
 * input on as a single token, and the filters rewrite it. Only Lucene's public analysis API is
 * used, so a Lucene upgrade needs no change here. Thread-safe: {@link Analyzer} keeps one tokenizer
 * and filter chain per thread and reuses it for every call.
 */
final class OneTokenAnalyzer extends Analyzer {
  private final UnaryOperator<TokenStream> filters;

  /** {@code filters} wraps the tokenizer's stream in the filters, outermost last. */
  OneTokenAnalyzer(UnaryOperator<TokenStream> filters) {
    this.filters = filters;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer source = new KeywordTokenizer();
    return new TokenStreamComponents(source, filters.apply(source));
  }

  /** The token after the filters. */
  String apply(String token) {
    try (TokenStream ts = tokenStream("", token)) {
      CharTermAttribute term = ts.getAttribute(CharTermAttribute.class);
      ts.reset();
      if (!ts.incrementToken()) {
        throw new IllegalStateException("KeywordTokenizer gave no token");
      }
      String out = term.toString();
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }
}
