package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  private final ArticleCleaner cleaner = ArticleCleaner.defaults();

  @Test
  void dropsSiteChromeLinesButKeepsTitleAndDateline() {
    String raw =
        "हिमाचल में कार्यशाला\n\nहमीरपुर, 29 सितम्बर 2025 —\n\nउद्योग विभाग ने कार्यशाला की।\n"
            + "ये भी पढ़ें: एक्सपर्ट से जानें बजट\nWhatsApp Image 2025-08-08 at 2.49.37 PM\nRelated Articles\n"
            + "Back to top button\nClose\nLeave a Reply\nYour email address will not be published. Required fields are marked *\n"
            + "Share this:\nफोटो: सोशल मीडिया";
    ArticleCleaner.Cleaned c = cleaner.clean(raw);
    assertThat(c.text())
        .isEqualTo(
            "हिमाचल में कार्यशाला\nहमीरपुर, 29 सितम्बर 2025 —\nउद्योग विभाग ने कार्यशाला की।");
    assertThat(c.boilerplateLines()).isEqualTo(9);
  }

  @Test
  void dropsSentencesRepeatedInsideTheArticleEvenWhenParagraphsAreCutDifferently() {
    String s1 = "आनेवाले दिनों में ई-कॉमर्स का भविष्य उज्ज्वल रहेगा।";
    String s2 = "देश में हर राज्य में ज़ोन वाइज़ लीड लेकर कोआर्डिनेट करना पड़ेगा।";
    String raw = "सूरत\n" + s1 + " " + s2 + "\nनया वाक्य जो केवल एक बार आता है।\n" + s1 + "\n" + s2;
    ArticleCleaner.Cleaned c = cleaner.clean(raw);
    assertThat(c.text()).isEqualTo("सूरत\n" + s1 + " " + s2 + "\nनया वाक्य जो केवल एक बार आता है।");
    assertThat(c.repeatedSentences()).isEqualTo(2);
  }

  @Test
  void keepsShortRepeatedPhrases() {
    assertThat(cleaner.clean("बैठक हुई।\nबैठक हुई।").text()).isEqualTo("बैठक हुई।\nबैठक हुई।");
  }
}
