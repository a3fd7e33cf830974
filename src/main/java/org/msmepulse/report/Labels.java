package org.msmepulse.report;

import org.msmepulse.report.ReportData.RegionMonth;
import org.msmepulse.report.ReportData.Topic;
import org.msmepulse.report.ReportData.Total;

/**
 * The text a chart or table shows for a scheme, state, district or topic: Hindi first, code beside
 * it.
 */
public final class Labels {
  /** Longest Hindi name a legend shows before it is cut at a word and given an ellipsis. */
  public static final int LEGEND_CHARS = 34;

  private Labels() {}

  /** {@code PMEGP · प्रधानमंत्री रोजगार सृजन कार्यक्रम} (the name shortened for a legend). */
  public static String scheme(Total t) {
    return t.code() + " · " + shorten(firstNonBlank(t.nameHi(), t.nameEn(), ""), LEGEND_CHARS);
  }

  /** {@code उत्तर प्रदेश (UP)}. */
  public static String state(Total t) {
    return firstNonBlank(t.nameHi(), t.nameEn(), t.code()) + " (" + shortCode(t.code()) + ")";
  }

  /** {@code लखनऊ, उत्तर प्रदेश}. */
  public static String district(Total t) {
    String name = firstNonBlank(t.nameHi(), t.nameEn(), t.code());
    return t.within() == null ? name : name + ", " + t.within();
  }

  public static String state(RegionMonth r) {
    return firstNonBlank(r.stateHi(), r.stateEn(), r.stateCode());
  }

  public static String district(RegionMonth r) {
    return firstNonBlank(r.districtHi(), r.districtEn(), r.districtCode());
  }

  /** {@code T4 · कारीगरों · काम · योजना}. */
  public static String topic(Topic t) {
    return "T" + t.id() + " · " + t.label();
  }

  /** {@code IN-UP} becomes {@code UP}. */
  public static String shortCode(String stateCode) {
    return stateCode != null && stateCode.startsWith("IN-") ? stateCode.substring(3) : stateCode;
  }

  /**
   * At most {@code max} characters, cut at a space (never inside a word, so no vowel sign or virama
   * is left dangling) and ended with an ellipsis.
   */
  public static String shorten(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut <= 0) {
      cut = s.indexOf(' ');
      if (cut <= 0) {
        return s;
      }
    }
    return s.substring(0, cut).strip() + " …";
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
