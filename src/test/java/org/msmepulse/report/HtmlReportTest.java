package org.msmepulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page and the PNG files, without Spark. */
class HtmlReportTest {
  @TempDir Path dir;

  /**
   * The report folder holds a non-trivial PNG per figure and one self-contained page embedding them
   * all.
   */
  static void assertCompleteReport(Report.Written w, int figures) throws Exception {
    assertThat(w.charts()).hasSize(figures);
    String html = Files.readString(w.page(), StandardCharsets.UTF_8);
    for (Path png : w.charts()) {
      byte[] bytes = Files.readAllBytes(png);
      assertThat(bytes.length).as(png.toString()).isGreaterThan(10_000);
      assertThat(html)
          .as("embeds " + png.getFileName())
          .contains(Base64.getEncoder().encodeToString(bytes));
    }
    assertThat(count(html, "src=\"data:image/png;base64,")).isEqualTo(figures);
    assertThat(count(html, "data:font/ttf;base64,")).isEqualTo(1);
    assertThat(html.length()).isGreaterThan(200_000);
    // nothing outside the file: no script, stylesheet link, remote image or font
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "url(http", "@import");
    Matcher srcs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (srcs.find()) {
      assertThat(srcs.group(1))
          .as("every src and href is embedded or in-page")
          .matches("data:.*|#.*");
    }
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void writesChartsAndOneSelfContainedPage() throws Exception {
    Report.Written w = Report.write(ReportFixture.data(), dir.resolve("out"));
    assertThat(w.page()).isEqualTo(dir.resolve("out").resolve(Report.PAGE)).isRegularFile();
    assertCompleteReport(w, 6);
  }

  @Test
  void theTablesCarryTheHindiNamesKeywordsAndTopics() throws Exception {
    String html =
        Files.readString(Report.write(ReportFixture.data(), dir).page(), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<meta charset=\"utf-8\">", "<html lang=\"hi\">")
        .contains("छत्तीसगढ़", "फ़िरोज़ाबाद", "श्रीनगर") // states and districts per month
        .contains("चूड़ियों", "क़र्ज़", "एक जिला एक उत्पाद") // keywords
        .contains("T1 · कारीगरों · चूड़ियों · योजना") // topics
        .contains("प्रधानमंत्री रोजगार सृजन कार्यक्रम", "<code>PMEGP</code>") // schemes
        .contains("2024-01 to 2024-05 (5 months)");
    // the month without rows has no table row
    assertThat(html).doesNotContain("<td class=\"month\">2024-03</td>");
  }

  @Test
  void escapesWhatItQuotes() {
    assertThat(HtmlReport.esc("<b>\"R&D\"</b>"))
        .isEqualTo("&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;");
  }
}
