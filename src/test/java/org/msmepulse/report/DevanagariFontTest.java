package org.msmepulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled font: on the classpath with its licence, registered, and able to draw the Hindi we
 * show.
 */
class DevanagariFontTest {
  /**
   * Hindi as the tables carry it: conjuncts, nukta letters, vowel signs, chandrabindu, the danda,
   * mixed with Latin.
   */
  static List<String> hindiSamples() {
    List<String> out = new ArrayList<>(ReportFixture.SCHEME_NAMES_HI);
    ReportFixture.STATES.forEach(s -> out.add(s[2]));
    out.addAll(
        List.of(
            "फ़िरोज़ाबाद",
            "श्रीनगर",
            "चूड़ियों",
            "क़र्ज़",
            "योजनाएँ हर महीने",
            "सबसे अधिक चर्चित जिले",
            "PMEGP · प्रधानमंत्री रोजगार सृजन कार्यक्रम",
            "उत्तर प्रदेश (UP)",
            "T4 · कारीगरों · काम · योजना",
            "अन्य योजनाएँ · 24 other schemes",
            "हिंदी एमएसएमई समाचार, महीने दर महीने।",
            "…",
            "₹ 2,000 करोड़"));
    return out;
  }

  @Test
  void isBundledWithItsLicence() throws Exception {
    try (InputStream font = DevanagariFont.class.getResourceAsStream(DevanagariFont.RESOURCE);
        InputStream licence =
            DevanagariFont.class.getResourceAsStream(DevanagariFont.LICENCE_RESOURCE)) {
      assertThat(font).isNotNull();
      assertThat(licence).isNotNull();
      String text = new String(licence.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("SIL OPEN FONT LICENSE Version 1.1").contains("Red Hat");
    }
    assertThat(DevanagariFont.bytes().length).isGreaterThan(100_000);
  }

  @Test
  void isRegisteredWithTheGraphicsEnvironment() {
    String family = DevanagariFont.family();
    assertThat(family).isEqualTo("Lohit Devanagari");
    assertThat(
            Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()))
        .contains(family);
    // and a font asked for by name is the bundled one, not a fallback
    assertThat(new Font(family, Font.PLAIN, 12).canDisplayUpTo("प्रधानमंत्री")).isEqualTo(-1);
  }

  @Test
  void hasAGlyphForEveryCharacterOfTheLabels() {
    for (String s : hindiSamples()) {
      assertThat(DevanagariFont.canDisplayUpTo(s)).as(s).isEqualTo(-1);
      assertThat(DevanagariFont.of(Font.BOLD, 17f).canDisplayUpTo(s))
          .as("bold: " + s)
          .isEqualTo(-1);
    }
  }

  @Test
  void shapesDevanagariWithoutMissingGlyphs() {
    // canDisplay checks characters; shaping maps clusters (क्ष, र्य, conjuncts) to glyphs: none may
    // be .notdef.
    Font f = DevanagariFont.of(Font.PLAIN, 13f);
    FontRenderContext frc = new FontRenderContext(null, true, true);
    for (String s : hindiSamples()) {
      char[] chars = s.toCharArray();
      GlyphVector gv = f.layoutGlyphVector(frc, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
      for (int i = 0; i < gv.getNumGlyphs(); i++) {
        assertThat(gv.getGlyphCode(i)).as(s + " glyph " + i).isNotEqualTo(f.getMissingGlyphCode());
      }
    }
  }
}
