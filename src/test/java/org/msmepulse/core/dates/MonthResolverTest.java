package org.msmepulse.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msmepulse.core.text.DevanagariNormalizer;

class MonthResolverTest {
  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        // published | text | month | source
        "2024-03-14 | दुर्ग , मई 2022/ बैठक | 2024-03 | metadata",
        "2024-03-14T10:00:00+05:30 | कोई तारीख नहीं | 2024-03 | metadata",
        "NULL | शीर्षक\\nहमीरपुर, 29 सितम्बर 2025 —\\nबाकी | 2025-09 | text",
        "NULL | शीर्षक\\nदुर्ग , मई 2022/जिला स्तरीय | 2022-05 | text",
        "NULL | लखनऊ, 12 मार्च 2025 — बैठक | 2025-03 | text",
        "NULL | इंदौर, 5 अक्तूबर (संवाददाता)। वर्ष 2024 में | 2024-10 | text",
        "NULL | शीर्षक\\nजयपुर।\\nआवेदन 15/08/2024 तक होंगे | 2024-08 | text",
        "NULL | बैठक 2023-11-02 को हुई | 2023-11 | text",
        "NULL | The meeting on March 5, 2024 was held | 2024-03 | text",
        "NULL | १० जनवरी २०२४ को | 2024-01 | text",
        "NULL | 19 सितंबर को शाम 3 से 6 बजे | NULL | none",
        "NULL | औद्योगिक नीति 2019-24 के तहत वित्त वर्ष 2023-24 में | NULL | none",
        "NULL | चैलेंज फॉर एमएसएमई पोस्ट 2019 सिचुएशन | NULL | none",
        "NULL | may be 2024 is a good year | NULL | none",
        "not a date | सितंबर 2024 में | 2024-09 | text",
        // spellings found by their MatchKey: virama, nukta, vowel length, chandrabindu
        "NULL | भोपाल, 8 दिसम्बर 2023 — बैठक | 2023-12 | text",
        "NULL | नवम्बर 2021 में | 2021-11 | text",
        "NULL | 3 फ़रवरी 2021 को | 2021-02 | text",
        "NULL | अप्रेल 2020 से | 2020-04 | text",
        "NULL | 11 जनवरि 2019 | 2019-01 | text",
        "NULL | 9 अकटूबर 2023 को | 2023-10 | text",
        "NULL | इंदौर, 5 अक्टुबर (संवाददाता)। वर्ष 2024 में | 2024-10 | text",
        "NULL | शीर्षक\\nरायपुर, 2 जुलाइ 2022 —\\nबाकी | 2022-07 | text",
        "NULL | 14 सितँबर 2022 को | 2022-09 | text",
        // spellings that differ after folding, listed apart
        "NULL | 5 अक्तूबर 2023 | 2023-10 | text",
        "NULL | 17 सितमबर 2024 | 2024-09 | text",
        // a word before a year that names no month is passed over
        "NULL | सत्र 2023 और 12 मई 2024 | 2024-05 | text",
        "NULL | 19 जुन को शाम | NULL | none",
        "NULL | 5 SEPT. 2024 | 2024-09 | text",
        // a date stamp of the page comes before the body's first date (an editorial's first date
        // is often of what it discusses)
        "NULL | शीर्षक\\nउद्योग नीति पर विचार।\\n12 जनवरी 2019 के फैसले के बाद बदलाव आया।\\nदिनांक: 14.03.2025 | 2025-03 | text",
        "NULL | लेख में 5 मई 2020 की घटना का जिक्र है। प्रकाशित 3 अगस्त 2024 | 2024-08 | text",
        "NULL | नोटबंदी 8 नवंबर 2016 को हुई थी। Updated: March 5, 2024 10:30 IST | 2024-03 | text",
        "NULL | पिछले साल 2 जून 2025 को बैठक हुई। दि. 11/02/2026 | 2026-02 | text",
        // a stamp word without a date right after it is no stamp
        "NULL | अपडेट के लिए देखें। बैठक 2 जून 2025 को | 2025-06 | text",
        // a live-update page: dates with a clock time stamp its items, and outrank the dates the
        // items report; the month most stamps name
        "NULL | लाइव\\n6 अप्रैल 2017 को घोषणा हुई थी।\\n27 जून 2024, 06:15 PM\\nखबर\\n27 जून 2024, 04:40 PM\\nखबर | 2024-06 | text",
        "NULL | 23 जुलाई 2024 को बजट आया था।\\n14:35 IST - 1 फरवरी 2025\\nखबर\\n11:00 IST, 1 फरवरी 2025 | 2025-02 | text",
        "NULL | 31 जनवरी 2025, 23:50 खबर\\n1 फरवरी 2025, 10:00 खबर\\n1 फरवरी 2025, 11:30 खबर | 2025-02 | text",
        "NULL | 31 जनवरी 2025, 23:50 खबर\\n1 फरवरी 2025, 10:00 खबर | 2025-01 | text",
        // a date in a lead sentence is no dateline: the body's latest date that does not look ahead
        "NULL | संपादकीय\\nमई 2020 में घोषित पैकेज 31 मार्च 2023 तक चला। 8 दिसंबर 2023 को बैठक हुई। | 2023-12 | text",
        "NULL | लेख\\n17 सितंबर 2023 को योजना शुरू हुई। 20 सितंबर 2024 को कार्यक्रम हुआ। निपटारा 31 दिसंबर 2024 तक कर दिया जाएगा। | 2024-09 | text",
        "NULL | 1 फरवरी 2025 को बजट आया। नई व्यवस्था 1 अप्रैल 2025 से लागू होगी। | 2025-02 | text",
        "NULL | 15 अक्टूबर 2025 को घोषणा हुई। आगामी 1 जनवरी 2026 से नए नियम। | 2025-10 | text",
        "NULL | 1 जुलाई 2020 को शुरू पोर्टल पर अब तक चार करोड़ इकाइयां। 2 मई 2019 को बैठक। | 2020-07 | text",
        // no full date: the one month of the body's days, with the one year the text names
        "NULL | शीर्षक\\nजिले में 12 मार्च को शिविर लगा। 14 मार्च को समापन। वर्ष 2024 में निर्यात बढ़ा। | 2024-03 | text",
        "NULL | शीर्षक\\nजिले में 12 मार्च को शिविर लगा। 4 अप्रैल को समापन। वर्ष 2024 में | NULL | none",
        "NULL | शीर्षक\\nजिले में 12 मार्च को शिविर लगा। 2023 और 2024 में | NULL | none",
        // every date looks ahead: the first one
        "NULL | आवेदन 31 मार्च 2026 तक होंगे, परीक्षा 5 मई 2026 को होगी | 2026-03 | text",
        // a dateline after a place and a separator, or alone on its line before a separator
        "NULL | शीर्षक\\nनई दिल्ली (एजेंसी), 5 मार्च 2024। 9 जून 2024 को बैठक होगी | 2024-03 | text",
        "NULL | शीर्षक\\n29 सितम्बर 2025 —\\n2 मई 2026 को | 2025-09 | text",
      })
  void resolvesTheMonthAndItsSource(String published, String text, String month, String source) {
    MonthResolution r =
        MonthResolver.resolve(published, DevanagariNormalizer.normalize(text.replace("\\n", "\n")));
    assertThat(r.month()).isEqualTo(month);
    assertThat(r.source()).isEqualTo(source);
  }
}
