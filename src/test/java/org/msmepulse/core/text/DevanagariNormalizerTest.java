package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevanagariNormalizerTest {
  @Test
  void nuktaLettersHaveOneFormWhetherPrecomposedOrNot() {
    String precomposed = "\u0958\u093E\u0928\u0942\u0928"; // क़ानून with U+0958
    String decomposed = "\u0915\u093C\u093E\u0928\u0942\u0928"; // क + nukta
    assertThat(DevanagariNormalizer.normalize(precomposed)).isEqualTo(DevanagariNormalizer.normalize(decomposed));
    // NFC alone composes ऩ but not क़: after normalization both are base + nukta
    assertThat(DevanagariNormalizer.normalize("\u0929")).isEqualTo("\u0928\u093C");
    assertThat(DevanagariNormalizer.normalize("\u095B")).isEqualTo("\u091C\u093C");
  }

  @Test
  void invisibleCharactersAreRemoved() {
    assertThat(DevanagariNormalizer.normalize("क्\u200Dलस्टर")).isEqualTo("क्लस्टर");
    assertThat(DevanagariNormalizer.normalize("सीजीटी\u200Cएमएसई")).isEqualTo("सीजीटीएमएसई");
    assertThat(DevanagariNormalizer.normalize("\uFEFFउद्योग\u00AD")).isEqualTo("उद्योग");
  }

  @Test
  void spaceSeparatorsBecomeOneSpaceAndLinesAreKept() {
    assertThat(DevanagariNormalizer.normalize("पीएम\u00A0विश्वकर्मा  योजना\t\r\nदूसरी  पंक्ति ")).isEqualTo("पीएम विश्वकर्मा योजना\nदूसरी पंक्ति");
  }

  @Test
  void devanagariDigitsBecomeAscii() {
    assertThat(DevanagariNormalizer.normalize("१० जनवरी २०२४")).isEqualTo("10 जनवरी 2024");
  }

  @Test
  void curlyQuotesBecomeStraight() {
    assertThat(DevanagariNormalizer.normalize("\u201Cवन डिस्ट्रिक्ट\u201D \u2018ओडीओपी\u2019")).isEqualTo("\"वन डिस्ट्रिक्ट\" 'ओडीओपी'");
  }

  @Test
  void dandaGluedToTheNextWordGetsASpace() {
    assertThat(DevanagariNormalizer.normalize("रहेगी ।देश में")).isEqualTo("रहेगी । देश में");
    assertThat(DevanagariNormalizer.normalize("कहा|उन्होंने")).isEqualTo("कहा। उन्होंने");
    assertThat(DevanagariNormalizer.normalize("a|b")).isEqualTo("a|b");
  }
}
