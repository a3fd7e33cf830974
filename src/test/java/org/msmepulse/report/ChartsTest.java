package org.msmepulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.msmepulse.report.ReportData.Total;

/**
 * The charts, without Spark: their Hindi labels drawable by the fonts in use, their PNGs real
 * pictures.
 */
class ChartsTest {
  static final ReportData DATA = ReportFixture.data();

  /**
   * The check the issue asks for: every text a chart draws (title, axis titles, legend, categories)
   * can be displayed by every font its styler draws with, and those fonts are the bundled
   * Devanagari font.
   */
  static void assertFontsDisplay(Chart<?, ?> chart) {
    List<String> texts = Charts.texts(chart);
    assertThat(texts).isNotEmpty();
    for (Font font : Charts.fonts(chart.getStyler())) {
      assertThat(font.getFamily()).as("font in use").isEqualTo(DevanagariFont.family());
      for (String text : texts) {
        assertThat(font.canDisplayUpTo(text)).as("%s in %s", text, font).isEqualTo(-1);
      }
    }
  }

  @Test
  void everyFigureDrawsItsHindiInTheDevanagariFont() {
    List<Charts.Figure> figures = Charts.all(DATA);
    assertThat(figures)
        .extracting(Charts.Figure::file)
        .containsExactly(
            "schemes-by-month.png",
            "scheme-heatmap.png",
            "states-by-month.png",
            "states-ranked.png",
            "top-districts.png",
            "topic-shares.png");
    for (Charts.Figure f : figures) {
      assertFontsDisplay(f.chart());
    }
  }

  @Test
  void theLabelsCheckedAreTheHindiNamesOfTheData() {
    Set<String> drawn = new HashSet<>();
    Charts.all(DATA).forEach(f -> drawn.addAll(Charts.texts(f.chart())));
    for (Total t : DATA.schemeTotals()) {
      assertThat(drawn).contains(Labels.scheme(t)); // every scheme in the heat map
    }
    assertThat(drawn)
        .contains(
            "PMEGP · प्रधानमंत्री रोजगार सृजन कार्यक्रम",
            "छत्तीसगढ़ (CG)",
            "जम्मू और कश्मीर (JK)",
            "फ़िरोज़ाबाद, उत्तर प्रदेश",
            "T1 · कारीगरों · चूड़ियों · योजना",
            "Schemes per month · योजनाएँ हर महीने");
    assertThat(
            drawn.stream().filter(s -> s.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F)).count())
        .isGreaterThan(30);
  }

  @Test
  void everyFigureRendersAsARealPicture() throws Exception {
    for (Charts.Figure f : Charts.all(DATA)) {
      byte[] png = Report.png(f);
      assertThat(png.length).as(f.file()).isGreaterThan(10_000);
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(img.getWidth()).isEqualTo(f.chart().getWidth());
      assertThat(img.getHeight()).isEqualTo(f.chart().getHeight());
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < img.getHeight(); y += 3) {
        for (int x = 0; x < img.getWidth(); x += 3) {
          colours.add(img.getRGB(x, y));
        }
      }
      assertThat(colours.size()).as(f.file() + " colours").isGreaterThan(20);
    }
  }

  @Test
  void monthsRunWithoutGapsFromFirstToLast() {
    assertThat(DATA.months())
        .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05");
    CategoryChart c = Charts.schemesByMonth(DATA);
    CategorySeries first = c.getSeriesCollection().iterator().next();
    assertThat(first.getXData()).hasSize(5);
    assertThat(first.getYData()[2]).as("the month without news").isZero();
  }

  @Test
  void leadingSchemesGetAColourAndTheRestAreOthers() {
    CategoryChart c = Charts.schemesByMonth(DATA);
    List<String> names = c.getSeriesCollection().stream().map(CategorySeries::getName).toList();
    assertThat(names).hasSize(Charts.TOP_SERIES + 1);
    assertThat(names.get(names.size() - 1)).isEqualTo("अन्य योजनाएँ · 2 other schemes");
    // the stack of a month is every article-scheme pair of the month
    double stacked = c.getSeriesCollection().stream().mapToDouble(s -> s.getYData()[0]).sum();
    long inTable =
        DATA.schemes().stream()
            .filter(s -> s.month().equals("2024-01"))
            .mapToLong(ReportData.SchemeMonth::articles)
            .sum();
    assertThat(stacked).isEqualTo(inTable);
  }

  @Test
  void rankedStatesHaveTheMostArticlesFirst() {
    HorizontalBarChart c = Charts.statesRanked(DATA);
    HorizontalBarSeries s = c.getSeries("articles");
    List<?> names = s.getYData();
    List<? extends Number> values = s.getXData();
    assertThat(names).hasSize(ReportFixture.STATES.size());
    assertThat(names.get(0)).isEqualTo(Labels.state(DATA.stateTotals().get(0)));
    for (int i = 1; i < values.size(); i++) {
      assertThat(values.get(i).doubleValue()).isLessThanOrEqualTo(values.get(i - 1).doubleValue());
    }
  }

  @Test
  void topicBandsStackUpToOne() {
    CategoryChart c = Charts.topicShares(DATA);
    assertThat(c.getSeriesCollection()).hasSize(3);
    CategorySeries top = c.getSeriesCollection().iterator().next(); // drawn first: the whole stack
    List<?> months = List.copyOf(top.getXData());
    for (int m = 0; m < months.size(); m++) {
      // a month with articles adds up to 1; the month without news (2024-03) has no shares at all
      double expected = months.get(m).equals("2024-03") ? 0.0 : 1.0;
      assertThat(top.getYData()[m])
          .as(String.valueOf(months.get(m)))
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void legendNamesAreCutAtAWordNeverInsideOne() {
    String name = "पारंपरिक उद्योगों के पुनरुद्धार के लिए निधि योजना (स्फूर्ति)";
    String cut = Labels.shorten(name, Labels.LEGEND_CHARS);
    assertThat(cut).endsWith(" …").hasSizeLessThanOrEqualTo(Labels.LEGEND_CHARS + 2);
    String kept = cut.substring(0, cut.length() - 2);
    assertThat(name).startsWith(kept + " ");
    assertThat(Labels.shorten("एक जिला एक उत्पाद", Labels.LEGEND_CHARS))
        .isEqualTo("एक जिला एक उत्पाद");
  }
}
