package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevanagariNormalizerTest {
  @Test
  void nuktaLettersHaveOneFormWhetherPrecomposedOrNot() {
    String precomposed = "\u0958\u093E\u0928\u0942\u0928"; // क़ानून with U+0958
    String decomposed = "\u0915\u093C\u093E\u0928\u0942\u0928"; // क + nukta
    assertThat(DevanagariNormalizer.normalize(precomposed))
        .isEqualTo(DevanagariNormalizer.normalize(decomposed));
    // NFC alone composes ऩ but not क़: after normalization both are base + nukta
    assertThat(DevanagariNormalizer.normalize("\u0929")).isEqualTo("\u0928\u093C");
    assertThat(DevanagariNormalizer.normalize("\u095B")).isEqualTo("\u091C\u093C");
  }

  @Test
  void vowelSignsOutOfOrderFromOldFontsArePutBack() {
    // anusvara or chandrabindu typed before its vowel sign
    assertThat(DevanagariNormalizer.normalize("बंेगलुरू")).isEqualTo("बेंगलुरू");
    assertThat(DevanagariNormalizer.normalize("मंै गांव जाऊंगा")).isEqualTo("मैं गांव जाऊंगा");
    assertThat(DevanagariNormalizer.normalize("हँू")).isEqualTo("हूँ");
    // aa + e drawn for o, aa + ai for au
    assertThat(DevanagariNormalizer.normalize("लाेग अाैर अाम अाेर")).isEqualTo("लोग और आम ओर");
    assertThat(DevanagariNormalizer.normalize("अ ा")).isEqualTo("अ ा"); // not adjacent: kept
    // correct text is left as it is
    for (String ok : new String[] {"बेंगलुरू", "गांव", "हूँ", "संस्था", "लोग", "औरत", "काम"}) {
      assertThat(DevanagariNormalizer.normalize(ok)).isEqualTo(ok);
    }
  }

  @Test
  void invisibleCharactersAreRemoved() {
    assertThat(DevanagariNormalizer.normalize("क्\u200Dलस्टर")).isEqualTo("क्लस्टर");
    assertThat(DevanagariNormalizer.normalize("सीजीटी\u200Cएमएसई")).isEqualTo("सीजीटीएमएसई");
    assertThat(DevanagariNormalizer.normalize("\uFEFFउद्योग\u00AD")).isEqualTo("उद्योग");
  }

  @Test
  void spaceSeparatorsBecomeOneSpaceAndLinesAreKept() {
    assertThat(DevanagariNormalizer.normalize("पीएम\u00A0विश्वकर्मा  योजना\t\r\nदूसरी  पंक्ति "))
        .isEqualTo("पीएम विश्वकर्मा योजना\nदूसरी पंक्ति");
  }

  @Test
  void devanagariDigitsBecomeAscii() {
    assertThat(DevanagariNormalizer.normalize("१० जनवरी २०२४")).isEqualTo("10 जनवरी 2024");
  }

  @Test
  void curlyQuotesBecomeStraight() {
    assertThat(DevanagariNormalizer.normalize("\u201Cवन डिस्ट्रिक्ट\u201D \u2018ओडीओपी\u2019"))
        .isEqualTo("\"वन डिस्ट्रिक्ट\" 'ओडीओपी'");
  }

  @Test
  void dandaGluedToTheNextWordGetsASpace() {
    assertThat(DevanagariNormalizer.normalize("रहेगी ।देश में")).isEqualTo("रहेगी । देश में");
    assertThat(DevanagariNormalizer.normalize("कहा|उन्होंने")).isEqualTo("कहा। उन्होंने");
    assertThat(DevanagariNormalizer.normalize("a|b")).isEqualTo("a|b");
  }

  /**
   * The characters {@link DevanagariNormalizer#isNfcStable} may accept, and a few it must refuse.
   */
  private static String candidates() {
    StringBuilder sb = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      sb.append(c);
    }
    for (char c = '\u0300'; c <= '\u0310'; c++) {
      sb.append(c);
    }
    for (char c = '\u0900'; c <= '\u097F'; c++) {
      sb.append(c);
    }
    for (char c = '\u2000'; c <= '\u2070'; c++) {
      sb.append(c);
    }
    return sb.append("\uFEFF\uA8E0\uA8F2\u09BE\u09C7").toString();
  }

  @Test
  void nfcIsSkippedOnlyWhereItWouldChangeNothing() {
    // every pair, and every triple of Devanagari characters: canonical reordering and composition
    // act on neighbours, or on a base and a mark with only marks between them
    String cs = candidates();
    int accepted = 0;
    for (int i = 0; i < cs.length(); i++) {
      for (int j = 0; j < cs.length(); j++) {
        String pair = new String(new char[] {cs.charAt(i), cs.charAt(j)});
        if (DevanagariNormalizer.isNfcStable(pair)) {
          accepted++;
          assertThat(java.text.Normalizer.normalize(pair, java.text.Normalizer.Form.NFC))
              .as("U+%04X U+%04X", (int) pair.charAt(0), (int) pair.charAt(1))
              .isEqualTo(pair);
        }
      }
    }
    char[] t = new char[3];
    for (t[0] = '\u0900'; t[0] <= '\u097F'; t[0]++) {
      for (t[1] = '\u0900'; t[1] <= '\u097F'; t[1]++) {
        for (t[2] = '\u0900'; t[2] <= '\u097F'; t[2]++) {
          String triple = new String(t);
          if (DevanagariNormalizer.isNfcStable(triple)) {
            assertThat(java.text.Normalizer.isNormalized(triple, java.text.Normalizer.Form.NFC))
                .as("%s", triple)
                .isTrue();
          }
        }
      }
    }
    // the fast path is taken for ordinary text
    assertThat(accepted).isGreaterThan(100_000);
    assertThat(DevanagariNormalizer.isNfcStable("उद्योग मंत्रालय, ‘MSME’ – बड़ी ख़बर।")).isTrue();
    assertThat(DevanagariNormalizer.isNfcStable("\u0928\u093C")).isFalse(); // composes to ऩ
    assertThat(DevanagariNormalizer.isNfcStable("\u0915\u094D\u093C")).isFalse(); // reordered
    assertThat(DevanagariNormalizer.isNfcStable("\u0958")).isFalse(); // decomposed
    assertThat(DevanagariNormalizer.isNfcStable("e\u0301")).isFalse(); // composed
  }
}
