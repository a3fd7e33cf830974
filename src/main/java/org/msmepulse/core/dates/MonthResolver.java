package org.msmepulse.core.dates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    Found timed = timedStamps(canonicalText);
    if (timed != null) {
      return new MonthResolution(timed.month, MonthResolution.TEXT, "timed: " + timed.text);
    }
    String zone = Dateline.zone(canonicalText);
    Found d = datelineDate(zone);
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
    Found b = ownDate(canonicalText);
    if (b != null) {
      return new MonthResolution(b.month, MonthResolution.TEXT, "body: " + b.text);
    }
    DayMonth event = oneEventMonth(canonicalText);
    Integer year = event == null ? null : onlyYear(canonicalText);
    if (year != null) {
      return new MonthResolution(
          ym(year, event.month()),
          MonthResolution.TEXT,
          "body: " + event.text() + " + year " + year + " in the text");
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

  /** Every day and month of {@code s} ("19 सितंबर", "5 Oct"), in reading order. */
  private static List<DayMonth> dayMonths(String s) {
    List<DayMonth> out = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(s);
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
        out.add(new DayMonth(m.start(), month, m.group().strip()));
      }
    }
    return out;
  }

  /** The first dateline-shaped day and month in the dateline zone, or null. */
  static DayMonth dayMonth(String zone) {
    for (DayMonth d : dayMonths(zone)) {
      if (datelineShaped(zone, d.position(), d.position() + d.text().length())) {
        return d;
      }
    }
    return null;
  }

  /**
   * The day and month of the event a text without a full date reports ("12 मार्च को आयोजित शिविर"):
   * the first of its days and months when they all name one month, else null (two months without
   * years cannot be ordered).
   */
  static DayMonth oneEventMonth(String text) {
    List<DayMonth> all = dayMonths(text);
    for (DayMonth d : all) {
      if (d.month() != all.get(0).month()) {
        return null;
      }
    }
    return all.isEmpty() ? null : all.get(0);
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
    List<Found> all = allDates(s);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every full date of {@code s} in reading order, none overlapping another. */
  static List<Found> allDates(String s) {
    List<Found> found = new ArrayList<>();
    dayMonthYear(s, found);
    monthDayYear(s, found);
    numeric(ISO, s, 1, 2, found);
    numeric(DMY, s, 3, 2, found);
    found.sort(Comparator.comparingInt(Found::position).thenComparing(f -> -f.text.length()));
    List<Found> out = new ArrayList<>();
    int end = -1;
    for (Found f : found) {
      if (f.position >= end) {
        out.add(f);
        end = f.position + f.text.length();
      }
    }
    return out;
  }

  /** Separators a dateline puts between its place and its date, or after its date. */
  private static final Pattern DATELINE_PREFIX = Pattern.compile("[^।!?]{0,60}?[,|:–—-]\\s*");

  private static final Pattern DATELINE_SUFFIX =
      Pattern.compile("\\s*(?:\\([^)\\n]{0,30}\\)\\s*)?(?:[—–\\-:।|/,.]|$)");

  /**
   * Whether the date at {@code [start, end)} of the zone stands where a dateline puts it: after a
   * place (or a byline) and a separator on its line ("हमीरपुर, 29 सितम्बर 2025"), or alone at the
   * start of its line with a separator or the line's end after it ("29 सितम्बर 2025 —"). A date
   * inside a lead sentence ("मई 2020 में घोषित पैकेज") is not a dateline.
   */
  static boolean datelineShaped(String zone, int start, int end) {
    int lineStart = zone.lastIndexOf('\n', start - 1) + 1;
    String prefix = zone.substring(lineStart, start);
    if (!prefix.isBlank()) {
      return DATELINE_PREFIX.matcher(prefix).matches();
    }
    int lineEnd = zone.indexOf('\n', end);
    String suffix = zone.substring(end, lineEnd < 0 ? zone.length() : lineEnd);
    return DATELINE_SUFFIX.matcher(suffix).lookingAt();
  }

  /** The first dateline-shaped full date of the zone, or null. */
  static Found datelineDate(String zone) {
    for (Found f : allDates(zone)) {
      if (datelineShaped(zone, f.position, f.position + f.text.length())) {
        return f;
      }
    }
    return null;
  }

  /** A clock time (10:30, 06:15 PM, 14:35 IST) right before or right after a date. */
  private static final Pattern CLOCK_AFTER =
      Pattern.compile("\\s*[,|–—-]?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?!\\d)");

  private static final Pattern CLOCK_BEFORE =
      Pattern.compile(
          ".*(?<!\\d)\\d{1,2}:\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?|IST|बजे)?\\s*[,|–—-]?\\s*",
          Pattern.DOTALL);

  /**
   * The month of the dates that carry a clock time ("27 जून 2024, 06:15 PM", "14:35 IST | 1 फरवरी
   * 2025"), as a live-update page stamps each item: the month most of them name, the first of them
   * on a tie; null when no date carries a time. A reported event is dated by day, not by minute.
   */
  static Found timedStamps(String text) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Found> first = new HashMap<>();
    for (Found f : allDates(text)) {
      int end = f.position + f.text.length();
      String after = text.substring(end, Math.min(text.length(), end + 16));
      String before = text.substring(Math.max(0, f.position - 16), f.position);
      if (CLOCK_AFTER.matcher(after).lookingAt() || CLOCK_BEFORE.matcher(before).matches()) {
        count.merge(f.month, 1, Integer::sum);
        first.putIfAbsent(f.month, f);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (best == null || e.getValue() > count.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? null : first.get(best);
  }

  /**
   * Words after a date that make it a deadline or a plan: "31 मार्च 2026 तक" right after it, or a
   * future verb in its clause ("1 अप्रैल 2025 से लागू होगी", "मार्च 2026 में होने वाला मेला").
   */
  private static final Pattern FORWARD =
      Pattern.compile(
          "\\s*(?:को\\s+)?(?:तक|से पहले|until|by)(?![\\p{L}\\p{M}])"
              + "|[^।!?\\n]{0,40}?(?<![\\p{L}\\p{M}])(?:होगा|होगी|होंगे|होगें|जाएगा|जाएगी|जाएंगे"
              + "|जायेगा|जायेगी|जायेंगे|रहेगा|रहेगी|रहेंगे|करेगा|करेगी|करेंगे|मिलेगा|मिलेगी|मिलेंगे"
              + "|होने वाल[ाीे])(?![\\p{L}\\p{M}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words right before a date that make it a plan: "आगामी 5 मार्च 2025", "अगले साल जनवरी 2026". */
  private static final Pattern FORWARD_BEFORE =
      Pattern.compile(
          ".*(?<![\\p{L}\\p{M}])(?:आगामी|अगले|अगली|प्रस्तावित)\\s+(?:[\\p{L}\\p{M}]+\\s+)?",
          Pattern.DOTALL);

  /**
   * The body's own date when neither a stamp nor a dateline dates the article: of the full dates it
   * names, the latest that is not a deadline or a plan (an editorial names the past events it
   * discusses before the one it responds to; a deadline or a launch ahead comes after the article),
   * or the first date when every date looks ahead. Null when the text names no full date.
   */
  static Found ownDate(String text) {
    List<Found> all = allDates(text);
    Found latest = null;
    for (Found f : all) {
      int end = f.position + f.text.length();
      String after = text.substring(end, Math.min(text.length(), end + 48));
      String before = text.substring(Math.max(0, f.position - 24), f.position);
      boolean ahead =
          FORWARD.matcher(after).lookingAt() || FORWARD_BEFORE.matcher(before).matches();
      if (!ahead && (latest == null || f.month.compareTo(latest.month) > 0)) {
        latest = f;
      }
    }
    return latest != null ? latest : all.isEmpty() ? null : all.get(0);
  }

  private static void dayMonthYear(String s, List<Found> out) {
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
        out.add(new Found(m.start(), ym(Integer.parseInt(m.group(3)), month), m.group().strip()));
      }
    }
  }

  private static void monthDayYear(String s, List<Found> out) {
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
      out.add(new Found(m.start(), ym(Integer.parseInt(m.group(3)), month), m.group().strip()));
    }
  }

  private static void numeric(Pattern p, String s, int yearGroup, int monthGroup, List<Found> out) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      int year = Integer.parseInt(m.group(yearGroup));
      int month = Integer.parseInt(m.group(monthGroup));
      int day = Integer.parseInt(m.group(yearGroup == 1 ? 3 : 1));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        out.add(new Found(m.start(), ym(year, month), m.group()));
      }
    }
  }

  private static String ym(int year, int month) {
    return YearMonth.of(year, month).toString();
  }
}
