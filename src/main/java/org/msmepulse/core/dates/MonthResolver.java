package org.msmepulse.core.dates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msmepulse.core.text.Dateline;
import org.msmepulse.core.text.MatchKey;

/**
 * Resolves an article's month: metadata {@code published} first, then a date stamp (below), then a
 * date in the dateline zone ({@link Dateline}), then the first full date anywhere in the text. A
 * date needs a year and a month: "19 सितंबर" alone, "2019-24" or "वित्त वर्ष 2023-24" give nothing,
 * and no date gives null. Understands Hindi month names in every spelling that {@link MatchKey}
 * folds into a listed one (सितंबर/सितम्बर, अक्टूबर/अक्टुबर, फ़रवरी/फरवरी) plus the listed spellings
 * that stay apart after folding (अक्तूबर, सितमबर), English month names and abbreviations (Sept.),
 * ISO dates, day-first numeric dates (15/08/2024, the Indian convention) and "March 5, 2024". Input
 * is canonical text (digits already ASCII).
 *
 * <p>Before the dateline and the body's first date comes a date stamp anywhere in the text: a date
 * right after a word that dates the page itself ("दिनांक: 12.03.2025", "प्रकाशित 5 मार्च 2024",
 * "Updated: March 5, 2024"), as pages without a {@code published} field carry in a credit line or
 * at the foot. An editorial's first date is often of something it discusses; its stamp is its own.
 */
public final class MonthResolver {
  /** Month numbers by the {@link MatchKey} of each spelling. */
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    // One spelling per MatchKey: सितम्बर, अक्टुबर, फ़रवरी, अप्रेल, जनवरि fold into the first of
    // their row.
    String[][] names = {
      {"जनवरी", "january", "jan"},
      {"फरवरी", "february", "feb"},
      {"मार्च", "march", "mar"},
      {"अप्रैल", "अप्रील", "april", "apr"},
      {"मई", "may"},
      {"जून", "june", "jun"},
      {"जुलाई", "july", "jul"},
      {"अगस्त", "august", "aug"},
      {"सितंबर", "सितमबर", "सेप्टेंबर", "september", "sept", "sep"},
      {"अक्टूबर", "अक्तूबर", "october", "oct"},
      {"नवंबर", "नवमबर", "november", "nov"},
      {"दिसंबर", "दिसमबर", "december", "dec"},
    };
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) {
        if (MONTHS.put(MatchKey.of(n), m + 1) != null) {
          throw new IllegalStateException("month spelling listed twice (after folding): " + n);
        }
      }
    }
  }

  // Word edges for Devanagari: a month name must not continue into more letters or marks.
  private static final String L = "(?<![\\p{L}\\p{M}])";
  private static final String R = "(?![\\p{L}\\p{M}])";

  /** A whole word, a month name if {@link #month} says so. */
  private static final String WORD = "([\\p{L}\\p{M}]+)";

  private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)(?!\\s*-\\s*\\d)";

  /** 29 सितम्बर 2025, 5th March, 2024, 1 मई, 2022 */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          L + "(\\d{1,2})(?:st|nd|rd|th)?\\s*" + WORD + "\\.?" + R + ",?\\s*" + YEAR,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** March 5, 2024; मई 2022; सितंबर, 2024 */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          L + WORD + "\\.?" + R + "\\s*(?:(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*)?,?\\s*" + YEAR,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** 2023-11-02, 2023/11/02 */
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d/.-])((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");

  /** 15/08/2024, 15-08-2024, 15.08.2024: day first */
  private static final Pattern DMY =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d\\d)(?!\\d)");

  private MonthResolver() {}

  public static MonthResolution resolve(String published, String canonicalText) {
    String fromMeta = monthOfPublished(published);
    if (fromMeta != null) {
      return new MonthResolution(fromMeta, MonthResolution.METADATA, "published");
    }
    if (canonicalText == null || canonicalText.isEmpty()) {
      return MonthResolution.none();
    }
    Found st = stamped(canonicalText);
    if (st != null) {
      return new MonthResolution(st.month, MonthResolution.TEXT, "stamp: " + st.text);
    }
    String zone = Dateline.zone(canonicalText);
    Found d = firstDate(zone);
    DayMonth dm = dayMonth(zone);
    if (dm != null && (d == null || dm.position() < d.position)) {
      Integer year = onlyYear(canonicalText);
      if (year != null) {
        return new MonthResolution(
            ym(year, dm.month()),
            MonthResolution.TEXT,
            "dateline: " + dm.text() + " + year " + year + " in the text");
      }
    }
    if (d != null) {
      return new MonthResolution(d.month, MonthResolution.TEXT, "dateline: " + d.text);
    }
    Found b = firstDate(canonicalText);
    if (b != null) {
      return new MonthResolution(b.month, MonthResolution.TEXT, "body: " + b.text);
    }
    return MonthResolution.none();
  }

  /** The month of a metadata date (ISO date or date-time, with or without offset), or null. */
  public static String monthOfPublished(String published) {
    if (published == null) {
      return null;
    }
    String p = published.strip();
    if (p.isEmpty()) {
      return null;
    }
    try {
      if (p.length() >= 10 && p.charAt(4) == '-' && p.charAt(7) == '-') {
        LocalDate d = LocalDate.parse(p.substring(0, 10));
        return YearMonth.from(d).toString();
      }
      if (p.length() == 7 && p.charAt(4) == '-') {
        return YearMonth.parse(p).toString();
      }
      return YearMonth.from(OffsetDateTime.parse(p)).toString();
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      Found f = firstDate(p);
      return f == null ? null : f.month;
    }
  }

  private record Found(int position, String month, String text) {}

  /** Words that date the page itself, each followed by its date. */
  private static final Pattern STAMP =
      Pattern.compile(
          L
              + "(दिनांक|दि\\.|प्रकाशित|प्रकाशन|अपडेटेड|अपडेट|अद्यतन|published|updated|posted|dated)"
              + "(?:\\s+(?:on|at|तिथि|दिनांक))?\\s*[:ः\\-–]?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The first date that follows a stamp word directly, or null. */
  static Found stamped(String text) {
    Matcher m = STAMP.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      Found f = firstDate(after);
      if (f != null && f.position == 0) {
        return new Found(m.start(), f.month, m.group().strip() + " " + f.text);
      }
    }
    return null;
  }

  /** 19 सितंबर, 5 Oct: a day and month without a year. */
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          L + "(\\d{1,2})(?:st|nd|rd|th)?\\s*" + WORD + "\\.?" + R,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A year standing alone (वर्ष 2024, 2024 में), not part of a range like 2023-24. */
  private static final Pattern LONE_YEAR =
      Pattern.compile("(?<![\\d/.-])((?:19|20)\\d\\d)(?![\\d])(?!\\s*-\\s*\\d)(?!\\s*/\\s*\\d)");

  private record DayMonth(int position, int month, String text) {}

  /**
   * The month a word names, or null: a Devanagari word by its key, a Latin word when its lower case
   * (String.toLowerCase, before MatchKey's own per-character folding) is a listed spelling.
   */
  private static Integer month(String word) {
    return MONTHS.get(MatchKey.of(word.toLowerCase(Locale.ROOT)));
  }

  /** The first day and month in the dateline zone, or null. */
  static DayMonth dayMonth(String zone) {
    Matcher m = DAY_MONTH.matcher(zone);
    int from = 0;
    while (m.find(from)) {
      Integer month = month(m.group(2));
      if (month == null) {
        from = m.start() + 1; // not a month: a date may start inside this match
        continue;
      }
      from = m.end();
      int day = Integer.parseInt(m.group(1));
      if (day >= 1 && day <= 31) {
        return new DayMonth(m.start(), month, m.group().strip());
      }
    }
    return null;
  }

  /** The one year the text names, or null when it names none or several. */
  static Integer onlyYear(String text) {
    Matcher m = LONE_YEAR.matcher(text);
    Integer year = null;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (year != null && year != y) {
        return null;
      }
      year = y;
    }
    return year;
  }

  static Found firstDate(String s) {
    Found best = null;
    best = earlier(best, dayMonthYear(s));
    best = earlier(best, monthDayYear(s));
    best = earlier(best, numeric(ISO, s, 1, 2));
    best = earlier(best, numeric(DMY, s, 3, 2));
    return best;
  }

  private static Found earlier(Found a, Found b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.position < a.position ? b : a;
  }

  private static Found dayMonthYear(String s) {
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    int from = 0;
    while (m.find(from)) {
      Integer month = month(m.group(2));
      if (month == null) {
        from = m.start() + 1;
        continue;
      }
      from = m.end();
      int day = Integer.parseInt(m.group(1));
      if (day >= 1 && day <= 31) {
        return new Found(m.start(), ym(Integer.parseInt(m.group(3)), month), m.group().strip());
      }
    }
    return null;
  }

  private static Found monthDayYear(String s) {
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    int from = 0;
    while (m.find(from)) {
      Integer month = month(m.group(1));
      if (month == null) {
        from = m.start() + 1;
        continue;
      }
      from = m.end();
      String name = m.group(1);
      // English names of up to four letters (mar, may, june, sept) need a day or a capital: "may"
      // is also a word.
      boolean shortLatin = name.length() <= 4 && name.chars().allMatch(c -> c < 128);
      if (shortLatin && m.group(2) == null && !Character.isUpperCase(name.charAt(0))) {
        continue;
      }
      if (m.group(2) != null) {
        int day = Integer.parseInt(m.group(2));
        if (day < 1 || day > 31) {
          continue;
        }
      }
      return new Found(m.start(), ym(Integer.parseInt(m.group(3)), month), m.group().strip());
    }
    return null;
  }

  private static Found numeric(Pattern p, String s, int yearGroup, int monthGroup) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      int year = Integer.parseInt(m.group(yearGroup));
      int month = Integer.parseInt(m.group(monthGroup));
      int day = Integer.parseInt(m.group(yearGroup == 1 ? 3 : 1));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return new Found(m.start(), ym(year, month), m.group());
      }
    }
    return null;
  }

  private static String ym(int year, int month) {
    return YearMonth.of(year, month).toString();
  }
}
