package org.msmepulse.report;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.msmepulse.report.ReportData.Keyword;
import org.msmepulse.report.ReportData.RegionMonth;
import org.msmepulse.report.ReportData.Topic;
import org.msmepulse.report.ReportData.Total;

/**
 * The report as one self-contained HTML page: the charts as {@code data:} URIs, the Devanagari font
 * embedded with {@code @font-face} (Hindi in the tables renders without an installed font), no
 * script and no external asset; plus the tables charts do not show well: each month's leading
 * states, districts and keywords, the topics, the schemes.
 */
public final class HtmlReport {
  /**
   * Font-family name of the embedded font (its own, so an installed font of the same name cannot
   * interfere).
   */
  static final String FONT_FAMILY = "msme-pulse-devanagari";

  /** States and districts listed per month. */
  static final int PER_MONTH = 3;

  private HtmlReport() {}

  /** A figure with its PNG bytes. */
  public record Image(Charts.Figure figure, byte[] png) {}

  public static String render(ReportData d, List<Image> images) {
    StringBuilder h = new StringBuilder(1 << 20);
    List<String> months = d.months();
    h.append("<!DOCTYPE html>\n<html lang=\"hi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>msme-pulse · Hindi MSME news, month by month</title>\n<style>\n")
        .append("@font-face { font-family: '")
        .append(FONT_FAMILY)
        .append("'; src: url(data:font/ttf;base64,")
        .append(Base64.getEncoder().encodeToString(DevanagariFont.bytes()))
        .append(") format('truetype'); }\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");

    h.append("<h1>msme-pulse · हिंदी एमएसएमई समाचार, महीने दर महीने</h1>\n<p class=\"meta\">");
    h.append(d.articles())
        .append(" articles (")
        .append(d.articlesWithMonth())
        .append(" with a month)");
    if (!months.isEmpty()) {
      h.append(", ")
          .append(esc(months.get(0)))
          .append(" to ")
          .append(esc(months.get(months.size() - 1)))
          .append(" (")
          .append(months.size())
          .append(" months)");
    }
    h.append(" · ")
        .append(d.schemeTotals().size())
        .append(" schemes, ")
        .append(d.stateTotals().size())
        .append(" states, ")
        .append(d.districtTotals().size())
        .append(" districts, ")
        .append(d.topics().size())
        .append(" topics<br>warehouse <code>")
        .append(esc(d.source()))
        .append("</code>");
    if (d.runId() != null) {
      h.append(", last run <code>").append(esc(d.runId())).append("</code>");
    }
    h.append("</p>\n");

    h.append("<nav><ol>\n");
    for (Image img : images) {
      h.append("<li><a href=\"#")
          .append(anchor(img.figure()))
          .append("\">")
          .append(esc(img.figure().heading()))
          .append("</a></li>\n");
    }
    h.append("<li><a href=\"#regions-by-month\">States and districts, month by month</a></li>\n")
        .append("<li><a href=\"#keywords\">Keywords of each month</a></li>\n")
        .append("<li><a href=\"#topics\">Topics</a></li>\n")
        .append("<li><a href=\"#schemes\">Schemes</a></li>\n</ol></nav>\n");

    for (Image img : images) {
      Charts.Figure f = img.figure();
      h.append("<section id=\"")
          .append(anchor(f))
          .append("\">\n<h2>")
          .append(esc(f.heading()))
          .append("</h2>\n<p>")
          .append(esc(f.caption()))
          .append("</p>\n<img alt=\"")
          .append(esc(f.heading()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(img.png()))
          .append("\">\n</section>\n");
    }

    regionsByMonth(h, d, months);
    keywords(h, d, months);
    topics(h, d);
    schemes(h, d);

    h.append(
        "<footer>Made by <code>msme-pulse report</code> from the warehouse's Delta tables. Hindi set in Lohit "
            + "Devanagari (SIL Open Font License 1.1), embedded.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void regionsByMonth(StringBuilder h, ReportData d, List<String> months) {
    h.append("<section id=\"regions-by-month\">\n<h2>States and districts, month by month</h2>\n")
        .append("<p>The ")
        .append(PER_MONTH)
        .append(" states and districts named in the most articles each month ")
        .append(
            "(articles in brackets).</p>\n<table>\n<tr><th>month</th><th>states · राज्य</th><th>districts · जिले</th></tr>\n");
    for (String m : months) {
      List<RegionMonth> states = d.statesIn(m);
      List<RegionMonth> districts = d.districtsIn(m);
      if (states.isEmpty() && districts.isEmpty()) {
        continue;
      }
      h.append("<tr><td class=\"month\">")
          .append(esc(m))
          .append("</td><td>")
          .append(
              states.stream()
                  .limit(PER_MONTH)
                  .map(
                      r ->
                          esc(Labels.state(r)) + " <span class=\"n\">(" + r.articles() + ")</span>")
                  .collect(Collectors.joining(", ")))
          .append("</td><td>")
          .append(
              districts.stream()
                  .limit(PER_MONTH)
                  .map(
                      r ->
                          esc(Labels.district(r))
                              + " <span class=\"n\">("
                              + r.articles()
                              + ")</span>")
                  .collect(Collectors.joining(", ")))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void keywords(StringBuilder h, ReportData d, List<String> months) {
    h.append(
            "<section id=\"keywords\">\n<h2>Keywords of each month · हर महीने के मुख्य शब्द</h2>\n")
        .append(
            "<p>Terms by mean TF-IDF over the month's articles: what set the month apart, not just what was ")
        .append(
            "frequent. Shown in their most frequent written form.</p>\n<table>\n<tr><th>month</th><th>keywords</th></tr>\n");
    for (String m : months) {
      List<Keyword> ks = d.keywordsIn(m);
      if (ks.isEmpty()) {
        continue;
      }
      h.append("<tr><td class=\"month\">")
          .append(esc(m))
          .append("</td><td class=\"kw\">")
          .append(
              ks.stream()
                  .map(
                      k ->
                          "<span title=\"rank "
                              + k.rank()
                              + ", tf-idf "
                              + String.format(Locale.ROOT, "%.2f", k.tfidf())
                              + "\">"
                              + esc(k.display())
                              + "</span>")
                  .collect(Collectors.joining(" · ")))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void topics(StringBuilder h, ReportData d) {
    h.append(
            "<section id=\"topics\">\n<h2>Topics · विषय</h2>\n<p>LDA topics of the current model: label (three ")
        .append(
            "leading terms), the leading terms, their coherence (NPMI, −1 to 1, higher reads better) and their mean ")
        .append(
            "share over the months.</p>\n<table>\n<tr><th>topic</th><th>leading terms</th><th>NPMI</th><th>mean share</th></tr>\n");
    for (Topic t : d.topics()) {
      double mean =
          d.sharesOf(t.id()).values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      h.append("<tr><td><span class=\"swatch\" style=\"background:")
          .append(hex(Charts.topicColor(t.id())))
          .append("\"></span>")
          .append(esc(Labels.topic(t)))
          .append("</td><td>")
          .append(esc(String.join(" · ", t.terms())))
          .append("</td><td class=\"num\">")
          .append(
              Double.isNaN(t.coherence()) ? "" : String.format(Locale.ROOT, "%.3f", t.coherence()))
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.1f%%", 100 * mean))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void schemes(StringBuilder h, ReportData d) {
    h.append(
            "<section id=\"schemes\">\n<h2>Schemes · योजनाएँ</h2>\n<table>\n<tr><th>code</th><th>योजना</th>")
        .append("<th>scheme</th><th>articles</th><th>months</th></tr>\n");
    for (Total t : d.schemeTotals()) {
      h.append("<tr><td><code>")
          .append(esc(t.code()))
          .append("</code></td><td>")
          .append(esc(t.nameHi()))
          .append("</td><td>")
          .append(esc(t.nameEn()))
          .append("</td><td class=\"num\">")
          .append(t.articles())
          .append("</td><td class=\"num\">")
          .append(t.months())
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static String anchor(Charts.Figure f) {
    return f.file().replaceFirst("\\.png$", "");
  }

  private static String hex(java.awt.Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      body { font-family: '%s', 'Noto Sans Devanagari', 'Lohit Devanagari', sans-serif; color: #222;
             max-width: 1240px; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
      h1 { font-size: 1.6em; margin-bottom: .2em; }
      h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
      .meta { color: #555; }
      img { max-width: 100%%; height: auto; border: 1px solid #eee; }
      table { border-collapse: collapse; width: 100%%; font-size: .95em; }
      th, td { border-bottom: 1px solid #e4e4e4; padding: .3em .5em; text-align: left; vertical-align: top; }
      th { background: #f5f5f5; }
      td.num { text-align: right; white-space: nowrap; }
      td.month { white-space: nowrap; font-variant-numeric: tabular-nums; }
      .n { color: #777; }
      .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; border-radius: 2px; }
      code { font-size: .9em; }
      footer { margin-top: 3em; color: #777; font-size: .85em; }
      """
          .formatted(FONT_FAMILY);
}
