package org.msmepulse.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msmepulse.core.gazetteer.ExtractorTest.districts;
import static org.msmepulse.core.gazetteer.ExtractorTest.schemes;
import static org.msmepulse.core.gazetteer.ExtractorTest.states;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forms that real Hindi news uses and the project's own text did not (issue 22), one kind a test,
 * on the real gazetteers of conf/: the rule, and the ordinary word it must leave alone.
 */
class RealNewsFormsTest {
  @BeforeAll
  static void load() {
    ExtractorTest.load();
  }

  @Test
  void aSchemeIsNamedWithAnotherGenericWordThanItsOwn() {
    // the programme called a yojana, a scheme or a mission, in either script
    assertThat(schemes("मुद्रा स्कीम और पीएमईजीपी कार्यक्रम से ऋण"))
        .containsExactly("MUDRA", "PMEGP");
    assertThat(schemes("एमएसएमई क्लस्टर विकास योजना के तहत")).containsExactly("MSE-CDP");
    assertThat(schemes("the Stand-Up India Programme helps")).containsExactly("STANDUP-INDIA");
    // a generic word alone still names nothing
    assertThat(schemes("सरकार की नई योजना और नया कार्यक्रम")).isEmpty();
  }

  @Test
  void anEnglishNameWrittenInDevanagari() {
    assertThat(schemes("पीएम एम्पलायमेंट जनरेशन प्रोग्राम के तहत ऋण")).containsExactly("PMEGP");
    assertThat(schemes("प्राइम मिनिस्टर्स एम्प्लॉयमेंट जनरेशन प्रोग्राम में"))
        .containsExactly("PMEGP");
  }

  @Test
  void twoSchemesShareTheWordsTheirNamesEndIn() {
    assertThat(schemes("स्टार्टअप-स्टैंडअप-इंडिया से नए उद्यमी जुड़े"))
        .containsExactlyInAnyOrder("STARTUP-INDIA", "STANDUP-INDIA");
    assertThat(schemes("स्टार्टअप और स्टैंडअप इंडिया योजनाओं का लाभ"))
        .containsExactlyInAnyOrder("STARTUP-INDIA", "STANDUP-INDIA");
    // the joined word alone is no scheme: "डिजिटल इंडिया" is not in the gazetteer
    assertThat(schemes("डिजिटल और स्टार्टअप इंडिया से युवाओं को लाभ"))
        .containsExactly("STARTUP-INDIA");
    // a place before a scheme name is not a scheme
    assertThat(schemes("कानपुर, स्टार्टअप इंडिया के मंच पर")).containsExactly("STARTUP-INDIA");
  }

  @Test
  void aStateAbbreviationCountsBeforeAWordOfStateGovernment() {
    // UP is also the English word "up": in context only
    assertThat(states("UP सरकार ने घोषणा की")).containsExactly("IN-UP");
    assertThat(states("UP के मुख्यमंत्री ने कहा")).containsExactly("IN-UP");
    assertThat(states("prices went UP again")).isEmpty();
  }

  @Test
  void aNameThatOnlyFoldsIntoACommonWordCountsWhereWrittenSo() {
    // उप्र and उ.प्र. share their key with ऊपर ("above") but are not spelled so
    assertThat(states("उप्र में नए उद्योग")).containsExactly("IN-UP");
    assertThat(states("उ.प्र. के उद्यमी")).containsExactly("IN-UP");
    assertThat(states("ऊपर से आदेश आया")).isEmpty();
    assertThat(states("ऊपर के मुख्यमंत्री")).isEmpty();
    assertThat(states("उपर लिखा है")).isEmpty();
    assertThat(districts("सक्ती में नया उद्योग")).hasSize(1);
    assertThat(districts("वह उद्योग लगा सकती है")).isEmpty();
    // पुरी differs from पूरी ("whole") only in vowel length, a common slip: still in context only
    assertThat(districts("पुरी तरह से बंद")).isEmpty();
    assertThat(districts("पुरी जिले के कारीगर")).hasSize(1);
  }

  @Test
  void misspelledStateNames() {
    assertThat(states("महराष्ट्र के उद्योग मंत्री ने कहा")).containsExactly("IN-MH");
    assertThat(states("तामिलनाडु में नई फैक्ट्री")).containsExactly("IN-TN");
    assertThat(states("कर्णाटक में निवेश")).containsExactly("IN-KA");
    assertThat(states("तेलांगना में निवेश")).containsExactly("IN-TS");
    assertThat(states("हिप्र के उद्यमी")).containsExactly("IN-HP");
  }

  @Test
  void aPersonNamedAfterAPlaceIsNoMention() {
    assertThat(states("अटल बिहारी वाजपेयी ने उद्योग नीति बदली")).isEmpty();
    assertThat(states("बांके बिहारी मंदिर के पास")).isEmpty();
    assertThat(states("बिहार के उद्यमी")).containsExactly("IN-BR");
  }

  @Test
  void aForceNamedAfterAPlaceIsNoMention() {
    assertThat(states("असम राइफल्स के जवानों ने मदद की")).isEmpty();
    assertThat(states("बिहार रेजिमेंट के पूर्व सैनिकों की इकाई")).isEmpty();
    assertThat(states("असम राइफल्स के जवान असम के उद्यमियों से मिले")).containsExactly("IN-AS");
  }

  @Test
  void aDistrictNameThatIsAlsoAnAdjectiveNeedsContext() {
    assertThat(districts("बेलगाम महंगाई से उद्यमी परेशान")).isEmpty();
    assertThat(districts("बेलगाम जिले के उद्यमी")).containsExactly("Belagavi|IN-KA");
    assertThat(districts("कर्नाटक के बेलगाम में")).containsExactly("Belagavi|IN-KA");
    assertThat(districts("Belgaum district")).containsExactly("Belagavi|IN-KA");
  }

  @Test
  void aDistrictNameThatIsNoHindiWordNeedsNoContext() {
    // जालना (Jalna) is named in news without a place cue; जलना (to burn) has another match key
    assertThat(districts("जालना के उद्यमियों को ऋण मिला")).containsExactly("Jalna|IN-MH");
    assertThat(districts("धूप में जलना पड़ा")).isEmpty();
  }

  @Test
  void oldFontVowelOrderIsRepairedBeforeMatching() {
    assertThat(districts("बंेगलुरू में स्टार्टअप सम्मेलन"))
        .containsExactly("Bengaluru Urban|IN-KA");
  }
}
