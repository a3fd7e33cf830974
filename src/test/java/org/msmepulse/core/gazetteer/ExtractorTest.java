package org.msmepulse.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msmepulse.core.text.DevanagariNormalizer;

/** The matching rules on the real gazetteers of conf/, one rule a test. */
class ExtractorTest {
  static ArticleExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = ArticleExtractor.load("gazetteer");
  }

  static ArticleExtractor.Extraction x(String text) {
    return extractor.extract(DevanagariNormalizer.normalize(text));
  }

  static List<String> schemes(String text) {
    return x(text).schemes().stream().map(SchemeMention::code).toList();
  }

  static List<String> districts(String text) {
    return x(text).regions().stream()
        .filter(r -> !r.region().isState())
        .map(r -> r.region().goldName())
        .toList();
  }

  static List<String> states(String text) {
    return x(text).regions().stream()
        .filter(r -> r.region().isState())
        .map(r -> r.region().stateCode())
        .toList();
  }

  @Test
  void findsSchemesInEverySpelling() {
    assertThat(schemes("पीएमईजीपी के तहत ऋण")).containsExactly("PMEGP");
    assertThat(schemes("PMEGP loan")).containsExactly("PMEGP");
    assertThat(schemes("प्रधानमंत्री रोजगार सृजन कार्यक्रम से")).containsExactly("PMEGP");
    assertThat(schemes("वन डिस्ट्रिक्ट वन प्रोडक्ट (ODOP) योजना")).containsExactly("ODOP");
    assertThat(schemes("एक जनपद एक उत्पाद")).containsExactly("ODOP");
  }

  @Test
  void findsNamesWithGluedPostpositionsAndPrefixes() {
    assertThat(schemes("मुद्रा योजनाके तहत")).containsExactly("MUDRA");
    assertThat(
            schemes(
                "सूक्ष्म एवं लघु उद्यम क्लस्टर विकास कार्यक्रम (एमएसईसीडीपी) तथाएमएसएमई ग्रीनिंग"))
        .containsExactly("MSE-CDP");
    assertThat(districts("जिला हमीरपुरमें हिमाचल प्रदेश")).containsExactly("Hamirpur|IN-HP");
  }

  @Test
  void findsOneEditMisspellingsOfLongNames() {
    assertThat(schemes("'वन डिस्टिक्ट वन प्रोडक्ट' योजना")).containsExactly("ODOP");
    assertThat(schemes("प्रधानमंत्री रोजगार सर्जन कार्यक्रम के तहत")).containsExactly("PMEGP");
    assertThat(schemes("एक जिला एक उत्पादन योजना")).containsExactly("ODOP");
  }

  @Test
  void onlyOneEditMatchesAreFlaggedFuzzy() {
    assertThat(x("प्रधानमंत्री रोजगार सृजन कार्यक्रप के तहत").schemes())
        .singleElement()
        .extracting(SchemeMention::fuzzy)
        .isEqualTo(true);
    assertThat(x("प्रधानमंत्री रोजगार सृजन कार्यक्रम के तहत").schemes())
        .singleElement()
        .extracting(SchemeMention::fuzzy)
        .isEqualTo(false);
    assertThat(x("प्रधानमंत्री रोजगार सृजनकार्यक्रम के तहत").schemes())
        .singleElement()
        .extracting(SchemeMention::fuzzy)
        .isEqualTo(false);
    // an exact mention beside a one-edit one: the scheme is not fuzzy
    assertThat(
            x("प्रधानमंत्री रोजगार सृजन कार्यक्रम और प्रधानमंत्री रोजगार सृजन कार्यक्रप").schemes())
        .singleElement()
        .extracting(SchemeMention::fuzzy)
        .isEqualTo(false);
  }

  @Test
  void commonWordsThatAreNamesNeedContext() {
    assertThat(districts("कार्यक्रम का आयोजन किया गया है।")).isEmpty();
    assertThat(districts("इस सूरत में उद्योगों को मदद चाहिए।")).isEmpty();
    assertThat(districts("आरक्षण कोटा तय हुआ।")).isEmpty();
    assertThat(districts("मिल सकती है।")).isEmpty();
    assertThat(districts("बिहार के गया जिले में")).containsExactly("Gaya|IN-BR");
    assertThat(districts("सूरत\nचेंबर ऑफ कॉमर्स")).containsExactly("Surat|IN-GJ");
    assertThat(districts("राजस्थान के कोटा में कोचिंग")).containsExactly("Kota|IN-RJ");
    assertThat(districts("सूरत और लुधियाना की मिलें")).contains("Surat|IN-GJ", "Ludhiana|IN-PB");
  }

  @Test
  void aContextNameOpeningALineOfTheDatelineZoneCounts() {
    assertThat(districts("बैठक में फैसले\nसूरत, 5 मार्च 2024 —\nउद्योगों को मदद"))
        .containsExactly("Surat|IN-GJ");
    assertThat(districts("एक\nदो\nतीन\nचार\nपांच\nसूरत, बैठक में फैसले")).isEmpty();
  }

  @Test
  void schemeWordsThatAreCommonWordsNeedACue() {
    assertThat(schemes("समस्या का समाधान निकाला जाएगा।")).isEmpty();
    assertThat(schemes("कारीगर काम में लीन रहते हैं।")).isEmpty();
    assertThat(schemes("बढ़ती मुद्रास्फीति से लागत बढ़ी।")).isEmpty();
    assertThat(schemes("सरकार नई योजना लाएगी।")).isEmpty();
    assertThat(schemes("स्पाइस और गिफ्ट योजनाओं पर चर्चा"))
        .containsExactlyInAnyOrder("SPICE", "GIFT");
    assertThat(schemes("एमएसएमई समाधान पोर्टल पर शिकायत")).containsExactly("SAMADHAAN");
  }

  @Test
  void stopPhrasesAreNoMentions() {
    assertThat(states("पंजाब नेशनल बैंक ने ऋण दिया")).isEmpty();
    assertThat(districts("बैंक ऑफ बड़ौदा की शाखा")).isEmpty();
    assertThat(schemes("गिफ्ट सिटी में दफ्तर")).isEmpty();
  }

  @Test
  void sharedDistrictNamesFollowTheStateTheArticleNames() {
    assertThat(districts("हमीरपुर, 29 सितम्बर 2025 — हिमाचल प्रदेश सरकार"))
        .containsExactly("Hamirpur|IN-HP");
    assertThat(districts("उत्तर प्रदेश के हमीरपुर जिले में")).containsExactly("Hamirpur|IN-UP");
    assertThat(districts("बिलासपुर में बैठक। छत्तीसगढ़ सरकार")).containsExactly("Bilaspur|IN-CG");
    assertThat(districts("प्रतापगढ़ में बैठक। राजस्थान सरकार")).containsExactly("Pratapgarh|IN-RJ");
  }

  @Test
  void aStateCountsWhenOneOfItsDistrictsOrCitiesIsNamed() {
    assertThat(states("भिलाई के उद्योग")).containsExactly("IN-CG");
    assertThat(districts("भिलाई के उद्योग")).containsExactly("Durg|IN-CG");
    assertThat(districts("नोएडा और पीथमपुर"))
        .containsExactlyInAnyOrder("Gautam Buddha Nagar|IN-UP", "Dhar|IN-MP");
  }

  @Test
  void oldNamesAndVariantsResolveToTheCurrentDistrict() {
    assertThat(districts("इलाहाबाद के उद्यमी")).containsExactly("Prayagraj|IN-UP");
    assertThat(districts("गुड़गांव की कंपनियां")).containsExactly("Gurugram|IN-HR");
    assertThat(districts("झाँसी और झांसी")).containsExactly("Jhansi|IN-UP");
  }

  @Test
  void aStateAndItsOwnDistrictSharingANameGiveBoth() {
    assertThat(districts("चंडीगढ़: हरियाणा के उद्योग")).containsExactly("Chandigarh|IN-CH");
    assertThat(states("चंडीगढ़: हरियाणा के उद्योग")).containsExactlyInAnyOrder("IN-CH", "IN-HR");
  }

  @Test
  void aBlockNamedLikeADistrictOfAnotherStateIsNotThatDistrict() {
    assertThat(districts("देहरादून के रायपुर ब्लॉक की महिलाएं")).containsExactly("Dehradun|IN-UK");
  }

  @Test
  void commonWordsThatFoldIntoANameAreNotThatName() {
    assertThat(states("50 लाख रुपये से ऊपर के कर्ज पर")).isEmpty(); // ऊपर = उप्र after folding
    assertThat(schemes("शाही लीची से बन रहे जूस और जैम, पीएमएफएमई से"))
        .containsExactly("PMFME"); // जैम = जेम
  }

  @Test
  void localitiesAndRoadsNamedAfterAPlaceAreNotThatPlace() {
    assertThat(districts("लखनऊ के गोमती नगर की उद्यमी")).containsExactly("Lucknow|IN-UP");
    assertThat(districts("गाजियाबाद के मेरठ रोड औद्योगिक क्षेत्र"))
        .containsExactly("Ghaziabad|IN-UP");
  }

  @Test
  void culturalRegionsDecideASharedDistrictName() {
    assertThat(districts("हमीरपुर, 11 जून। बुंदेलखंड के इस जिले में"))
        .containsExactly("Hamirpur|IN-UP");
    assertThat(x("विदर्भ के उद्योग").regions()).isEmpty();
  }

  @Test
  void aContextSchemeNameListedWithASureOneCounts() {
    assertThat(schemes("PMEGP या मुद्रा जैसी किसी क्रेडिट स्कीम का लोन"))
        .containsExactlyInAnyOrder("PMEGP", "MUDRA");
  }

  @Test
  void mentionsCarrySurfaceFormsAndEvidence() {
    ArticleExtractor.Extraction e = x("उद्योग विभाग ने रैम्प के तहत और RAMP कार्यक्रम पर बात की।");
    SchemeMention ramp = e.schemes().get(0);
    assertThat(ramp.code()).isEqualTo("RAMP");
    assertThat(ramp.mentions()).isEqualTo(2);
    assertThat(ramp.surfaceForms()).containsExactly("रैम्प", "RAMP");
    assertThat(ramp.evidence()).contains("रैम्प के तहत");
  }
}
