package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeyTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "सितम्बर, सितंबर", // half nasal before a consonant = anusvara
    "रैम्प, रैंप",
    "प्रधानमन्त्री, प्रधानमंत्री",
    "झाँसी, झांसी", // chandrabindu = anusvara
    "ज़िला, जिला", // nukta
    "गुड़गाँव, गुड़गांव",
    "टैक्नोलॉजी, टेक्नोलॉजी", // transliteration vowel variants
    "अलप्पुझा, अलपुझा", // gemination
    "कोच्चि, कोचि",
    "MSME, msme",
  })
  void spellingsAReaderTakesForOneWordShareAKey(String a, String b) {
    assertThat(MatchKey.of(DevanagariNormalizer.normalize(a)))
        .isEqualTo(MatchKey.of(DevanagariNormalizer.normalize(b)));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({"धार, धारा", "गया, गाया", "कोटा, कोट"})
  void differentWordsKeepDifferentKeys(String a, String b) {
    assertThat(MatchKey.of(a)).isNotEqualTo(MatchKey.of(b));
  }
}
