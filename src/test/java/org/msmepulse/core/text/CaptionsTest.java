package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionsTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "लुधियाना की एक साइकिल इकाई में काम करते कारीगर। (फाइल फोटो) | true",
        "करघे पर काम करती महिलाएं - फ़ाइल फ़ोटो | true",
        "प्रतीकात्मक तस्वीर | true",
        "सांकेतिक फोटो: एमएसएमई मेला | true",
        "फोटो: सोशल मीडिया | true",
        "तस्वीर साभार: पीआईबी | true",
        "Workers at a unit in Surat (File Photo) | true",
        "Representational image | true",
        "Photo: PTI | true",
        // headlines, including ones about photographers and photo studios
        "हमीरपुर में रैम्प कार्यशाला: उद्यमियों को सिखाए सर्कुलर इकोनॉमी के गुर | false",
        "फोटो स्टूडियो चलाने वाले युवाओं को मुद्रा ऋण | false",
        "फाइलों में अटके पीएमईजीपी के आवेदन | false",
        "Photo studios get Mudra loans | false",
      })
  void aCaptionNamesItsPicture(String line, boolean caption) {
    assertThat(Captions.isCaption(line)).isEqualTo(caption);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        // a caption for a title: the headline that opens the text
        "काम करते कारीगर (फाइल फोटो) | लुधियाना में साइकिल उद्योग को राहत | लुधियाना में साइकिल उद्योग को राहत",
        // a headline is kept; a missing title is the first line
        "दिया गया शीर्षक | पहली पंक्ति | दिया गया शीर्षक",
        "NULL | पहली पंक्ति | पहली पंक्ति",
        // a caption everywhere: the title as given
        "प्रतीकात्मक तस्वीर | फोटो: पीटीआई | प्रतीकात्मक तस्वीर",
      })
  void aCaptionTitleGivesWayToTheTextsFirstLine(String given, String first, String kept) {
    assertThat(Captions.title(given, first)).isEqualTo(kept);
  }
}
