package org.msmepulse.report;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarChartBuilder;
import org.knowm.xchart.HorizontalBarSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.HorizontalBarStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.msmepulse.report.ReportData.Topic;
import org.msmepulse.report.ReportData.Total;

/**
 * XChart builders, one per figure of the report, each drawing every label (titles, legends,
 * categories) in {@link DevanagariFont}. The charts are plain XChart objects: the report encodes
 * them as PNG, a notebook displays them.
 */
public final class Charts {
  public static final int WIDTH = 1200;

  /**
   * How many schemes or states get their own colour in the stacked monthly bars; the rest are
   * "others".
   */
  public static final int TOP_SERIES = 8;

  public static final int TOP_DISTRICTS = 15;

  /**
   * Pixels a month label needs on a time axis (rotated): with more months than fit, XChart skips
   * some.
   */
  static final int MONTH_LABEL_SPACING = 18;

  /** Tableau 10: distinct, colour-blind tolerant; grey is kept for "others". */
  static final Color[] PALETTE = {
    new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2),
        new Color(0x59A14F),
    new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F),
        new Color(0x86BCB6),
    new Color(0xD37295), new Color(0x499894)
  };

  static final Color OTHERS = new Color(0xBAB0AC);
  private static final Color INK = new Color(0x222222);

  private Charts() {}

  /** A chart of the report: its PNG file name, its heading and a sentence on how to read it. */
  public record Figure(String file, String heading, String caption, Chart<?, ?> chart) {}

  /** Every figure of the report, in page order; figures without data are left out. */
  public static List<Figure> all(ReportData d) {
    List<Figure> out = new ArrayList<>();
    if (!d.schemes().isEmpty()) {
      out.add(
          new Figure(
              "schemes-by-month.png",
              "Schemes in the news, month by month",
              "Articles naming each scheme per month; the "
                  + TOP_SERIES
                  + " schemes named in the most articles have "
                  + "their own colour, the rest are stacked as “others”. An article naming two schemes counts for both.",
              schemesByMonth(d)));
      out.add(
          new Figure(
              "scheme-heatmap.png",
              "Every scheme, every month",
              "Articles per scheme and month; schemes ordered by articles over the whole period.",
              schemeHeatmap(d)));
    }
    if (d.regions().stream().anyMatch(ReportData.RegionMonth::isState)) {
      out.add(
          new Figure(
              "states-by-month.png",
              "States in the news, month by month",
              "Articles naming each state (or a place in it) per month; the "
                  + TOP_SERIES
                  + " leading states have "
                  + "their own colour.",
              statesByMonth(d)));
      out.add(
          new Figure(
              "states-ranked.png",
              "States ranked by articles",
              "Articles naming each state over the whole period.",
              statesRanked(d)));
    }
    if (d.regions().stream().anyMatch(r -> !r.isState())) {
      out.add(
          new Figure(
              "top-districts.png",
              "Districts named in the most articles",
              "The "
                  + TOP_DISTRICTS
                  + " districts named in the most articles over the whole period.",
              topDistricts(d)));
    }
    if (!d.topicShares().isEmpty() && !d.topics().isEmpty()) {
      out.add(
          new Figure(
              "topic-shares.png",
              "What the news was about: topic shares over time",
              "Each month's mean topic weight over its articles (a month's shares add up to 1), stacked; "
                  + "topics are named by their three leading terms.",
              topicShares(d)));
    }
    return out;
  }

  /** Stacked bars: articles per month of the leading schemes, the rest as one "others" band. */
  public static CategoryChart schemesByMonth(ReportData d) {
    return leadersByMonth(
        d,
        "Schemes per month · योजनाएँ हर महीने",
        d.schemeTotals(),
        false,
        Labels::scheme,
        "अन्य योजनाएँ · %d other schemes");
  }

  /** Stacked bars: articles per month of the leading states, the rest as one "others" band. */
  public static CategoryChart statesByMonth(ReportData d) {
    return leadersByMonth(
        d,
        "States per month · राज्य हर महीने",
        d.stateTotals(),
        true,
        Labels::state,
        "अन्य राज्य · %d other states");
  }

  /**
   * Stacked bars per month: the first {@value #TOP_SERIES} of {@code totals} in their own colours,
   * the rest summed into one band labelled {@code othersLabel} (a format with the count of the
   * rest).
   */
  private static CategoryChart leadersByMonth(
      ReportData d,
      String title,
      List<Total> totals,
      boolean states,
      java.util.function.Function<Total, String> label,
      String othersLabel) {
    List<String> months = d.months();
    CategoryChart c = stackedMonthly(title, months);
    long[] others = new long[months.size()];
    for (int i = 0; i < totals.size(); i++) {
      Map<String, Long> byMonth = d.articlesByMonth(totals.get(i).code(), states);
      if (i < TOP_SERIES) {
        addBars(c, label.apply(totals.get(i)), months, byMonth, PALETTE[i % PALETTE.length]);
      } else {
        addInto(others, months, byMonth);
      }
    }
    if (totals.size() > TOP_SERIES) {
      addBars(c, String.format(othersLabel, totals.size() - TOP_SERIES), months, others, OTHERS);
    }
    return c;
  }

  /** Horizontal bars: every state by articles over the whole period, the most at the top. */
  public static HorizontalBarChart statesRanked(ReportData d) {
    List<Total> totals = d.stateTotals();
    return ranked(
        "States by articles · राज्य, लेखों के क्रम में", totals, Labels::state, PALETTE[0]);
  }

  /** Horizontal bars: the districts named in the most articles. */
  public static HorizontalBarChart topDistricts(ReportData d) {
    List<Total> totals = d.districtTotals();
    return ranked(
        "Top districts · सबसे अधिक चर्चित जिले",
        totals.subList(0, Math.min(TOP_DISTRICTS, totals.size())),
        Labels::district,
        PALETTE[4]);
  }

  /** Heat map: articles per scheme (rows, most articles on top) and month (columns). */
  public static HeatMapChart schemeHeatmap(ReportData d) {
    List<String> months = d.months();
    List<Total> totals = d.schemeTotals();
    List<String> rows = new ArrayList<>();
    for (Total t : totals) {
      rows.add(Labels.scheme(t));
    }
    Collections.reverse(rows); // the heat map's y axis grows upwards: the leading scheme goes last
    HeatMapChart c =
        new HeatMapChartBuilder()
            .width(WIDTH)
            .height(Math.max(360, 150 + 24 * rows.size()))
            .title("Articles per scheme and month · योजना और महीना")
            .xAxisTitle("month")
            .build();
    List<Number[]> cells = new ArrayList<>();
    long max = 1;
    for (int y = 0; y < rows.size(); y++) {
      Total t = totals.get(totals.size() - 1 - y);
      int x = 0;
      for (long n : d.articlesByMonth(t.code(), false).values()) {
        if (n > 0) {
          cells.add(new Number[] {x, y, n});
          max = Math.max(max, n);
        }
        x++;
      }
    }
    c.addSeries("articles", months, rows, cells);
    HeatMapStyler st = c.getStyler();
    style(st);
    st.setLegendVisible(false);
    st.setXAxisLabelRotation(90);
    st.setXAxisTickMarkSpacingHint(MONTH_LABEL_SPACING);
    st.setYAxisTickMarkSpacingHint(12); // every scheme named, not every fourth
    st.setPlotContentSize(1.0);
    st.setShowValue(true);
    st.setValueFont(DevanagariFont.of(Font.PLAIN, 11f));
    st.setValueFontColor(INK);
    st.setRangeColors(new Color[] {new Color(0xDCE9F5), new Color(0x2C6FAC)});
    st.setMin(1);
    st.setMax(Math.max(2, max));
    st.setHeatMapValueDecimalPattern("#");
    st.setDrawBorder(true);
    return c;
  }

  /**
   * Stacked areas: each month's topic shares. XChart stacks bars only, so each topic is drawn as
   * the area up to its cumulative share, from the top band down, each one covering the next.
   */
  public static CategoryChart topicShares(ReportData d) {
    List<String> months = d.months();
    CategoryChart c =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(560)
            .title("Topic shares per month · विषय हर महीने")
            .xAxisTitle("month")
            .yAxisTitle("share of the month")
            .build();
    CategoryStyler st = c.getStyler();
    style(st);
    st.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Area);
    st.setOverlapped(true);
    st.setXAxisLabelRotation(90);
    st.setXAxisTickMarkSpacingHint(MONTH_LABEL_SPACING);
    st.setYAxisMin(0.0);
    st.setYAxisMax(1.0);
    st.setYAxisDecimalPattern("0%");
    st.setLegendPosition(LegendPosition.OutsideE);
    st.setMarkerSize(0);
    // Bottom band: the topic with the largest share over the period.
    List<Topic> order = new ArrayList<>(d.topics());
    order.sort((a, b) -> Double.compare(meanShare(d, b.id()), meanShare(d, a.id())));
    double[][] cumulative = new double[order.size()][months.size()];
    for (int t = 0; t < order.size(); t++) {
      Map<String, Double> shares = d.sharesOf(order.get(t).id());
      for (int m = 0; m < months.size(); m++) {
        double below = t == 0 ? 0 : cumulative[t - 1][m];
        cumulative[t][m] = below + shares.getOrDefault(months.get(m), 0.0);
      }
    }
    for (int t = order.size() - 1; t >= 0; t--) {
      List<Double> ys = new ArrayList<>();
      for (double v : cumulative[t]) {
        ys.add(Math.min(1.0, v));
      }
      Topic topic = order.get(t);
      CategorySeries s = c.addSeries(Labels.topic(topic), months, ys);
      Color col = topicColor(topic.id());
      s.setFillColor(col);
      s.setLineColor(col); // the legend draws the line: same colour as the area
      s.setMarkerColor(col);
    }
    return c;
  }

  /** The colour of a topic, the same in every chart. */
  public static Color topicColor(int topicId) {
    return PALETTE[Math.floorMod(topicId, PALETTE.length)];
  }

  /**
   * Every piece of text a chart draws from its data and set-up: title, axis titles, series names
   * (the legend), categories. The report's test checks each against the fonts in use.
   */
  public static List<String> texts(Chart<?, ?> chart) {
    Set<String> out = new LinkedHashSet<>();
    add(out, chart.getTitle());
    if (chart instanceof AxesChart<?, ?> a) {
      add(out, a.getXAxisTitle());
      add(out, a.getYAxisTitle());
    }
    for (Series s : chart.getSeriesCollection()) {
      add(out, s.getName());
      if (s instanceof CategorySeries cs) {
        cs.getXData().forEach(x -> add(out, String.valueOf(x)));
      } else if (s instanceof HorizontalBarSeries hs) {
        hs.getYData().forEach(y -> add(out, String.valueOf(y)));
      } else if (s instanceof HeatMapSeries hm) {
        hm.getXData().forEach(x -> add(out, String.valueOf(x)));
        hm.getYData().forEach(y -> add(out, String.valueOf(y)));
      }
    }
    return List.copyOf(out);
  }

  /** Every font a chart's styler draws text with. */
  public static List<Font> fonts(Styler st) {
    List<Font> out =
        new ArrayList<>(
            List.of(
                st.getChartTitleFont(),
                st.getLegendFont(),
                st.getAnnotationTextFont(),
                st.getAnnotationTextPanelFont(),
                st.getToolTipFont()));
    if (st instanceof AxesChartStyler a) {
      out.add(a.getAxisTitleFont());
      out.add(a.getAxisTickLabelsFont());
    }
    if (st instanceof CategoryStyler cs) {
      out.add(cs.getLabelsFont());
    }
    if (st instanceof HorizontalBarStyler hs) {
      out.add(hs.getLabelsFont());
    }
    if (st instanceof HeatMapStyler hm) {
      out.add(hm.getValueFont());
    }
    return out;
  }

  /** The house style: the Devanagari font for every text, white background, light grid. */
  public static void style(Styler st) {
    Font base = DevanagariFont.of(Font.PLAIN, 13f);
    st.setBaseFont(base);
    st.setChartTitleFont(DevanagariFont.of(Font.BOLD, 17f));
    st.setLegendFont(DevanagariFont.of(Font.PLAIN, 13f));
    st.setAnnotationTextFont(base);
    st.setAnnotationTextPanelFont(base);
    st.setToolTipFont(base);
    st.setChartBackgroundColor(Color.WHITE);
    st.setChartFontColor(INK);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderVisible(false);
    st.setLegendBorderColor(Color.WHITE);
    st.setChartTitleBoxVisible(false);
    st.setChartPadding(14);
    st.setSeriesColors(PALETTE);
    if (st instanceof AxesChartStyler a) {
      a.setAxisTitleFont(DevanagariFont.of(Font.PLAIN, 13f));
      a.setAxisTickLabelsFont(DevanagariFont.of(Font.PLAIN, 12f));
      a.setPlotGridLinesColor(new Color(0xE4E4E4));
      a.setAxisTickLabelsColor(INK);
    }
    if (st instanceof CategoryStyler cs) {
      cs.setLabelsFont(DevanagariFont.of(Font.PLAIN, 11f));
    }
    if (st instanceof HorizontalBarStyler hs) {
      hs.setLabelsFont(DevanagariFont.of(Font.PLAIN, 11f));
    }
  }

  private static CategoryChart stackedMonthly(String title, List<String> months) {
    CategoryChart c =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(560)
            .title(title)
            .xAxisTitle("month")
            .yAxisTitle("articles")
            .build();
    CategoryStyler st = c.getStyler();
    style(st);
    st.setStacked(true);
    st.setAvailableSpaceFill(0.8);
    st.setXAxisLabelRotation(90);
    st.setXAxisTickMarkSpacingHint(MONTH_LABEL_SPACING);
    st.setLegendPosition(LegendPosition.OutsideE);
    st.setYAxisDecimalPattern("#");
    st.setYAxisTickMarkSpacingHint(60);
    st.setYAxisMin(0.0);
    return c;
  }

  private static HorizontalBarChart ranked(
      String title, List<Total> totals, Function<Total, String> label, Color color) {
    HorizontalBarChart c =
        new HorizontalBarChartBuilder()
            .width(WIDTH)
            .height(Math.max(300, 130 + 28 * totals.size()))
            .title(title)
            .xAxisTitle("articles")
            .build();
    HorizontalBarStyler st = c.getStyler();
    style(st);
    st.setLegendVisible(false);
    st.setLabelsVisible(true);
    st.setLabelsFontColor(INK);
    st.setXAxisDecimalPattern("#");
    st.setXAxisMin(0.0);
    st.setYAxisTickMarkSpacingHint(12); // every bar named, not every fourth
    st.setXAxisTickMarkSpacingHint(12);
    st.setAvailableSpaceFill(0.7);
    List<Long> values = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) { // XChart draws the first category at the top
      values.add(totals.get(i).articles());
      names.add(label.apply(totals.get(i)));
    }
    if (!names.isEmpty()) {
      HorizontalBarSeries s = c.addSeries("articles", values, names);
      s.setFillColor(color);
    }
    return c;
  }

  private static void addBars(
      CategoryChart c, String name, List<String> months, Map<String, Long> byMonth, Color color) {
    long[] v = new long[months.size()];
    addInto(v, months, byMonth);
    addBars(c, name, months, v, color);
  }

  private static void addBars(
      CategoryChart c, String name, List<String> months, long[] values, Color color) {
    List<Long> ys = new ArrayList<>();
    for (long v : values) {
      ys.add(v);
    }
    c.addSeries(name, months, ys).setFillColor(color);
  }

  private static void addInto(long[] acc, List<String> months, Map<String, Long> byMonth) {
    for (int i = 0; i < months.size(); i++) {
      acc[i] += byMonth.getOrDefault(months.get(i), 0L);
    }
  }

  private static double meanShare(ReportData d, int topicId) {
    return d.sharesOf(topicId).values().stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .orElse(0);
  }

  private static void add(Set<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }
}
