package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void theZoneIsTheFirstFourLines() {
    String text = "शीर्षक\nसंवाददाता\nहमीरपुर, 29 सितम्बर 2025 —\nपहली पंक्ति\nबाकी खबर";
    assertThat(Dateline.zone(text))
        .isEqualTo("शीर्षक\nसंवाददाता\nहमीरपुर, 29 सितम्बर 2025 —\nपहली पंक्ति\n");
  }

  @Test
  void blankLinesCount() {
    assertThat(Dateline.zone("शीर्षक\n\n\nजयपुर।\nबाकी")).isEqualTo("शीर्षक\n\n\nजयपुर।\n");
  }

  @Test
  void aShortTextIsAllZone() {
    assertThat(Dateline.zone("लखनऊ, 12 मार्च 2025 — बैठक")).isEqualTo("लखनऊ, 12 मार्च 2025 — बैठक");
    assertThat(Dateline.zone("दो\nपंक्तियां")).isEqualTo("दो\nपंक्तियां");
    assertThat(Dateline.end("")).isZero();
  }

  @Test
  void theZoneEndsAtTheFirstLineEndAfterItsCharacterBudget() {
    String first = "क".repeat(300) + "\n";
    String second = "ख".repeat(150) + "\n";
    String text = first + second + "ग\nघ\n";
    assertThat(Dateline.end(text)).isEqualTo(first.length() + second.length());
  }

  @Test
  void aLongLineIsCut() {
    String text = "क".repeat(1000) + "\nख";
    assertThat(Dateline.end(text)).isEqualTo(Dateline.MAX_CHARS);
    assertThat(Dateline.zone(text)).hasSize(Dateline.MAX_CHARS);
  }
}
