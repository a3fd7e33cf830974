package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The key ({@link MatchKey}) and the term stem ({@link TermAnalyzer#stem}) of words whose spelling
 * the folds and Lucene's Hindi and English filters rewrite, input and expected output side by side.
 * Inputs are taken as written, without {@link DevanagariNormalizer}, so the filters see them raw.
 */
class KeyAndStemTest {
  @ParameterizedTest(name = "{0} -> {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // input | type | key | stem
        // nukta: decomposed (letter + U+093C) and precomposed (U+095B, U+0958, U+095C) alike
        "ज़िला | DEVANAGARI | जिला | जिल",
        "\u095Bिला | DEVANAGARI | जिला | जिल",
        "\u0958ानून | DEVANAGARI | कानुन | कानुन",
        "फ़रवरी | DEVANAGARI | फरवरि | फरवर",
        "गुड़गाँव | DEVANAGARI | गुडगांव | गुडगांव",
        "गु\u095Cगाँव | DEVANAGARI | गुडगांव | गुडगांव",
        "लड़कियाँ | DEVANAGARI | लडकियां | लडक",
        // chandrabindu becomes anusvara
        "झाँसी | DEVANAGARI | झांसि | झांस",
        "गाँव | DEVANAGARI | गांव | गांव",
        "हँसी | DEVANAGARI | हंसि | हंस",
        // ै to े, ॉ to ो, ऑ to ओ
        "टैक्नोलॉजी | DEVANAGARI | टेकनोलोजि | टेकनोलोज",
        "टेक्नोलॉजी | DEVANAGARI | टेकनोलोजि | टेकनोलोज",
        "कॉमर्स | DEVANAGARI | कोमरस | कोमरस",
        "बैंक | DEVANAGARI | बेंक | बेंक",
        "ऑनलाइन | DEVANAGARI | ओनलाइन | ओनलाइन",
        "फ़ॉर | DEVANAGARI | फोर | फोर",
        "हैं | DEVANAGARI | हें | हें",
        // virama clusters: virama dropped; a nasal before a consonant becomes anusvara; a doubled
        // consonant one
        "उद्योगों | DEVANAGARI | उदयोगों | उदयोग",
        "प्रधानमन्त्री | DEVANAGARI | परधानमंतरि | परधानमंतर",
        "सितम्बर | DEVANAGARI | सितंबर | सितंबर",
        "सितमबर | DEVANAGARI | सितमबर | सितमबर",
        "अक्टूबर | DEVANAGARI | अकटुबर | अकटुबर",
        "हिन्दी | DEVANAGARI | हिंदि | हिंद",
        "हिंदी | DEVANAGARI | हिंदि | हिंद",
        "अङ्ग | DEVANAGARI | अंग | अंग",
        "पञ्च | DEVANAGARI | पंच | पंच",
        "कण्ठ | DEVANAGARI | कंठ | कंठ",
        "मैन्युफैक्चरिंग | DEVANAGARI | मेंयुफेकचरिंग | मेंयुफेकचरिंग",
        "क्लस्टर | DEVANAGARI | कलसटर | कलसटर",
        "क्\u200Dलस्टर | DEVANAGARI | कलसटर | कलसटर",
        "राष्ट्रीय | DEVANAGARI | राषटरिय | राषटरिय",
        "श्री | DEVANAGARI | शरि | शर",
        "द्वारा | DEVANAGARI | दवारा | दवार",
        "अलप्पुझा | DEVANAGARI | अलपुझा | अलपुझ",
        "कोच्चि | DEVANAGARI | कोचि | कोच",
        "पत्तन | DEVANAGARI | पतन | पतन",
        "रैम्प | DEVANAGARI | रेंप | रेंप",
        // long vowels to short; the stemmer's plural and case endings
        "दीदी | DEVANAGARI | दिदि | दिद",
        "योजनाओं | DEVANAGARI | योजनाओं | योज",
        "इकाइयों | DEVANAGARI | इकाइयों | इक",
        "महिलाएं | DEVANAGARI | महिलाएं | महिल",
        "उद्यमियों | DEVANAGARI | उदयमियों | उदयम",
        "गयी | DEVANAGARI | गयि | गय",
        // Latin: lower-cased; the minimal English stemmer removes plural endings only
        "MSME | LATIN | msme | msme",
        "MSMEs | LATIN | msmes | msme",
        "Schemes | LATIN | schemes | scheme",
        "industries | LATIN | industries | industry",
        "companies | LATIN | companies | company",
        "businesses | LATIN | businesses | businesse",
        "status | LATIN | status | status",
      })
  void keyAndStem(String input, Token.Type type, String key, String stem) {
    assertThat(MatchKey.of(input)).isEqualTo(key);
    assertThat(MatchKey.of(input.toCharArray(), 0, input.length())).isEqualTo(key);
    assertThat(TermAnalyzer.stem(key, type)).isEqualTo(stem);
  }

  @Test
  void emptyTokenStaysEmpty() {
    assertThat(MatchKey.of("")).isEmpty();
    assertThat(TermAnalyzer.stem("", Token.Type.DEVANAGARI)).isEmpty();
    assertThat(TermAnalyzer.stem("", Token.Type.LATIN)).isEmpty();
  }

  /**
   * Each thread gets its own Lucene filter chain; concurrent callers see the single-thread results.
   */
  @Test
  void filterChainsAreSafeAcrossThreads() throws Exception {
    List<String> words = List.of("उदयोगों", "योजनाओं", "महिलाएं", "टेकनोलोजि", "इकाइयों", "दिदि");
    List<String> expected =
        words.stream().map(w -> TermAnalyzer.stem(w, Token.Type.DEVANAGARI)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 2_000; round++) {
                    for (int i = 0; i < words.size(); i++) {
                      if (!TermAnalyzer.stem(words.get(i), Token.Type.DEVANAGARI)
                          .equals(expected.get(i))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : runs) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
