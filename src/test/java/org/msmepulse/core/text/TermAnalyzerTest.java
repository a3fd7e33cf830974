package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {
  static TermAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TermAnalyzer.defaults();
  }

  private static TermAnalyzer.Analysis analyze(String text) {
    return analyzer.analyze(DevanagariNormalizer.normalize(text));
  }

  @Test
  void dropsStopwordsAndNumbers() {
    TermAnalyzer.Analysis a = analyze("उन्होंने कहा कि 2025 में 1,800 इकाइयों को ऋण दिया गया है।");
    assertThat(a.surfaces()).containsExactly("इकाइयों", "ऋण");
  }

  @Test
  void foldsTransliteratedAcronymsAndCompounds() {
    assertThat(analyze("एमएसएमई MSME").terms()).containsExactly("msme", "msme");
    assertThat(analyze("ई-कॉमर्स ई कॉमर्स E-कॉमर्स").terms())
        .containsExactly("ecommerce", "ecommerce", "ecommerce");
    assertThat(analyze("टैक्नोलॉजी टेक्नोलॉजी").terms())
        .containsExactly("technology", "technology");
  }

  @Test
  void splitsFunctionWordsGluedWhereASpaceWasLostButNotRealWords() {
    assertThat(analyze("हेतुजागरूकता लघुएवं औरप्रभावी इसकेसाथ").surfaces())
        .containsExactly("जागरूकता", "लघु", "प्रभावी");
    assertThat(analyze("औरत औरंगाबाद तथ्य").surfaces()).containsExactly("औरत", "औरंगाबाद", "तथ्य");
  }

  @Test
  void surfacesStayAlignedWithTerms() {
    TermAnalyzer.Analysis a = analyze("भारत के उद्योगों में ई-कॉमर्स का भविष्य");
    assertThat(a.terms()).hasSameSizeAs(a.surfaces());
    assertThat(a.surfaces()).contains("उद्योगों", "ई-कॉमर्स");
    assertThat(a.terms().get(a.surfaces().indexOf("उद्योगों"))).isEqualTo("उदयोग");
  }

  @Test
  void termsNeverHoldPunctuationMarksAtTheStartOrInvisibleCharacters() {
    TermAnalyzer.Analysis a = analyze("\u201Cक्\u200Dलस्टर\u201D, (योजना) ।देश — ‘उद्यमी’");
    for (String t : a.terms()) {
      assertThat(t).doesNotContainPattern("[\\p{P}\\u200B-\\u200D\\uFEFF]");
      assertThat(Character.getType(t.charAt(0)))
          .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
    }
    assertThat(a.surfaces()).contains("क्लस्टर");
  }
}
