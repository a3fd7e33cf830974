package org.msmepulse.core.text;

import java.util.regex.Pattern;

/**
 * Whether a line is a photo caption: a scraper's {@code title} field sometimes holds the caption of
 * the page's lead picture ("लुधियाना की एक साइकिल इकाई में काम करते कारीगर। (फाइल फोटो)") instead
 * of the headline. A caption names its picture: a file or symbolic photo, a photo credit, or a
 * "फोटो:" / "Photo:" label at its start.
 */
public final class Captions {
  private static final Pattern CAPTION =
      Pattern.compile(
          "फाइल\\s*(?:फोटो|तस्वीर|चित्र)|(?:प्रतीकात्मक|सांकेतिक)\\s*(?:तस्वीर|फोटो|चित्र|छवि)"
              + "|(?:फोटो|तस्वीर)\\s*(?:साभार|सौजन्य|क्रेडिट)|^\\s*(?:फोटो|तस्वीर|photo|image)\\s*[:|–-]"
              + "|file\\s*(?:photo|image|pic)|representa(?:tive|tional)\\s*(?:image|photo|picture)"
              + "|(?:photo|image|picture)\\s*(?:credit|courtesy|source)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Captions() {}

  public static boolean isCaption(String line) {
    if (line == null || line.isBlank()) {
      return false;
    }
    // nukta forms (फ़ाइल फ़ोटो) compared as the plain letters
    String t = DevanagariNormalizer.normalize(line).replace("\u093C", "");
    return CAPTION.matcher(t).find();
  }

  /**
   * The title to keep: the given one, unless it is missing or a caption and the text's first line
   * is not one (a caption for a title, the headline opening the text).
   */
  public static String title(String given, String firstLine) {
    if (given == null || given.isBlank()) {
      return firstLine;
    }
    if (isCaption(given) && firstLine != null && !firstLine.isBlank() && !isCaption(firstLine)) {
      return firstLine;
    }
    return given;
  }
}
