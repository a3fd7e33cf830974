package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> words(String text) {
    return Tokenizer.tokenize(DevanagariNormalizer.normalize(text)).stream()
        .filter(Token::isWord)
        .map(Token::text)
        .toList();
  }

  @Test
  void neverCutsAtVowelSignsViramaOrNukta() {
    assertThat(words("किसान उद्योगों ज़िला क़ानून प्रधानमंत्री"))
        .containsExactly("किसान", "उद्योगों", "ज़िला", "क़ानून", "प्रधानमंत्री");
  }

  @Test
  void splitsOnDandaPunctuationAndHyphens() {
    assertThat(words("पड़ेगी।देश, ई-कॉमर्स (ODOP)"))
        .containsExactly("पड़ेगी", "देश", "ई", "कॉमर्स", "ODOP");
  }

  @Test
  void splitsWhereTheScriptChangesBecauseThatIsALostSpace() {
    assertThat(words("MSMEसेक्टर 2025में")).containsExactly("MSME", "सेक्टर", "2025", "में");
  }

  @Test
  void keepsNumbersWithInnerSeparators() {
    List<Token> t = Tokenizer.tokenize("1,800 इकाइयां 2.5 लाख");
    assertThat(t).extracting(Token::text).containsExactly("1,800", "इकाइयां", "2.5", "लाख");
    assertThat(t.get(0).type()).isEqualTo(Token.Type.NUMBER);
  }

  @Test
  void noTokenStartsWithACombiningMark() {
    for (Token t : Tokenizer.tokenize("\u093Eकिसान \u094Dउद्योग")) {
      assertThat(Character.getType(t.text().charAt(0)))
          .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
    }
  }

  @Test
  void marksLineStarts() {
    List<Token> t = Tokenizer.tokenize("सूरत\nचेंबर ऑफ");
    assertThat(t.get(0).lineStart()).isTrue();
    assertThat(t.get(1).lineStart()).isTrue();
    assertThat(t.get(2).lineStart()).isFalse();
  }
}
