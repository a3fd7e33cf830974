package org.msmepulse.report;

import java.util.ArrayList;
import java.util.List;
import org.msmepulse.report.ReportData.Keyword;
import org.msmepulse.report.ReportData.RegionMonth;
import org.msmepulse.report.ReportData.SchemeMonth;
import org.msmepulse.report.ReportData.Topic;
import org.msmepulse.report.ReportData.TopicMonth;

/**
 * A small ReportData with the Hindi the real tables carry: conjuncts (प्रधानमंत्री, छत्तीसगढ़),
 * nukta letters (चूड़ियों), chandrabindu and anusvara, vowel signs on every side of a consonant; a
 * gap month (2024-03), more schemes and states than get their own colour, a district in two months.
 */
final class ReportFixture {
  private ReportFixture() {}

  static final List<String> SCHEME_NAMES_HI =
      List.of(
          "प्रधानमंत्री रोजगार सृजन कार्यक्रम",
          "एक जिला एक उत्पाद",
          "प्रधानमंत्री मुद्रा योजना",
          "पारंपरिक उद्योगों के पुनरुद्धार के लिए निधि योजना (स्फूर्ति)",
          "पीएम विश्वकर्मा योजना",
          "गवर्नमेंट ई-मार्केटप्लेस (जेम)",
          "उद्यम पंजीकरण",
          "एमएसएमई समाधान",
          "स्टैंड-अप इंडिया",
          "जीरो डिफेक्ट जीरो इफेक्ट (जेड)");
  static final List<String> SCHEME_CODES =
      List.of(
          "PMEGP",
          "ODOP",
          "MUDRA",
          "SFURTI",
          "PM-VISHWAKARMA",
          "GEM",
          "UDYAM",
          "SAMADHAAN",
          "STANDUP-INDIA",
          "ZED");
  static final List<String[]> STATES =
      List.of(
          new String[] {"IN-UP", "Uttar Pradesh", "उत्तर प्रदेश"},
          new String[] {"IN-CG", "Chhattisgarh", "छत्तीसगढ़"},
          new String[] {"IN-MH", "Maharashtra", "महाराष्ट्र"},
          new String[] {"IN-TN", "Tamil Nadu", "तमिलनाडु"},
          new String[] {"IN-JK", "Jammu and Kashmir", "जम्मू और कश्मीर"},
          new String[] {"IN-WB", "West Bengal", "पश्चिम बंगाल"},
          new String[] {"IN-KA", "Karnataka", "कर्नाटक"},
          new String[] {"IN-AP", "Andhra Pradesh", "आंध्र प्रदेश"},
          new String[] {"IN-BR", "Bihar", "बिहार"},
          new String[] {"IN-HP", "Himachal Pradesh", "हिमाचल प्रदेश"});
  static final List<String> MONTHS = List.of("2024-01", "2024-02", "2024-04", "2024-05");

  static ReportData data() {
    List<SchemeMonth> schemes = new ArrayList<>();
    List<RegionMonth> regions = new ArrayList<>();
    for (int m = 0; m < MONTHS.size(); m++) {
      for (int s = 0; s < SCHEME_CODES.size(); s++) {
        if ((s + m) % 3 != 2) {
          schemes.add(
              new SchemeMonth(
                  MONTHS.get(m),
                  SCHEME_CODES.get(s),
                  SCHEME_CODES.get(s) + " (en)",
                  SCHEME_NAMES_HI.get(s),
                  1 + (s * 7 + m) % 4,
                  2 + s));
        }
      }
      for (int s = 0; s < STATES.size(); s++) {
        String[] st = STATES.get(s);
        regions.add(
            new RegionMonth(
                MONTHS.get(m), st[0], st[1], st[2], null, null, null, 1 + (s + m) % 3, 4));
      }
      regions.add(
          new RegionMonth(
              MONTHS.get(m),
              "IN-UP",
              "Uttar Pradesh",
              "उत्तर प्रदेश",
              "143",
              "Firozabad",
              "फ़िरोज़ाबाद",
              2,
              5));
      regions.add(
          new RegionMonth(
              MONTHS.get(m), "IN-CG", "Chhattisgarh", "छत्तीसगढ़", "374", "Bastar", "बस्तर", 1, 3));
    }
    regions.add(
        new RegionMonth(
            "2024-02",
            "IN-JK",
            "Jammu and Kashmir",
            "जम्मू और कश्मीर",
            "2",
            "Srinagar",
            "श्रीनगर",
            1,
            1));
    List<Topic> topics =
        List.of(
            new Topic(
                0, "महिला · निर्यात · जिले", List.of("महिला", "निर्यात", "जिले", "सामान"), 0.12),
            new Topic(
                1,
                "कारीगरों · चूड़ियों · योजना",
                List.of("कारीगरों", "चूड़ियों", "योजना", "शिल्प"),
                0.31),
            new Topic(
                2,
                "उद्यमियों · इकाइयों · उद्योग",
                List.of("उद्यमियों", "इकाइयों", "उद्योग", "ऋण"),
                -0.05));
    List<TopicMonth> shares = new ArrayList<>();
    for (int m = 0; m < MONTHS.size(); m++) {
      double a = 0.2 + 0.1 * m;
      shares.add(new TopicMonth(MONTHS.get(m), 0, 1, a));
      shares.add(new TopicMonth(MONTHS.get(m), 1, 1, 0.5 - 0.1 * m));
      shares.add(new TopicMonth(MONTHS.get(m), 2, 0, 1 - a - (0.5 - 0.1 * m)));
    }
    List<Keyword> keywords = new ArrayList<>();
    List<String> words =
        List.of(
            "शिल्प",
            "कारीगरों",
            "भट्ठी",
            "चूड़ियों",
            "पीतल",
            "एक जिला एक उत्पाद",
            "निर्यात",
            "क़र्ज़");
    for (String month : MONTHS) {
      for (int k = 0; k < words.size(); k++) {
        keywords.add(new Keyword(month, words.get(k), 9.0 - k, k + 1));
      }
    }
    return new ReportData(
        "/tmp/fixture-warehouse",
        "fixture-run",
        40,
        38,
        schemes,
        regions,
        topics,
        shares,
        keywords);
  }
}
